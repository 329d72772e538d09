package io.techdir.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an evaluation measured: per field and group, correct / total; every miss.
 *
 * <p>Groups: {@value #DEV}, {@value #HOLDOUT}, {@value #ALL} (the records of the chosen split),
 * then one per input file; the title set ({@link ScoredField#ROLE_FAMILY_TITLES}) has {@value #ALL}
 * and one group per titles file. Gates are judged on {@value #ALL}.
 *
 * @param set the set folder
 * @param titles the folder of labelled titles
 * @param split the split scored
 * @param recordsByFile labelled records scored, per input file, in file-name order
 * @param recordsBySource labelled records scored, per source name ({@code francetravail},
 *     {@code hellowork}, {@code glassdoor}; {@code rejected} for records the reader rejected)
 * @param titleCount titles scored
 * @param scores per field, per group
 * @param misses every miss, postings first (file, n, field order), then titles
 */
public record Evaluation(Path set, Path titles, Split split, Map<String, Long> recordsByFile,
        Map<String, Long> recordsBySource, long titleCount, Map<ScoredField, Map<String, Score>> scores,
        List<Miss> misses) {

    /** Group of the dev records. */
    public static final String DEV = "dev";
    /** Group of the holdout records. */
    public static final String HOLDOUT = "holdout";
    /** Group of every record scored. */
    public static final String ALL = "all";

    /** Copies the maps and the list (unmodifiable, order kept). */
    public Evaluation {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(split, "split");
        recordsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(recordsByFile));
        recordsBySource = Collections.unmodifiableMap(new LinkedHashMap<>(recordsBySource));
        Map<ScoredField, Map<String, Score>> copy = new EnumMap<>(ScoredField.class);
        scores.forEach((f, groups) -> copy.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(groups))));
        scores = Collections.unmodifiableMap(copy);
        misses = List.copyOf(misses);
    }

    /** Labelled records scored. */
    public long records() {
        return recordsByFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The score of a field in a group; {@link Score#NONE} when nothing was scored there. */
    public Score score(ScoredField field, String group) {
        return scores.getOrDefault(field, Map.of()).getOrDefault(group, Score.NONE);
    }

    /** The groups of a field, in print order. */
    public List<String> groups(ScoredField field) {
        return new ArrayList<>(scores.getOrDefault(field, Map.of()).keySet());
    }

    /**
     * Whether a field passes its gate on {@value #ALL}: true for a field without a gate, and when
     * nothing was scored (no figure to judge).
     */
    public boolean passes(ScoredField field) {
        Score s = score(field, ALL);
        return field.threshold().isEmpty() || s.total() == 0
                || s.percent() >= field.threshold().getAsDouble() - 1e-9;
    }

    /** Whether every gated field passes. */
    public boolean passes() {
        for (ScoredField f : ScoredField.values()) {
            if (!passes(f)) {
                return false;
            }
        }
        return true;
    }

    /** The misses of one field. */
    public List<Miss> misses(ScoredField field) {
        return misses.stream().filter(m -> m.field() == field).toList();
    }
}
