package io.techdir.report;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the longest value seen (header included), bounded to
 * {@value #MIN_CHARS}..{@value #MAX_CHARS} characters, plus room for the autofilter button.
 * Computed while writing, so it works on a streamed sheet whose rows are gone from memory.
 */
final class ColumnWidths {

    static final int MIN_CHARS = 8;
    static final int MAX_CHARS = 60;
    private static final int FILTER_BUTTON_CHARS = 3;

    private final int[] longest;

    ColumnWidths(int columns) {
        this.longest = new int[columns];
    }

    void see(int column, int chars) {
        if (chars > longest[column]) {
            longest[column] = chars;
        }
    }

    /** Sees every column's longest of {@code other}. */
    void seeAll(ColumnWidths other) {
        for (int c = 0; c < longest.length; c++) {
            see(c, other.longest[c]);
        }
    }

    void apply(Sheet sheet) {
        for (int c = 0; c < longest.length; c++) {
            int chars = Math.max(MIN_CHARS, Math.min(MAX_CHARS, longest[c] + FILTER_BUTTON_CHARS));
            sheet.setColumnWidth(c, chars * 256);
        }
    }
}
