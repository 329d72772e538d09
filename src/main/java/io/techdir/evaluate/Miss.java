package io.techdir.evaluate;

import java.util.Objects;

/**
 * One labelled value the normalizer did not give.
 *
 * @param file the input file ({@code hellowork-eval.csv}; a {@code titles-*.csv} for the title set)
 * @param n the record's 1-based position in that file (the line for a title)
 * @param sourceId the posting's id at its source (the row's source for a title)
 * @param field what was scored
 * @param expected the label, as text ("" for empty)
 * @param got what the normalizer gave, as text ("" for empty)
 * @param text the posting's text of that field, at most {@value #TEXT_MAX} characters on one line
 */
public record Miss(String file, long n, String sourceId, ScoredField field, String expected, String got,
        String text) {

    /** Longest {@link #text} kept. */
    public static final int TEXT_MAX = 160;

    /** Checks the non-null parts and shortens {@code text}. */
    public Miss {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        sourceId = sourceId == null ? "" : sourceId;
        expected = expected == null ? "" : expected;
        got = got == null ? "" : got;
        text = oneLine(text);
    }

    /** A text on one line (runs of white space as one space), cut to {@value #TEXT_MAX} characters. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= TEXT_MAX ? t : t.substring(0, TEXT_MAX - 1) + "…";
    }
}
