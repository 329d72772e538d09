package io.techdir.evaluate;

import java.util.OptionalDouble;

/**
 * What the evaluation scores, with the gate of issue 3 where there is one. Declaration order is
 * the order of the printed table.
 */
public enum ScoredField {
    /** Whether a salary is stated: label {@code salary_disclosed} against {@code Salary.disclosed()}. */
    SALARY_DISCLOSED("salary_disclosed", 99.0),
    /** Whether the salary is a board's estimate (reported, not gated). */
    SALARY_ESTIMATED("salary_estimated", Double.NaN),
    /**
     * Annual gross EUR bounds, over records labelled disclosed: both bounds within 0.5 % (both
     * empty is equal, one empty is a miss).
     */
    SALARY_ANNUAL_BOUNDS("salary_annual_bounds", 98.0),
    /** Experience min and max years, both equal within 0.01 (empty equals empty). */
    EXPERIENCE("experience", 97.0),
    /** Whether experience is required (reported, not gated). */
    EXPERIENCE_REQUIRED("experience_required", Double.NaN),
    /** Minimum degree level, equal (empty equals empty). */
    DEGREE_LEVEL("degree_level", 95.0),
    /** Role family of the labelled postings (reported; the gate is on the title set). */
    ROLE_FAMILY("role_family", Double.NaN),
    /** Role family of the labelled title set ({@code titles-*.csv}, positives and traps). */
    ROLE_FAMILY_TITLES("role_family_titles", 100.0);

    /** Relative tolerance of the annual bounds. */
    public static final double ANNUAL_TOLERANCE = 0.005;
    /** Absolute tolerance of experience years. */
    public static final double YEARS_TOLERANCE = 0.01;

    private final String column;
    private final double threshold;

    ScoredField(String column, double threshold) {
        this.column = column;
        this.threshold = threshold;
    }

    /** The name printed and written in the misses CSV ({@code salary_disclosed}, ...). */
    public String column() {
        return column;
    }

    /** The lowest accuracy in percent that passes the gate; empty for a field only reported. */
    public OptionalDouble threshold() {
        return Double.isNaN(threshold) ? OptionalDouble.empty() : OptionalDouble.of(threshold);
    }
}
