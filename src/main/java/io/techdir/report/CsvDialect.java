package io.techdir.report;

/**
 * The CSV flavours techdir writes. Both are UTF-8 and RFC 4180 (fields quoted only when
 * needed, quotes doubled, CRLF line ends), with a header row of column names.
 */
public enum CsvDialect {
    /** For programs: comma, decimal point, UTF-8 without byte-order mark. */
    STANDARD(',', '.', false),
    /**
     * For a French Excel opened by double-click: semicolon, decimal comma, UTF-8 with a
     * byte-order mark (without it Excel reads the file as Windows-1252).
     */
    EXCEL_FR(';', ',', true);

    private final char delimiter;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(char delimiter, char decimalSeparator, boolean byteOrderMark) {
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    /** The field delimiter. */
    public char delimiter() {
        return delimiter;
    }

    /** The decimal separator of numbers. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** Whether the file starts with a UTF-8 byte-order mark. */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
