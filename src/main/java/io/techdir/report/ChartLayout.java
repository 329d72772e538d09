package io.techdir.report;

/** How a {@link ChartSpec} turns the chosen table cells into chart series. */
public enum ChartLayout {
    /**
     * One series per value column (named by its header label); one category per kept row,
     * labelled by the row's {@code labelColumn} cell. E.g. median and P10–P90 by region.
     */
    SERIES_PER_COLUMN,
    /**
     * One series per kept row (named by the row's {@code labelColumn} cell); one category per
     * value column, labelled by its header. E.g. P10, P25, median, P75, P90 of the overall rows.
     */
    SERIES_PER_ROW
}
