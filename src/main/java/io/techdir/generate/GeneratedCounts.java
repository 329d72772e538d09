package io.techdir.generate;

/**
 * What a generator run wrote, by kind of row.
 *
 * @param rows data rows written (header not counted)
 * @param duplicates rows that repeat an earlier posting: exact duplicates (the same
 *     {@code source_id} and the same bytes) plus near-duplicates (the same job under another
 *     {@code source_id}, URL and date)
 * @param badRows rows a loader must reject: empty {@code title} or empty {@code source_id}
 * @param withSalary rows, bad rows excluded, whose salary is stated with an amount, in
 *     {@code salary_text} or in the description (board estimates such as
 *     "(Glassdoor est.)" and truncated amounts included)
 */
public record GeneratedCounts(long rows, long duplicates, long badRows, long withSalary) {

    /** Checks that no count is negative or larger than {@code rows}. */
    public GeneratedCounts {
        check("rows", rows, Long.MAX_VALUE);
        check("duplicates", duplicates, rows);
        check("badRows", badRows, rows);
        check("withSalary", withSalary, rows);
    }

    private static void check(String name, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("GeneratedCounts: " + name + " '" + value
                    + "'; expected 0.." + max);
        }
    }
}
