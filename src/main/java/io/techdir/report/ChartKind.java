package io.techdir.report;

/** The kind of a native Excel chart drawn under a {@link Table} ({@link ChartSpec}). */
public enum ChartKind {
    /** Horizontal bars, categories read top to bottom (suits long labels such as regions). */
    BAR,
    /** Vertical columns, categories left to right. */
    COLUMN,
    /** Lines with markers; a missing point leaves a gap. */
    LINE
}
