package io.techdir.job;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What became of every input record. Always {@code input = normalized + rejected + duplicates}.
 * Maps iterate in key order, so every table made from them is the same in every process.
 *
 * @param input records read (postings and rejects)
 * @param normalized canonical postings (normalized, not a duplicate)
 * @param rejected records rejected, with a reason
 * @param duplicates postings marked as a duplicate of another
 * @param rejectedByCode rejects by reason code
 * @param duplicatesByKind duplicates by kind
 * @param bySource per source name: input, normalized, rejected, duplicates, and what else is
 *     counted per source ({@code rejected: CODE}, {@code duplicates: KIND}, {@code date_posted
 *     unreadable})
 */
public record RunCounts(long input, long normalized, long rejected, long duplicates,
        Map<String, Long> rejectedByCode, Map<String, Long> duplicatesByKind,
        Map<String, Map<String, Long>> bySource) {

    public RunCounts {
        if (input != normalized + rejected + duplicates) {
            throw new IllegalStateException("accounting broken: input " + input + " != normalized " + normalized
                    + " + rejected " + rejected + " + duplicates " + duplicates);
        }
        // Sorted maps: Map.copyOf iterates in an order that changes from one JVM to the next, and
        // the report's tables (data quality, summary) must come out the same in every process.
        rejectedByCode = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByCode));
        duplicatesByKind = Collections.unmodifiableSortedMap(new TreeMap<>(duplicatesByKind));
        SortedMap<String, Map<String, Long>> sources = new TreeMap<>();
        bySource.forEach((k, v) -> sources.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        bySource = Collections.unmodifiableSortedMap(sources);
    }

    /** One measure of {@link #bySource}, by source (the sources that have it). */
    public Map<String, Long> bySource(String measure) {
        TreeMap<String, Long> out = new TreeMap<>();
        bySource.forEach((source, m) -> {
            if (m.containsKey(measure)) {
                out.put(source, m.get(measure));
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }

    /** These counts with {@code measure} set to {@code values} for each source named there. */
    RunCounts with(String measure, Map<String, Long> values) {
        Map<String, Map<String, Long>> sources = new TreeMap<>();
        bySource.forEach((source, m) -> sources.put(source, new TreeMap<>(m)));
        values.forEach((source, n) -> sources.computeIfAbsent(source, k -> new TreeMap<>()).put(measure, n));
        return new RunCounts(input, normalized, rejected, duplicates, rejectedByCode, duplicatesByKind, sources);
    }
}
