package io.techdir.report;

import java.util.Objects;

/**
 * Neutralizes CSV formula injection (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a
 * cell starting with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and a leading
 * tab or carriage return can hide such a start. A text value starting with one of these gets a
 * leading apostrophe, which spreadsheets show as "text". Only text is neutralized: numbers are
 * written as numbers and never altered, so {@code -5} stays {@code -5} while the text
 * {@code "-5"} (e.g. a salary as published) becomes {@code '-5}.
 */
public final class CsvSafety {

    private static final String DANGEROUS_FIRST = "=+-@\t\r";

    private CsvSafety() {
    }

    /** The text, with a leading apostrophe when it starts with {@code = + - @}, tab or CR. */
    public static String neutralize(String text) {
        Objects.requireNonNull(text, "text");
        return dangerous(text) ? "'" + text : text;
    }

    /** Whether a text starts with a character a spreadsheet may read as a formula start. */
    static boolean dangerous(String text) {
        return !text.isEmpty() && DANGEROUS_FIRST.indexOf(text.charAt(0)) >= 0;
    }
}
