package io.techdir.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Text hygiene, the first step of every normalization rule (NORMALIZATION.md, "Salary": "Text
 * hygiene comes first"): HTML entities, tags, odd spaces and the stray replacement character that
 * broken encodings leave between digit groups ("40¿000,00€"). Pure and stateless.
 */
public final class TextHygiene {

    /** Entities escaped more than this many times are left as they are. */
    private static final int MAX_UNESCAPE_PASSES = 3;
    /** Tags that end a line of text; their removal leaves a line break. */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<(?:br|/?p|/?div|/?li|/?ul|/?ol|/?tr|/?h[1-6]|/?table|/?section)(?:\\s[^<>]*)?/?>");
    /** Any other tag or comment; removed, leaving a space so that words stay apart. */
    private static final Pattern TAG = Pattern.compile("<(?:/?[a-zA-Z][a-zA-Z0-9:-]*(?:\\s[^<>]*)?/?|!--.*?--)>",
            Pattern.DOTALL);
    /** A replacement character or '¿' standing for a lost thousands separator. */
    private static final Pattern STRAY_SEPARATOR = Pattern.compile("(?<=\\d)[\\uFFFD\\u00BF](?=\\d{3}(?!\\d))");
    private static final Pattern HORIZONTAL_RUN = Pattern.compile("[ \\t\\f\\u000B]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextHygiene() {
    }

    /**
     * Unescapes HTML entities (also when escaped twice: {@code "&amp;eacute;"}), turns a stray U+FFFD
     * or '¿' between digit groups into a thousands separator, maps U+00A0/U+202F/U+2009 (and the
     * other Unicode spaces) to space, removes HTML tags (a block tag such as {@code <br>} or
     * {@code </p>} leaves a line break), collapses runs of spaces/tabs (keeps line breaks, at most
     * one blank line in a row), trims.
     *
     * @param s text as published, may be null
     * @return the cleaned text, or null for null or blank input
     */
    public static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s;
        for (int pass = 0; pass < MAX_UNESCAPE_PASSES && t.indexOf('&') >= 0; pass++) {
            String u = Parser.unescapeEntities(t, false);
            if (u.equals(t)) {
                break;
            }
            t = u;
        }
        if (t.indexOf('<') >= 0) {
            t = BLOCK_TAG.matcher(t).replaceAll("\n");
            t = TAG.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('\uFFFD') >= 0 || t.indexOf('\u00BF') >= 0) {
            t = STRAY_SEPARATOR.matcher(t).replaceAll(" ");
        }
        t = normalizeSpaces(t);
        if (hasSpaceRun(t)) {
            t = HORIZONTAL_RUN.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('\n') >= 0) {
            t = SPACE_AROUND_BREAK.matcher(t).replaceAll("\n");
            t = BLANK_LINES.matcher(t).replaceAll("\n\n");
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Lower-cases (Locale.ROOT) and strips accents, for matching: "Rémunération" gives
     * "remuneration". The ligatures œ and æ become "oe" and "ae".
     *
     * @param s text, may be null
     * @return the folded text; "" for null
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        if (stripped.indexOf('œ') >= 0 || stripped.indexOf('æ') >= 0) {
            stripped = stripped.replace("œ", "oe").replace("æ", "ae");
        }
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** Whether two spaces follow each other, or a tab or other horizontal space occurs. */
    private static boolean hasSpaceRun(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\f' || c == '\u000B' || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Maps Unicode spaces to ' ', line separators to '\n', and drops zero-width characters. */
    private static String normalizeSpaces(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || (c >= '\u2000' && c <= '\u200A')
                    || c == '\u205F' || c == '\u3000') {
                r = ' ';
            } else if (c == '\r') {
                r = (i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 0 : '\n';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                r = '\n';
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                r = 0;
            }
            if (r != c && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null && r != 0) {
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }
}
