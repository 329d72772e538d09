package io.techdir.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns are as wide as their widest cell, header included, so that a
 * long value (a timestamp with nanoseconds, a long run id) widens its column instead of pushing the
 * rest of its line out of line with the header. Text is left-aligned, numbers right-aligned; the
 * last column is not padded (no trailing spaces).
 */
final class TextTable {

    private final String[] header;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param align one letter per column: {@code L} left-aligned, {@code R} right-aligned
     * @param header the column names
     */
    TextTable(String align, String... header) {
        if (align.length() != header.length) {
            throw new IllegalArgumentException("one alignment per column: " + align + " for " + header.length);
        }
        this.header = header.clone();
        this.right = new boolean[header.length];
        for (int i = 0; i < header.length; i++) {
            right[i] = align.charAt(i) == 'R';
        }
    }

    /** Adds a row: one cell per column ({@code String.valueOf} of each; null prints empty). */
    TextTable row(Object... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.length + " columns");
        }
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = cells[i] == null ? "" : String.valueOf(cells[i]);
        }
        rows.add(r);
        return this;
    }

    /** The header line and the rows, each ending with a line break. */
    String render() {
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        for (String[] r : rows) {
            line(out, r, width);
        }
        return out.toString();
    }

    private void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                l.append("  ");
            }
            boolean last = i == cells.length - 1;
            String pad = " ".repeat(width[i] - cells[i].length());
            if (right[i]) {
                l.append(pad).append(cells[i]);
            } else {
                l.append(cells[i]).append(last ? "" : pad);
            }
        }
        out.append(l).append('\n');
    }
}
