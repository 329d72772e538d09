package io.techdir.report;

/**
 * How a column's values are shown in the workbook (the CSV writes plain values whatever the
 * format). The Excel number format codes are stored in the file's locale-neutral form; Excel
 * shows them with the reader's separators (a French Excel shows {@code EUR} as
 * {@code # ##0 €} and {@code PERCENT} as {@code 0,0 %}).
 */
public enum ValueFormat {
    /** Text. */
    TEXT(null),
    /** Whole number with a thousands separator ({@code #,##0}). */
    INTEGER("#,##0"),
    /** Decimal number, one place ({@code #,##0.0}). */
    DECIMAL("#,##0.0"),
    /** Amount in euros, no decimals ({@code #,##0\ "€"}, shown {@code 48 000 €}). */
    EUR("#,##0\\ \"€\""),
    /** A fraction 0..1 shown as a percentage, one place ({@code 0.0 %}: 0.25 shows 25.0 %). */
    PERCENT("0.0 %"),
    /** Years, one place ({@code 0.0}). */
    YEARS("0.0"),
    /** Boolean cell. */
    BOOLEAN(null),
    /** A web address, written as a hyperlink when it is a valid http(s) URL. */
    URL(null),
    /** A date, ISO style ({@code yyyy-mm-dd}). */
    DATE("yyyy-mm-dd");

    private final String excelFormat;

    ValueFormat(String excelFormat) {
        this.excelFormat = excelFormat;
    }

    /** The Excel number format code, or null when the format is not numeric. */
    String excelFormat() {
        return excelFormat;
    }

    /** Whether numbers in a column of this format get the format's number style. */
    boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == EUR || this == PERCENT || this == YEARS;
    }
}
