package io.techdir.report;

import java.util.List;

/**
 * Column widths, wrapped columns and row heights of a table sheet, worked out from the whole
 * (small, in-memory) table before it is written, so that a streamed sheet needs no second pass.
 *
 * <p>A column is as wide as its longest value plus room for the autofilter button, within
 * {@value ColumnWidths#MIN_CHARS}..{@value ColumnWidths#MAX_CHARS} characters. A header label
 * longer than {@value #HEADER_CHARS} characters wraps (over two or more lines) rather than
 * widening a column of short numbers. A text column whose values would not fit in
 * {@value ColumnWidths#MAX_CHARS} characters is {@value #WRAP_CHARS} wide and wraps: its rows
 * get the height of their lines. Heights are set explicitly (Excel and LibreOffice do not grow a
 * row for a merged note) from a word-by-word estimate that errs on the side of one line too many.
 */
final class TableLayout {

    /** Width of a wrapped text column, in characters. */
    static final int WRAP_CHARS = 50;
    /** Header labels longer than this wrap instead of widening their column. */
    static final int HEADER_CHARS = 14;
    /** Height of one line of 11-point text, in points. */
    static final float LINE_POINTS = 15f;
    private static final int FILTER_BUTTON_CHARS = 3;

    private final int[] chars;
    private final boolean[] wrapped;

    private TableLayout(int[] chars, boolean[] wrapped) {
        this.chars = chars;
        this.wrapped = wrapped;
    }

    /** The layout of a table in a language. */
    static TableLayout of(Table table, Language language) {
        List<TableColumn> columns = table.columns();
        int n = columns.size();
        int[] data = new int[n];
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < n; c++) {
                data[c] = Math.max(data[c], CellWriter.width(row.get(c), columns.get(c).format()));
            }
        }
        int[] chars = new int[n];
        boolean[] wrapped = new boolean[n];
        for (int c = 0; c < n; c++) {
            String label = columns.get(c).label(language);
            int header = label.length() <= HEADER_CHARS ? label.length() : Math.max(HEADER_CHARS, longestWord(label));
            boolean text = columns.get(c).format() == ValueFormat.TEXT;
            wrapped[c] = text && data[c] + FILTER_BUTTON_CHARS > ColumnWidths.MAX_CHARS;
            int want = wrapped[c] ? WRAP_CHARS : Math.max(data[c], header) + FILTER_BUTTON_CHARS;
            chars[c] = Math.max(ColumnWidths.MIN_CHARS, Math.min(ColumnWidths.MAX_CHARS, want));
        }
        return new TableLayout(chars, wrapped);
    }

    /**
     * The layout of two tables on one sheet: each column as wide as the wider of the two, wrapped
     * when either wraps it.
     */
    static TableLayout merge(TableLayout a, TableLayout b) {
        int n = Math.max(a.chars.length, b.chars.length);
        int[] chars = new int[n];
        boolean[] wrapped = new boolean[n];
        for (int c = 0; c < n; c++) {
            chars[c] = Math.max(c < a.chars.length ? a.chars[c] : 0, c < b.chars.length ? b.chars[c] : 0);
            wrapped[c] = c < a.wrapped.length && a.wrapped[c] || c < b.wrapped.length && b.wrapped[c];
        }
        return new TableLayout(chars, wrapped);
    }

    /** The number of columns laid out. */
    int columns() {
        return chars.length;
    }

    /** The width of a column in characters. */
    int chars(int column) {
        return chars[column];
    }

    /** The total width of the table's columns in characters. */
    int totalChars() {
        int sum = 0;
        for (int c : chars) {
            sum += c;
        }
        return sum;
    }

    /** Whether a column's cells wrap. */
    boolean wrapped(int column) {
        return wrapped[column];
    }

    /** Lines the header row needs (labels wrap at their column width, less the filter button). */
    int headerLines(Table table, Language language) {
        int lines = 1;
        for (int c = 0; c < Math.min(chars.length, table.columns().size()); c++) {
            lines = Math.max(lines, lines(table.columns().get(c).label(language), chars[c] - FILTER_BUTTON_CHARS));
        }
        return lines;
    }

    /** Lines a data row needs (its wrapped cells). */
    int rowLines(List<Object> row) {
        int lines = 1;
        for (int c = 0; c < Math.min(chars.length, row.size()); c++) {
            if (wrapped[c] && row.get(c) instanceof String s) {
                lines = Math.max(lines, lines(s, chars[c] - 1));
            }
        }
        return lines;
    }

    /**
     * Lines a text takes in a column {@code width} characters wide, wrapping at spaces (a word
     * longer than the width is broken) and at line breaks.
     */
    static int lines(String text, int width) {
        int w = Math.max(1, width);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ", -1)) {
                int len = word.length();
                int need = used == 0 ? len : used + 1 + len;
                if (need <= w) {
                    used = need;
                } else {
                    if (used > 0) {
                        lines++;
                    }
                    lines += Math.max(0, (len - 1) / w);
                    used = len % w == 0 && len > 0 ? w : len % w;
                }
            }
        }
        return Math.max(1, lines);
    }

    /** Sets the column widths on a sheet. */
    void apply(org.apache.poi.ss.usermodel.Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    private static int longestWord(String s) {
        int longest = 0;
        for (String w : s.split("\\s+")) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }
}
