package io.techdir.report;

/**
 * Where a table landed on its sheet (0-based, inclusive): the header row, the data rows and
 * the columns. A native chart (a later issue) anchors on this: its series are the data
 * rows of one column, its categories the first column, and it is drawn right of the table.
 *
 * @param sheetName the sheet
 * @param headerRow the header row
 * @param lastDataRow the last data row ({@code headerRow} when the table has no rows)
 * @param lastColumn the last column
 */
record TableArea(String sheetName, int headerRow, int lastDataRow, int lastColumn) {

    /** Whether the table has data rows. */
    boolean hasRows() {
        return lastDataRow > headerRow;
    }
}
