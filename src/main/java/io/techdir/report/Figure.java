package io.techdir.report;

import java.util.Objects;

/**
 * A table cell holding a number in a format of its own, for a column whose rows are in different
 * units ({@code baseline_check}'s figure and interval: a salary in euros on one row, a share on
 * the next). The workbook shows it in {@link #format()}, whatever the column's format; the CSV
 * writes the plain number, as for any other number.
 *
 * @param value the number (NaN or infinite leaves the cell empty, as any number)
 * @param format a numeric format ({@link ValueFormat#INTEGER}, {@code DECIMAL}, {@code EUR},
 *     {@code PERCENT} or {@code YEARS})
 */
public record Figure(double value, ValueFormat format) {

    public Figure {
        Objects.requireNonNull(format, "format");
        if (!format.numeric()) {
            throw new IllegalArgumentException("Figure: format '" + format + "'; expected a numeric format"
                    + " (INTEGER, DECIMAL, EUR, PERCENT, YEARS)");
        }
    }
}
