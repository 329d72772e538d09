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
        if (s == null) {
            return null;
        }
        if (isClean(s)) {
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }
        return cleanUnclean(s);
    }

    /**
     * {@link #clean} of a text known not to pass its first check (a text found not clean
     * already, e.g. by {@code FoldedText.ofPublishedIfClean}): the same result, without reading
     * the text for that check again.
     */
    static String cleanUnclean(String s) {
        if (s == null) {
            return null;
        }
        if (s.isBlank()) {
            return null;
        }
        String t = s;
        for (int pass = 0; pass < MAX_UNESCAPE_PASSES && t.indexOf('&') >= 0; pass++) {
            String u = unescape(t);
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
        t = tidySpaces(t).strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Named references the common-case unescaper decodes itself, each to what jsoup gives for
     * {@code &name;} (asked once, here): the entities French postings carry.
     */
    private static final java.util.Map<String, String> COMMON_ENTITIES;

    static {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String name : new String[] {"amp", "AMP", "lt", "gt", "quot", "apos", "nbsp", "eacute", "egrave", "ecirc",
            "euml", "Eacute", "Egrave", "Ecirc", "agrave", "acirc", "auml", "Agrave", "Acirc", "ccedil", "Ccedil",
            "icirc", "iuml", "ocirc", "ouml", "Ocirc", "ugrave", "ucirc", "uuml", "oelig", "OElig", "rsquo", "lsquo",
            "ldquo", "rdquo", "laquo", "raquo", "hellip", "ndash", "mdash", "euro", "bull", "middot", "deg"}) {
            m.put(name, Parser.unescapeEntities("&" + name + ";", false));
        }
        COMMON_ENTITIES = java.util.Map.copyOf(m);
    }

    /**
     * {@link Parser#unescapeEntities(String, boolean) Parser.unescapeEntities(t, false)}: the
     * common case by hand (about ten times faster), anything else through jsoup.
     */
    static String unescape(String t) {
        String fast = unescapeCommon(t);
        return fast != null ? fast : Parser.unescapeEntities(t, false);
    }

    /**
     * Unescapes a text whose every '&amp;' is either plain (followed by a space, a line break,
     * '&lt;', '&amp;' or nothing, or by a word that no entity name begins: "R&amp;D",
     * "&amp;utm_source") or a reference this method knows ({@link #COMMON_ENTITIES} with its
     * ';', or a decimal or hexadecimal reference with its ';' to a character that is neither a
     * control nor a surrogate); null for any other text, which jsoup then unescapes.
     */
    static String unescapeCommon(String t) {
        int amp = t.indexOf('&');
        if (amp < 0) {
            return t;
        }
        int n = t.length();
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        for (; amp >= 0; amp = t.indexOf('&', amp + 1)) {
            int i = amp + 1;
            if (i >= n) {
                break; // a final '&' stays
            }
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '<' || c == '&') {
                continue;
            }
            if (c == '#') {
                int code = 0;
                int j = i + 1;
                boolean hex = j < n && (t.charAt(j) == 'x' || t.charAt(j) == 'X');
                if (hex) {
                    j++;
                }
                int digits = j;
                while (j < n && j - digits < 6) {
                    int d = Character.digit(t.charAt(j), hex ? 16 : 10);
                    if (d < 0 || t.charAt(j) > 'f') {
                        break;
                    }
                    code = code * (hex ? 16 : 10) + d;
                    j++;
                }
                if (j == digits || j >= n || t.charAt(j) != ';' || !plainCodePoint(code)) {
                    return null;
                }
                out.append(t, copied, amp).append((char) code);
                copied = j + 1;
                amp = j;
                continue;
            }
            int j = i;
            while (j < n && isAsciiLetter(t.charAt(j))) {
                j++;
            }
            if (j == i) {
                return null; // a digit, a non-ASCII letter, punctuation: let jsoup decide
            }
            int nameEnd = j;
            while (j < n && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                j++;
            }
            String replacement = j == nameEnd && j < n && t.charAt(j) == ';'
                    ? COMMON_ENTITIES.get(t.substring(i, j)) : null;
            if (replacement != null) {
                out.append(t, copied, amp).append(replacement);
                copied = j + 1;
                amp = j;
                continue;
            }
            if (j < n && (t.charAt(j) == ';' || Character.isLetterOrDigit(t.charAt(j)))
                    || mayStartEntity(t, i, j)) {
                return null;
            }
            // "R&D", "&utm_source": not a reference, the '&' stays
        }
        if (copied == 0) {
            return t;
        }
        return out.append(t, copied, n).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A character a numeric reference gives as itself: printable, not a surrogate, not U+0080..U+009F. */
    private static boolean plainCodePoint(int code) {
        return code >= 0x20 && code < 0x7f || code >= 0xa0 && code < 0xd800 || code >= 0xe000 && code < 0xfffe;
    }

    /** Whether some named entity of jsoup's begins {@code t[from, to)} (or is that word). */
    private static boolean mayStartEntity(String t, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (org.jsoup.nodes.Entities.isNamedEntity(t.substring(from, k))) {
                return true;
            }
        }
        return false;
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
        String fast = foldByTable(s);
        return fast != null ? fast : foldSlow(s);
    }

    /**
     * Whether {@link #clean} has nothing to do but strip: no entity, tag, stray separator, odd
     * space or control, run of spaces, space next to a line break, or three line breaks in a row.
     * One pass; most descriptions (and every text this class already cleaned) pass.
     * {@code FoldedText.foldCleanInPlace} makes the same checks while folding a description, with
     * {@link #isAsciiFlaw} (the same ASCII checks, over characters: a change here is a change there)
     * and {@link #isSpecial} ({@code PreparedTextTest} compares the two on random texts).
     */
    private static boolean isClean(String s) {
        // isAsciiFlaw's checks, read from the string itself (a copy of every field's characters
        // would cost more than the checks)
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7f) {
                if ((c == '&' || c == '<') && i + 1 < n && !isInert(s.charAt(i + 1))) {
                    return false;
                }
                continue;
            }
            if (c == ' ') {
                if (i + 1 < n) {
                    char next = s.charAt(i + 1);
                    if (next == ' ' || next == '\n') {
                        return false;
                    }
                }
            } else if (c == '\n') {
                if (i + 1 < n) {
                    char next = s.charAt(i + 1);
                    if (next == ' ' || next == '\n' && i + 2 < n && s.charAt(i + 2) == '\n') {
                        return false;
                    }
                }
            } else if (c < ' ' || isSpecial(c) && !isKeptSeparator(s, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the ASCII character {@code s[i]} is where {@link #clean} would change the text (what
     * {@link #isClean} checks at an ASCII character; {@code FoldedText} asks while folding): a
     * space before a space or a line break, a line break before a space or before two more, '&amp;'
     * or '&lt;' before a character that does not make them plain text ({@link #isInert}), a control
     * other than the line break.
     */
    static boolean isAsciiFlaw(char[] s, int i) {
        int n = s.length;
        char c = s[i];
        char next = i + 1 < n ? s[i + 1] : 0;
        if (c == ' ') {
            return next == ' ' || next == '\n';
        }
        if (c == '\n') {
            return next == ' ' || next == '\n' && i + 2 < n && s[i + 2] == '\n';
        }
        if (c == '&' || c == '<') {
            return i + 1 < n && !isInert(next);
        }
        return c < ' ';
    }

    /** Whether a character after '&amp;' or '&lt;' makes it plain text (a space, line break or digit). */
    static boolean isInert(char next) {
        return next == ' ' || next == '\n' || next >= '0' && next <= '9';
    }

    /**
     * Whether the replacement character or '¿' at {@code s[i]} is one {@link #clean} leaves as it
     * is: not a lost thousands separator ({@link #STRAY_SEPARATOR}: after a digit, before exactly
     * three), e.g. "¿ De formation".
     */
    static boolean isKeptSeparator(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c != '\uFFFD' && c != '\u00BF') {
            return false;
        }
        int n = s.length();
        boolean stray = i > 0 && isDigit(s.charAt(i - 1)) && i + 3 < n && isDigit(s.charAt(i + 1))
                && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3)) && (i + 4 == n || !isDigit(s.charAt(i + 4)));
        return !stray;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Characters some step of {@link #clean} rewrites (controls are checked by the caller). */
    static boolean isSpecial(char c) {
        return c == '\uFFFD' || c == '\u00BF' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || (c >= '\u2000' && c <= '\u200B') || c == '\u205F' || c == '\u3000' || c == '\u2028'
                || c == '\u2029' || c == '\u0085' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Folded form of each character of {@link #TABLE_RANGES}, as {@link #foldSlow} gives it alone. */
    private static final String[] FOLD_TABLE = new String[0x2300];
    /** Character ranges whose fold does not depend on the neighbours (no combining marks, no Hangul). */
    private static final char[][] TABLE_RANGES = {{0, 0x24F}, {0x2000, 0x22FF}};

    /**
     * {@link #FOLD_TABLE} where a character folds to one character; 0 where it folds to none
     * or several (look in {@link #FOLD_TABLE}); {@link #NOT_IN_TABLE} outside the table.
     */
    private static final char[] FOLD_CHAR = new char[FOLD_TABLE.length];
    private static final char NOT_IN_TABLE = '\uFFFF';

    static {
        java.util.Arrays.fill(FOLD_CHAR, NOT_IN_TABLE);
        for (char[] r : TABLE_RANGES) {
            for (int c = r[0]; c <= r[1]; c++) {
                String f = foldSlow(String.valueOf((char) c));
                FOLD_TABLE[c] = f;
                FOLD_CHAR[c] = f.length() == 1 && f.charAt(0) != 0 && f.charAt(0) != NOT_IN_TABLE ? f.charAt(0) : 0;
            }
        }
    }

    /**
     * {@link #foldSlow} one character at a time through a table, or null when a character is
     * outside the table (then the whole text must be folded at once: combining marks and
     * other scripts fold with their neighbours).
     */
    private static String foldByTable(String text) {
        char[] s = text.toCharArray();
        int n = s.length;
        char[] out = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            char one;
            String f = null;
            if (c < 0x80) {
                one = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                one = c < FOLD_CHAR.length ? FOLD_CHAR[c] : NOT_IN_TABLE;
                if (one == NOT_IN_TABLE) {
                    return null;
                }
                if (one == 0) {
                    f = FOLD_TABLE[c];
                }
            }
            if (out == null) {
                if (one == c) {
                    continue;
                }
                out = new char[n + 16];
                System.arraycopy(s, 0, out, 0, i);
                k = i;
            }
            if (k + 2 > out.length || f != null && k + f.length() > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + (f == null ? 0 : f.length()));
            }
            if (one != 0 || f == null) {
                out[k++] = one;
            } else {
                f.getChars(0, f.length(), out, k);
                k += f.length();
            }
        }
        return out == null ? text : new String(out, 0, k);
    }

    /** Lower-case, NFD, marks removed, ligatures spelled out, NFC: the definition of {@link #fold}. */
    private static String foldSlow(String s) {
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The white space of a text made plain, in one pass: Unicode spaces become ' ', line
     * separators and carriage returns '\n' (a "\r\n" one '\n'), zero-width characters and soft
     * hyphens are dropped; then each run of spaces, tabs, form feeds, vertical tabs and line
     * breaks becomes one space when it holds no line break, else its line breaks alone, at most
     * two (one blank line). The text itself when nothing changes.
     */
    static String tidySpaces(String s) {
        char[] c = s.toCharArray();
        int n = c.length;
        char[] out = null; // made at the first change
        int k = 0;
        int i = 0;
        while (i < n) {
            int from = i;
            // a run of other characters, single spaces between them included (they stay), read
            // without a branch on the kind of an ASCII character (in a text never seen before,
            // one is mispredicted about once a word): a space is checked with the character
            // after it, when that one comes
            int previous = RUN_PLAIN;
            while (i < n) {
                char ch = c[i];
                int kind = ch < 0x80 ? RUN_KIND[ch] : spaceKind(c, i) == KEEP ? RUN_PLAIN : RUN_END;
                if (((previous | RUN_END) & kind) != 0) {
                    break; // white space to tidy: here, or the space before
                }
                previous = kind;
                i++;
            }
            if (previous == RUN_SPACE) {
                i--; // the run ends before its last space (followed by white space, or last)
            }
            if (out != null) {
                System.arraycopy(c, from, out, k, i - from);
                k += i - from;
            }
            if (i == n) {
                break;
            }
            // a run of white space (dropped characters included): what it becomes, and whether
            // the text already holds exactly that
            int start = i;
            int breaks = 0;
            int spaces = 0;
            for (int kind; i < n && (kind = spaceKind(c, i)) != KEEP; i++) {
                if (kind == BREAK) {
                    breaks++;
                } else if (kind == SPACE) {
                    spaces++;
                }
            }
            int length = breaks > 0 ? Math.min(breaks, 2) : spaces > 0 ? 1 : 0;
            char made = breaks > 0 ? '\n' : ' ';
            boolean plain = i - start == length; // the run as written is what it becomes
            for (int j = start; j < i && plain; j++) {
                plain = c[j] == made;
            }
            if (out == null) {
                if (plain) {
                    continue;
                }
                out = new char[n];
                System.arraycopy(c, 0, out, 0, start);
                k = start;
            }
            for (int j = 0; j < length; j++) {
                out[k++] = made;
            }
        }
        return out == null ? s : new String(out, 0, k);
    }

    private static final int KEEP = 0;
    private static final int SPACE = 1;
    private static final int BREAK = 2;
    private static final int DROPPED = 3;

    /**
     * What each ASCII character is to {@link #tidySpaces}'s run of characters that stay:
     * {@link #RUN_PLAIN} (it stays: {@link #spaceKind} {@code KEEP}), {@link #RUN_SPACE} (the
     * space: it stays before a character that stays) or {@link #RUN_END} (white space to tidy).
     */
    private static final int[] RUN_KIND = new int[0x80];
    private static final int RUN_PLAIN = 0;
    private static final int RUN_SPACE = 1;
    private static final int RUN_END = 2;

    static {
        for (char c = 0; c < 0x80; c++) {
            RUN_KIND[c] = c == ' ' ? RUN_SPACE : spaceKind(new char[] {c}, 0) == KEEP ? RUN_PLAIN : RUN_END;
        }
    }

    /** What {@link #tidySpaces} makes of the character {@code c[i]}. */
    private static int spaceKind(char[] s, int i) {
        char c = s[i];
        if (c > ' ' && c < 0x80) {
            return KEEP;
        }
        if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u3000') {
            return SPACE;
        }
        if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            return BREAK;
        }
        if (c == '\r') {
            return i + 1 < s.length && s[i + 1] == '\n' ? DROPPED : BREAK;
        }
        if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
            return DROPPED;
        }
        return KEEP;
    }
}
