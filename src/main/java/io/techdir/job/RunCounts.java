package io.techdir.job;

import java.util.Map;

/**
 * What became of every input record. Always {@code input = normalized + rejected + duplicates}.
 *
 * @param input records read (postings and rejects)
 * @param normalized canonical postings (normalized, not a duplicate)
 * @param rejected records rejected, with a reason
 * @param duplicates postings marked as a duplicate of another
 * @param rejectedByCode rejects by reason code
 * @param duplicatesByKind duplicates by kind
 * @param bySource per source name: input, normalized, rejected, duplicates
 */
public record RunCounts(long input, long normalized, long rejected, long duplicates,
        Map<String, Long> rejectedByCode, Map<String, Long> duplicatesByKind,
        Map<String, Map<String, Long>> bySource) {

    public RunCounts {
        if (input != normalized + rejected + duplicates) {
            throw new IllegalStateException("accounting broken: input " + input + " != normalized " + normalized
                    + " + rejected " + rejected + " + duplicates " + duplicates);
        }
        rejectedByCode = Map.copyOf(rejectedByCode);
        duplicatesByKind = Map.copyOf(duplicatesByKind);
        bySource = Map.copyOf(bySource);
    }
}
