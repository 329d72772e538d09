package io.techdir.posting;

import java.util.List;

/**
 * A normalized degree requirement (NORMALIZATION.md, "Degrees").
 *
 * @param level minimum level asked, or null when nothing is said
 * @param kinds kinds of degree or school named (any order, no repeats)
 * @param fields disciplines named ({@code COMPUTER_SCIENCE}, {@code ENGINEERING}, ...)
 * @param flags e.g. {@code DEGREE_CONFLICT}, {@code FROM_DESCRIPTION}
 */
public record Degree(DegreeLevel level, List<DegreeKind> kinds, List<String> fields,
        List<String> flags) {

    /** Nothing stated. */
    public static final Degree UNKNOWN = new Degree(null, List.of(), List.of(), List.of());

    public Degree {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        fields = fields == null ? List.of() : List.copyOf(fields);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
