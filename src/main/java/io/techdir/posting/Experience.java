package io.techdir.posting;

import java.util.List;

/**
 * A normalized experience requirement (NORMALIZATION.md, "Experience"), in decimal years.
 *
 * @param minYears minimum years asked, or null when unknown
 * @param maxYears maximum years, or null when none is stated
 * @param required true for "exigée"/"required", false for "souhaitée"/"preferred"/"débutant
 *     accepté", null when unknown
 * @param text the text the figure was read from (field or description excerpt), or null
 * @param flags e.g. {@code EXPERIENCE_CONFLICT}, {@code FROM_DESCRIPTION}
 */
public record Experience(Double minYears, Double maxYears, Boolean required, String text,
        List<String> flags) {

    /** Nothing stated. */
    public static final Experience UNKNOWN = new Experience(null, null, null, null, List.of());

    public Experience {
        flags = flags == null ? List.of() : List.copyOf(flags);
        if (minYears != null && minYears < 0) {
            throw new IllegalArgumentException("experience minYears negative: " + minYears);
        }
        if (minYears != null && maxYears != null && minYears > maxYears) {
            throw new IllegalArgumentException("experience min " + minYears + " > max " + maxYears);
        }
    }
}
