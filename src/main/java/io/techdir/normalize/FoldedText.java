package io.techdir.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posting text prepared for matching by the experience, degree, contract and remote-work
 * parsers: {@link #original()} is the text cleaned by {@link TextHygiene#clean(String)}
 * (entities and tags undone, spaces collapsed), and
 * {@link #folded()} is the same text lower-cased ({@link Character#toLowerCase(int)}, which does
 * not depend on the default locale) with accents stripped, <em>character for character</em>, so
 * that a match position in the folded text is the same position in the original. That is what
 * lets a parser quote the original words it read a figure from.
 *
 * <p>Folding is deliberately 1:1: ligatures keep one letter ("œ" becomes "o"), typographic
 * apostrophes become {@code '}, dashes become {@code -}, no-break and thin spaces become a space.
 */
final class FoldedText {

    static final int NEAR_BEFORE = 50;
    static final int NEAR_AFTER = 120;

    /** Folded Latin characters (U+0000 to U+024F), computed once. */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = foldSlow(c);
        }
        LATIN['\t'] = ' ';
        LATIN['\u00a0'] = ' ';
        LATIN['`'] = '\'';
        LATIN['\u00e6'] = 'a';
        LATIN['\u00c6'] = 'a';
        LATIN['\u00df'] = 's';
        LATIN['\u00b4'] = '\'';
        LATIN['\u0153'] = 'o';
        LATIN['\u0152'] = 'o';
    }

    /** {@link #foldInPlace} result bits. */
    private static final int CHANGED = 1;
    private static final int NOT_ALIKE = 2;
    private static final int NOT_TOKENS_ALIKE = 4;
    /**
     * A character this fold and {@code RoleText}'s fold make two different characters that are
     * not word characters to its tokenizer, nor a space, '/' or ')' ("–" is "-" here and stays
     * "–" there; "•" stays "•" here and is "·" there): its words are this text's words, read
     * with the original character where a punctuation mark counts
     * ({@link #wordsReadWithOriginal()}).
     */
    private static final int TOKENS_PATCHED = 8;
    /**
     * A character {@code RoleText} makes two letters, the first one this fold's ("œ" is "o" here,
     * "oe" there): its word is this text's word with the second letter put back.
     */
    private static final int TOKENS_EXPANDED = 16;

    /**
     * Per character below {@link #ALIKE_END}: whether this fold, {@link TextHygiene#fold} and
     * {@code RoleText}'s fold all give the same single character for it, alone and in any
     * context (computed once from those very functions). A text made only of such characters
     * has one folded form for all three, so it is folded once ({@link #foldsAlike()}).
     */
    private static final boolean[] ALIKE;
    private static final char ALIKE_END = 0x2300;
    /**
     * Per character below {@link #ALIKE_END}: 0 when it is {@link #ALIKE}; else
     * {@link #NOT_ALIKE}, plus how its words differ when this fold and {@code RoleText}'s do not
     * give the same single character for it: {@link #TOKENS_PATCHED}, {@link #TOKENS_EXPANDED},
     * or {@link #NOT_TOKENS_ALIKE} for any other difference. The typographic apostrophe folds
     * alike in those two ({@code TextHygiene} keeps it, the other two make it {@code '}), which is
     * all the words need ({@link #foldsAlikeForWords()}).
     */
    private static final byte[] NOT_ALIKE_BITS;

    static {
        boolean[] alike = new boolean[ALIKE_END];
        byte[] bits = new byte[ALIKE_END];
        for (char c = 0; c < ALIKE_END; c++) {
            bits[c] = NOT_ALIKE | NOT_TOKENS_ALIKE;
            if (c >= 0x250 && c < 0x2000) {
                continue; // TextHygiene folds these with their neighbours (combining marks)
            }
            String one = String.valueOf(c);
            String mine = String.valueOf(c < LATIN.length ? LATIN[c] : foldHigh(c));
            String role = RoleText.fold(one);
            boolean tokens = mine.equals(role);
            alike[c] = tokens && mine.equals(TextHygiene.fold(one));
            bits[c] = (byte) (alike[c] ? 0 : tokens ? NOT_ALIKE : NOT_ALIKE | wordsDifference(mine.charAt(0), role));
        }
        ALIKE = alike;
        NOT_ALIKE_BITS = bits;
    }

    /**
     * How the words of a text differ with a character folded to {@code mine} here and to
     * {@code role} by {@code RoleText} (different): {@link #TOKENS_PATCHED},
     * {@link #TOKENS_EXPANDED}, else {@link #NOT_TOKENS_ALIKE}.
     */
    private static int wordsDifference(char mine, String role) {
        if (role.length() == 1 && !RoleText.isWordChar(mine) && !RoleText.isWordChar(role.charAt(0))
                && " /)".indexOf(mine) < 0 && " /)".indexOf(role.charAt(0)) < 0) {
            return TOKENS_PATCHED;
        }
        if (role.length() == 2 && role.charAt(0) == mine && mine >= 'a' && mine <= 'z'
                && role.charAt(1) >= 'a' && role.charAt(1) <= 'z') {
            return TOKENS_EXPANDED;
        }
        return NOT_TOKENS_ALIKE;
    }

    private final String original;
    private final String folded;
    /** Whether every character of the text is {@link #ALIKE}. */
    private boolean alike;
    /** Whether no character of the text folds otherwise for the words (see {@link #foldsAlikeForWords()}). */
    private boolean alikeForWords;
    /** See {@link #wordsReadWithOriginal()}. */
    private boolean wordsWithOriginal;
    /** Whether a character of the text has {@link #TOKENS_EXPANDED}. */
    private boolean expandedLetters;
    /** Occurrences of each trigger already looked up (one text is searched by several parsers). */
    private String[] occurrenceKeys;
    private int[][] occurrenceValues;
    private int occurrenceCount;
    private char[] foldedChars;
    /** The text this one is a {@link #blanked} copy of, and the blanked ranges; else null. */
    private FoldedText parent;
    private int[] blanks;
    /** See {@link #trigrams()}. */
    private long[] trigramBits;
    /** The last trigger list {@link #regions} was asked for, and its answer. */
    private List<String> lastTriggers;
    private int[] lastRegions;

    private FoldedText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    /** Prepares a text ({@link TextHygiene#clean(String)}, then folding); null becomes the empty text. */
    static FoldedText of(String raw) {
        String text = TextHygiene.clean(raw);
        if (text == null) {
            text = "";
        }
        return new FoldedText(text, fold(text));
    }

    /** Prepares a text already through {@link TextHygiene#clean(String)} (never null). */
    static FoldedText ofClean(String text) {
        char[] out = text.toCharArray();
        // a long text is searched through its trigrams (mayContain): they are gathered in the
        // same pass as the folding
        long[] bits = out.length >= SHORT_TEXT ? new long[TRIGRAM_BITS / 64] : null;
        int fold = foldInPlace(out, bits);
        FoldedText f = new FoldedText(text, (fold & CHANGED) != 0 ? new String(out) : text);
        f.foldedChars = out;
        f.alike = (fold & NOT_ALIKE) == 0;
        f.setWords(fold);
        f.trigramBits = bits;
        return f;
    }

    /**
     * {@link #ofClean} of a text as published, when {@link TextHygiene#clean} would give that very
     * text back (most descriptions: no entity, tag, odd space, control, run of spaces, space next
     * to a line break, three line breaks in a row, or white space at either end); null otherwise,
     * and then the caller cleans it and calls {@link #ofClean}. The check is made in the folding
     * pass itself, so that a clean text is read once instead of twice. Null and blank texts give
     * null. ({@link #ofPublished} is what the parsers use: it goes on with the cleaned text.)
     */
    static FoldedText ofPublishedIfClean(String published) {
        FoldedText f = ofPublished(published);
        // ofPublished gives the published text itself only when its first pass found it clean
        return f != null && f.original() == published ? f : null;
    }

    /**
     * {@link #ofPublishedIfClean} of a text as published; when it is not clean,
     * {@link #ofPublishedIfClean} of its cleaned form ({@link TextHygiene#cleanUnclean}), the
     * characters before the place where the published text was found not clean taken as the pass
     * folded them (cleaning leaves a text's start as it is up to its first flaw: they are not folded
     * again; checked, not assumed). Null when the cleaned form is blank, the published text itself,
     * or not clean either: then the caller cleans the text and calls {@link #ofClean}.
     */
    static FoldedText ofPublished(String published) {
        char[] out = null;
        long[] bits = null;
        int stop = 0;
        int flags = 0;
        if (mayBeClean(published)) {
            out = published.toCharArray();
            bits = out.length >= SHORT_TEXT ? new long[TRIGRAM_BITS / 64] : null;
            int fold = foldCleanInPlace(out, bits, 0, 0);
            if (fold >= 0) {
                return folded(published, out, fold, bits);
            }
            stop = stopOf(fold);
            flags = flagsOf(fold);
        }
        String cleaned = TextHygiene.cleanUnclean(published);
        if (cleaned == null || cleaned == published || !mayBeClean(cleaned)) {
            return null;
        }
        char[] c = cleaned.toCharArray();
        // the checks of the characters before `keep` read no further than `stop`
        int keep = Math.max(0, stop - CHECK_REACH);
        boolean sameStart = keep > 0 && c.length >= stop && (bits != null) == (c.length >= SHORT_TEXT)
                && cleaned.regionMatches(0, published, 0, stop);
        if (sameStart) {
            System.arraycopy(out, 0, c, 0, keep);
        } else {
            keep = 0;
            flags = 0;
            bits = c.length >= SHORT_TEXT ? new long[TRIGRAM_BITS / 64] : null;
        }
        int fold = foldCleanInPlace(c, bits, keep, flags);
        return fold < 0 ? null : folded(cleaned, c, fold, bits);
    }

    /** False for texts {@link #foldCleanInPlace} need not read: null, empty, white space at either end. */
    private static boolean mayBeClean(String text) {
        int n = text == null ? 0 : text.length();
        return n > 0 && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(n - 1));
    }

    /** The folded text of {@code text} from its folded characters and the pass's result bits. */
    private static FoldedText folded(String text, char[] out, int fold, long[] bits) {
        FoldedText f = new FoldedText(text, (fold & CHANGED) != 0 ? new String(out) : text);
        f.foldedChars = out;
        f.alike = (fold & NOT_ALIKE) == 0;
        f.setWords(fold);
        f.trigramBits = bits;
        return f;
    }

    /**
     * Whether {@link TextHygiene#fold} of {@link #original()} is {@link #folded()}, and so are
     * {@code RoleText}'s folded characters: true when every character folds alike in the three
     * (most texts; not "œ", "’", tabs, combining marks, other scripts). Known for texts from
     * {@link #ofClean}; false otherwise.
     */
    boolean foldsAlike() {
        return alike;
    }

    /** Sets what the fold's result bits say of the words. */
    private void setWords(int fold) {
        alikeForWords = (fold & (NOT_TOKENS_ALIKE | TOKENS_PATCHED | TOKENS_EXPANDED)) == 0;
        wordsWithOriginal = !alikeForWords && (fold & NOT_TOKENS_ALIKE) == 0;
        expandedLetters = (fold & TOKENS_EXPANDED) != 0;
    }

    /**
     * Whether {@code RoleText}'s folded characters of {@link #original()} are {@link #folded()}'s
     * (so that its words can be read from {@link #foldedChars()}): true when {@link #foldsAlike()},
     * and for texts whose only other characters fold alike in these two (the typographic
     * apostrophe). Known for texts from {@link #ofClean}; false otherwise.
     */
    boolean foldsAlikeForWords() {
        return alikeForWords;
    }

    /**
     * Whether, though not {@link #foldsAlikeForWords()}, the words of {@link #original()} can be
     * read from {@link #foldedChars()} at the same positions, with the original characters that
     * {@code RoleText} folds otherwise read where the tokenizer looks at punctuation (a dash, a
     * bullet, "…") and put back into the words where it makes one letter two ("œ" is "oe"
     * there): no other character folds otherwise. Known for texts from {@link #ofClean}; false
     * otherwise.
     */
    boolean wordsReadWithOriginal() {
        return wordsWithOriginal;
    }

    /** Whether a character of {@link #original()} is one {@code RoleText} makes two letters ("œ", "æ", "ß"). */
    boolean hasExpandedLetters() {
        return expandedLetters;
    }

    /** Wraps a text already folded (its own original), e.g. a folded text with parts blanked out. */
    static FoldedText ofFolded(String folded) {
        return new FoldedText(folded, folded);
    }

    /**
     * This folded text with the ranges {@code [blanks[2i], blanks[2i+1])} made spaces
     * ({@code blanked} is that text; it is its own original, as {@link #ofFolded} gives): a
     * string without a space occurs in it where it occurs here outside those ranges, so those
     * occurrences are taken from this text's instead of searched again.
     */
    FoldedText blanked(String blanked, int[] blanks) {
        FoldedText f = new FoldedText(blanked, blanked);
        f.parent = this;
        f.blanks = blanks;
        return f;
    }

    /** The cleaned text (same length as {@link #folded()}). */
    String original() {
        return original;
    }

    /** The folded text used for matching. */
    String folded() {
        return folded;
    }

    /** The folded text as characters (computed once; do not modify). */
    char[] foldedChars() {
        char[] c = foldedChars;
        if (c == null) {
            c = folded.toCharArray();
            foldedChars = c;
        }
        return c;
    }

    boolean isBlank() {
        return folded.isBlank();
    }

    /**
     * The original words around {@code [start, end)}, at most {@code max} characters, cut at line
     * breaks and clause ends where possible, with runs of spaces collapsed.
     */
    String excerpt(int start, int end, int max) {
        int from = start;
        int lower = Math.max(0, start - max / 3);
        while (from > lower && !isExcerptStop(original.charAt(from - 1))) {
            from--;
        }
        if (from > 0 && !isExcerptStop(original.charAt(from - 1))) {
            // cut by the length limit: start at the next whole word
            int space = original.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        int to = end;
        int upper = Math.min(original.length(), from + max);
        while (to < upper && !isLineEnd(to)) {
            to++;
        }
        if (to < original.length() && !isLineEnd(to)) {
            // cut by the length limit: end after the last whole word
            int space = original.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        String s = original.substring(from, Math.max(to, Math.min(end, original.length())));
        s = collapseWhitespace(s).strip();
        return s.length() > max ? s.substring(0, max).strip() : s;
    }

    /** Each run of {@code \\s} characters (space, tab, line breaks, form feed) as one space. */
    private static String collapseWhitespace(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < s.length() && isSpace(s.charAt(j))) {
                j++;
            }
            if (b == null && (c != ' ' || j > i + 1)) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(' ');
            }
            i = j - 1;
        }
        return b == null ? s : b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private boolean isLineEnd(int i) {
        char c = original.charAt(i);
        return c == '\n' || c == '\r'
                || c == '.' && i + 1 < original.length() && Character.isWhitespace(original.charAt(i + 1));
    }

    private static boolean isExcerptStop(char c) {
        return c == '\n' || c == '\r' || c == '.' || c == ';' || c == '!' || c == '?' || c == '•';
    }

    /** Start of the clause holding {@code pos}: after the last line break or sentence end. */
    int clauseStart(int pos) {
        for (int i = Math.min(pos, folded.length()) - 1; i >= 0; i--) {
            if (isClauseEnd(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End of the clause holding {@code pos} (exclusive). */
    int clauseEnd(int pos) {
        for (int i = Math.max(pos, 0); i < folded.length(); i++) {
            if (isClauseEnd(i)) {
                return i;
            }
        }
        return folded.length();
    }

    /**
     * Whether the character at {@code i} ends a clause: a line break, {@code ; ! ? •}, or a full
     * stop followed by a space, except after an initial ("B. S.") or a short abbreviation ("min.",
     * "exp.", "env."), and in "Ph. D" (a doctorate, not a sentence end).
     */
    private boolean isClauseEnd(int i) {
        char c = folded.charAt(i);
        if (c == '\n' || c == '\r' || c == ';' || c == '!' || c == '?' || c == '•' || c == '·') {
            return true;
        }
        if (c != '.' || i + 1 >= folded.length() || !Character.isWhitespace(folded.charAt(i + 1))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(folded.charAt(w - 1))) {
            w--;
        }
        String word = folded.substring(w, i);
        if (word.equals("ph") && isPhDInitial(i + 1)) {
            return false;
        }
        return word.length() > 1 && !(word.equals("min") || word.equals("exp") || word.equals("env") || word.equals("ex")
                || word.equals("etc") || word.equals("yrs") || word.equals("approx"));
    }

    /** Whether the word after the white space from {@code i} on is the initial "d" ("Ph. D", "Ph. D."). */
    private boolean isPhDInitial(int i) {
        int n = folded.length();
        while (i < n && Character.isWhitespace(folded.charAt(i))) {
            i++;
        }
        return i < n && folded.charAt(i) == 'd' && (i + 1 == n || !Character.isLetter(folded.charAt(i + 1)));
    }

    /**
     * Matches of {@code pattern} in the folded text near the occurrences of its triggers, in
     * order: a cheap substring search first, then the pattern over a window around each
     * occurrence ({@value #NEAR_BEFORE} characters before, {@value #NEAR_AFTER} after). Long
     * alternations run over a whole description cost milliseconds; this costs microseconds.
     */
    List<MatchResult> near(Pattern pattern, List<String> triggers) {
        int[] regions = regions(triggers);
        if (regions.length == 0) {
            return List.of();
        }
        List<MatchResult> results = new ArrayList<>();
        Matcher m = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < regions.length; i += 2) {
            m.region(regions[i], regions[i + 1]);
            while (m.find()) {
                results.add(m.toMatchResult());
            }
        }
        return results;
    }

    /**
     * {@link #near(Pattern, List)} of a gated pattern: the same matches, with the pattern tried
     * only where one of its literals occurs inside the windows.
     */
    List<MatchResult> near(GatedPattern pattern, List<String> triggers) {
        int[] regions = regions(triggers);
        if (regions.length == 0) {
            return List.of();
        }
        List<MatchResult> results = new ArrayList<>(2);
        pattern.findAllIn(this, regions, results);
        return results;
    }

    /**
     * Whether {@link #near(GatedPattern, List)} would find a match (without finding them all:
     * {@link GatedPattern#anyIn}).
     */
    boolean anyNear(GatedPattern pattern, List<String> triggers) {
        return pattern.anyIn(this, regions(triggers));
    }

    /**
     * The windows of {@link #near}: {@value #NEAR_BEFORE} characters before and
     * {@value #NEAR_AFTER} after each occurrence of a trigger, merged where they overlap or touch,
     * as {@code [from0, to0, from1, to1, ...]} in text order (shared: do not modify).
     */
    int[] regions(List<String> triggers) {
        if (triggers == lastTriggers) {
            return lastRegions;
        }
        int[] r = computeRegions(triggers);
        lastTriggers = triggers;
        lastRegions = r;
        return r;
    }

    private int[] computeRegions(List<String> triggers) {
        String s = folded;
        int[] starts = null;
        int n = 0;
        for (int k = 0, size = triggers.size(); k < size; k++) { // no iterator: one call per parser and text
            int[] at = occurrences(triggers.get(k));
            if (at.length == 0) {
                continue;
            }
            if (starts == null) {
                starts = new int[Math.max(16, at.length)];
            } else if (n + at.length > starts.length) {
                starts = Arrays.copyOf(starts, Math.max(n * 2, n + at.length));
            }
            System.arraycopy(at, 0, starts, n, at.length);
            n += at.length;
        }
        if (n == 0) {
            return new int[0];
        }
        Arrays.sort(starts, 0, n);
        int[] out = new int[2 * n];
        int k = 0;
        int i = 0;
        while (i < n) {
            int from = Math.max(0, starts[i] - NEAR_BEFORE);
            int to = Math.min(s.length(), starts[i] + NEAR_AFTER);
            while (i + 1 < n && Math.max(0, starts[i + 1] - NEAR_BEFORE) <= to) {
                to = Math.max(to, Math.min(s.length(), starts[++i] + NEAR_AFTER));
            }
            i++;
            if (from < to) {
                out[k++] = from;
                out[k++] = to;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Positions of {@code trigger} in the folded text, in order, overlapping ones included (as
     * repeated {@link String#indexOf(String, int)} from the previous position + 1 gives them);
     * looked up once per text and string. In a long text a string of three or more characters
     * is searched only when {@link #mayContain} says it may occur; in a {@link #blanked} copy a
     * string without a space is taken from the original's occurrences.
     */
    int[] occurrences(String trigger) {
        if (trigramBits != null && parent == null && trigger.length() >= 3 && !mayContain(trigger)) {
            return NONE; // most strings looked for are absent: ruled out before the table
        }
        // an open-addressing table keyed by the strings themselves: the triggers and literals
        // are static constants, so the same instance comes back and is found by identity
        String[] keys = occurrenceKeys;
        if (keys == null) {
            keys = new String[OCCURRENCE_SLOTS];
            occurrenceKeys = keys;
            occurrenceValues = new int[OCCURRENCE_SLOTS][];
        }
        int mask = keys.length - 1;
        int h = trigger.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        for (String k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (k == trigger || k.equals(trigger)) {
                return occurrenceValues[slot];
            }
        }
        int[] found;
        if (parent != null && trigger.indexOf(' ') < 0) {
            found = outsideBlanks(parent.occurrences(trigger), trigger.length());
        } else if (trigger.length() < 3 || folded.length() < SHORT_TEXT) {
            found = searchAll(trigger);
        } else {
            found = filtered(trigger);
        }
        if (++occurrenceCount * 2 > keys.length) {
            growOccurrences();
            slot = (h ^ (h >>> 16)) & (occurrenceKeys.length - 1);
            while (occurrenceKeys[slot] != null) {
                slot = (slot + 1) & (occurrenceKeys.length - 1);
            }
        }
        occurrenceKeys[slot] = trigger;
        occurrenceValues[slot] = found;
        return found;
    }

    private void growOccurrences() {
        String[] oldKeys = occurrenceKeys;
        int[][] oldValues = occurrenceValues;
        String[] keys = new String[oldKeys.length * 2];
        int[][] values = new int[keys.length][];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            String k = oldKeys[i];
            if (k != null) {
                int h = k.hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = oldValues[i];
            }
        }
        occurrenceKeys = keys;
        occurrenceValues = values;
    }

    private int[] searchAll(String trigger) {
        int[] found = NONE;
        int n = 0;
        for (int at = folded.indexOf(trigger); at >= 0; at = folded.indexOf(trigger, at + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, Math.max(4, n * 2));
            }
            found[n++] = at;
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    private static final int[] NONE = new int[0];
    /**
     * Initial size of the occurrence table: a description keeps some 8 strings (at most about 20
     * in the benchmark's postings), since the strings its trigrams rule out are not kept.
     */
    private static final int OCCURRENCE_SLOTS = 64;
    /** Texts shorter than this are searched string by string ({@link #trigrams()} would cost more). */
    private static final int SHORT_TEXT = 160;
    private static final int TRIGRAM_BITS = 8192;

    /** The positions of a {@code length}-character string that do not overlap {@link #blanks}. */
    private int[] outsideBlanks(int[] at, int length) {
        int[] out = null;
        int n = 0;
        for (int i = 0; i < at.length; i++) {
            int p = at[i];
            boolean kept = true;
            for (int b = 0; b < blanks.length && kept; b += 2) {
                kept = p + length <= blanks[b] || p >= blanks[b + 1];
            }
            if (kept) {
                if (out != null) {
                    out[n] = p;
                }
                n++;
            } else if (out == null) {
                out = Arrays.copyOf(at, at.length);
            }
        }
        return out == null ? at : Arrays.copyOf(out, n);
    }

    /** {@link #searchAll} when the text may hold {@code trigger} ({@link #mayContain}), else none. */
    private int[] filtered(String trigger) {
        return mayContain(trigger) ? searchAll(trigger) : NONE;
    }

    /**
     * False when some three adjacent characters of {@code s} never occur in the folded text, so
     * that {@code s} cannot occur either: most strings looked for are absent from most texts,
     * and this rules them out without a search.
     */
    private boolean mayContain(String s) {
        long[] bits = trigrams();
        for (int i = 2; i < s.length(); i++) {
            int h = trigramHash(s.charAt(i - 2), s.charAt(i - 1), s.charAt(i));
            if ((bits[h >>> 6] & (1L << h)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** A bit set of the hashes of the folded text's three adjacent characters (computed once). */
    private long[] trigrams() {
        long[] bits = trigramBits;
        if (bits == null) {
            bits = new long[TRIGRAM_BITS / 64];
            char[] c = foldedChars();
            for (int i = 2; i < c.length; i++) {
                int h = trigramHash(c[i - 2], c[i - 1], c[i]);
                bits[h >>> 6] |= 1L << h;
            }
            trigramBits = bits;
        }
        return bits;
    }

    private static int trigramHash(char a, char b, char c) {
        return ((a * 31 + b) * 31 + c) & (TRIGRAM_BITS - 1);
    }

    /** Folds one string the same way as the text (for table keys and tests). */
    static String fold(String s) {
        char[] out = s.toCharArray();
        return (foldInPlace(out, null) & CHANGED) != 0 ? new String(out) : s;
    }


    /**
     * Folds the characters in place; returns {@link #CHANGED} when any changed, plus
     * {@link #NOT_ALIKE} when any is not {@link #ALIKE} and, for those that fold otherwise in
     * {@code RoleText}, how ({@link #NOT_ALIKE_BITS}). With {@code trigrams} (else null), also
     * sets there the bits {@link #trigrams()} holds.
     */
    private static int foldInPlace(char[] out, long[] trigrams) {
        int result = 0;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            char f;
            if (c < LATIN.length) {
                f = LATIN[c];
                result |= NOT_ALIKE_BITS[c];
            } else {
                f = foldChar(c);
                result |= c < ALIKE_END ? NOT_ALIKE_BITS[c] : NOT_ALIKE | NOT_TOKENS_ALIKE;
            }
            if (f != c) {
                out[i] = f;
                result |= CHANGED;
            }
            if (trigrams != null && i >= 2) {
                int t = trigramHash(out[i - 2], out[i - 1], f);
                trigrams[t >>> 6] |= 1L << t;
            }
        }
        return result;
    }

    /**
     * {@link #foldInPlace} of a text as published, checking on the way what
     * {@code TextHygiene.isClean} checks (the characters before folding are those cleaning looks
     * at: the pass only ever writes behind it; a change to one is a change to the other); as soon
     * as the text is found not clean, a negative value that tells where and the result bits so far
     * ({@link #stopOf}, {@link #flagsOf}). The pass may start at {@code from}, the characters before
     * it folded already and {@code result} their result bits (and their trigrams in {@code trigrams}).
     * (Finding the words in this pass too was tried: it cost this pass more than a word scan of
     * its own.)
     */
    private static int foldCleanInPlace(char[] out, long[] trigrams, int from, int result) {
        int n = out.length;
        char p2 = from >= 2 ? out[from - 2] : 0;
        char p1 = from >= 1 ? out[from - 1] : 0;
        int previous = PLAIN; // the kind of the character before (see ASCII_FOLD)
        int ascii = 0; // the ASCII characters' ASCII_FOLD entries, or-ed: their result bits
        for (int i = from; i < n; i++) {
            char c = out[i];
            char f;
            if (c < 0x80) {
                // no branch on the kind of character (letter, capital, space): in a text never
                // seen before, such a branch is mispredicted about once a word. A space or line
                // break is checked with the character after it, when that one comes; '&', '<'
                // and controls, rare, where they stand
                int x = ASCII_FOLD[c];
                int kind = x >>> KIND_SHIFT;
                if (((previous | OTHER) & kind) != 0) {
                    // a space or line break after one, or an OTHER character: rare
                    result |= (ascii >>> BITS_SHIFT) & 0xff;
                    if (previous == SPACE_OR_BREAK && TextHygiene.isAsciiFlaw(out, i - 1)) {
                        return notClean(i - 1, result); // a space or line break adds no result bit
                    }
                    if (kind == OTHER && TextHygiene.isAsciiFlaw(out, i)) {
                        return notClean(i, result);
                    }
                }
                previous = kind;
                f = (char) x;
                out[i] = f;
                ascii |= x;
            } else {
                previous = PLAIN;
                if (TextHygiene.isSpecial(c) && !TextHygiene.isKeptSeparator(java.nio.CharBuffer.wrap(out), i)) {
                    return notClean(i, result | (ascii >>> BITS_SHIFT) & 0xff);
                }
                f = foldChar(c);
                result |= c < ALIKE_END ? NOT_ALIKE_BITS[c] : NOT_ALIKE | NOT_TOKENS_ALIKE;
                if (f != c) {
                    out[i] = f;
                    result |= CHANGED;
                }
            }
            if (trigrams != null) {
                if (i >= 2) {
                    int t = trigramHash(p2, p1, f);
                    trigrams[t >>> 6] |= 1L << t;
                }
                p2 = p1;
                p1 = f;
            }
        }
        return result | (ascii >>> BITS_SHIFT) & 0xff;
    }

    /**
     * Per ASCII character, for {@link #foldCleanInPlace}: its fold (bits 0-15), the result bits
     * folding it gives ({@link #NOT_ALIKE_BITS} and {@link #CHANGED}, from bit
     * {@value #BITS_SHIFT}) and its kind (from bit {@value #KIND_SHIFT}): {@link #PLAIN},
     * {@link #SPACE_OR_BREAK} (a space or line break: a flaw only before another one, as
     * {@link TextHygiene#isAsciiFlaw} says), or {@link #OTHER} ('&amp;', '&lt;', a control: a flaw
     * where it stands, as {@link TextHygiene#isAsciiFlaw} says).
     */
    private static final int[] ASCII_FOLD = new int[0x80];
    private static final int BITS_SHIFT = 16;
    private static final int KIND_SHIFT = 24;
    private static final int PLAIN = 0;
    private static final int SPACE_OR_BREAK = 1;
    private static final int OTHER = 2;

    static {
        for (char c = 0; c < 0x80; c++) {
            int kind = c == ' ' || c == '\n' ? SPACE_OR_BREAK : c == '&' || c == '<' || c < ' ' ? OTHER : PLAIN;
            int bits = NOT_ALIKE_BITS[c] | (LATIN[c] != c ? CHANGED : 0);
            ASCII_FOLD[c] = LATIN[c] | bits << BITS_SHIFT | kind << KIND_SHIFT;
        }
    }


    /**
     * How far past a character {@link #foldCleanInPlace} may read to check it: a line break looks
     * two on, a '¿' four ({@link TextHygiene#isKeptSeparator}).
     */
    private static final int CHECK_REACH = 4;
    /**
     * Bits of {@link #foldCleanInPlace}'s result bits: {@link #CHANGED}, {@link #NOT_ALIKE},
     * {@link #NOT_TOKENS_ALIKE}, {@link #TOKENS_PATCHED}, {@link #TOKENS_EXPANDED}.
     */
    private static final int FLAG_BITS = 5;

    /** {@link #foldCleanInPlace}'s answer for a text found not clean at {@code i}, with the result bits so far. */
    private static int notClean(int i, int result) {
        return -1 - (i << FLAG_BITS | result);
    }

    /** Where {@link #foldCleanInPlace} found the text not clean (its answer was negative). */
    private static int stopOf(int fold) {
        return (-1 - fold) >>> FLAG_BITS;
    }

    /** The result bits of the characters {@link #foldCleanInPlace} folded before it stopped. */
    private static int flagsOf(int fold) {
        return (-1 - fold) & ((1 << FLAG_BITS) - 1);
    }

    private static char foldChar(char c) {
        if (c < LATIN.length) {
            return LATIN[c];
        }
        if (c < HIGH_END) {
            return HIGH[c - LATIN.length];
        }
        return foldHigh(c);
    }

    /** End (exclusive) of the range {@link #HIGH} covers. */
    private static final char HIGH_END = 0x3000;
    /**
     * {@link #foldHigh} of U+0250..U+2FFF, computed once: punctuation such as the euro sign
     * would otherwise go through {@link Normalizer} at every occurrence.
     */
    private static final char[] HIGH = new char[HIGH_END - 0x250];

    static {
        for (char c = 0x250; c < HIGH_END; c++) {
            HIGH[c - 0x250] = foldHigh(c);
        }
    }

    /** The fold of a character from U+0250 on. */
    private static char foldHigh(char c) {
        switch (c) {
            case '\u202f', '\u2009', '\u2007' -> {
                return ' ';
            }
            case '\u2019', '\u2018', '\u02bc' -> {
                return '\'';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return '-';
            }
            default -> {
                return foldSlow(c);
            }
        }
    }

    private static char foldSlow(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 0x80) {
            return lower;
        }
        String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        return d.isEmpty() ? lower : d.charAt(0);
    }
}
