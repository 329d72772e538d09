package io.techdir.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remote-work patterns' starting literals, looked for in one pass over the windows of a text
 * (the few hundred characters around the triggers) instead of pattern by pattern and literal by
 * literal over the whole text: a gated pattern is then tried only where one of its literals
 * starts inside a window, exactly as {@link GatedPattern#findAllIn} and {@link GatedPattern#anyIn}
 * would try it (same literals, same start conditions, same windows), so the matches are the same.
 *
 * <p>A literal may begin with {@code \b} (the character before is not an ASCII letter, digit or
 * '_') as in {@link GatedPattern}. Immutable; {@link #scan} gives a {@link Starts} per text.
 */
final class RemoteWorkStarts {

    private static final String WORD = "\\b";

    /** The patterns, by index. */
    private final Pattern[] patterns;
    /** Per literal: its text, whether it needs a word start, and the bit of each pattern it gates. */
    private final String[] literals;
    private final boolean[] wordStart;
    private final int[] patternBits;
    /** Per literal: the bits of the patterns it is the first literal of (tried first by {@link Starts#any}). */
    private final int[] leadBits;
    /** Per ASCII character: the literals starting with it (null when none). */
    private final int[][] byFirst = new int[128][];
    /**
     * Per two ASCII characters {@code (first << 7) | second}: which kinds of literal may start
     * with them ({@link #SHORT_AT_WORD} ... {@link #LONG_INSIDE}); a literal of one character
     * marks every second character. Most positions are ruled out by this one look-up.
     */
    private final byte[] pairs = new byte[128 * 128];
    /** A literal of one or two characters that needs a word start. */
    private static final byte SHORT_AT_WORD = 1;
    /** A literal of one or two characters that may start anywhere. */
    private static final byte SHORT_INSIDE = 2;
    /** A literal of three characters or more that needs a word start. */
    private static final byte LONG_AT_WORD = 4;
    /** A literal of three characters or more that may start anywhere. */
    private static final byte LONG_INSIDE = 8;
    /**
     * The hashes ({@link #hash}) of the first three characters of the long literals, those that
     * may start anywhere in {@link #longInside}, all of them in {@link #longAtWord}: a position
     * whose pair only long literals start with is ruled out when its three characters are not there.
     */
    private final long[] longAtWord = new long[TRIGRAM_BITS / 64];
    private final long[] longInside = new long[TRIGRAM_BITS / 64];
    private static final int TRIGRAM_BITS = 4096;

    /**
     * Gates for {@code patterns[i]} the literals {@code starts[i]} (each a contract: every match of
     * the pattern starts with one of them).
     */
    RemoteWorkStarts(Pattern[] patterns, String[][] starts) {
        if (patterns.length != starts.length || patterns.length > LEAD) {
            throw new IllegalArgumentException("remote-work starts: " + patterns.length + " patterns and "
                    + starts.length + " literal lists; expected as many, at most " + LEAD);
        }
        this.patterns = patterns.clone();
        List<String> texts = new ArrayList<>();
        List<Boolean> words = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        List<Integer> leads = new ArrayList<>();
        for (int p = 0; p < starts.length; p++) {
            for (String l : starts[p]) {
                boolean lead = l == starts[p][0];
                if (l.startsWith("(?")) {
                    throw new IllegalArgumentException("remote-work starts: literal '" + l
                            + "'; expected plain text, after \\b at most");
                }
                boolean word = l.startsWith(WORD);
                String text = word ? l.substring(WORD.length()) : l;
                if (text.isEmpty() || text.charAt(0) >= byFirst.length) {
                    throw new IllegalArgumentException("remote-work starts: literal '" + l
                            + "'; expected a non-empty literal starting with an ASCII character");
                }
                int at = indexOf(texts, words, text, word);
                if (at < 0) {
                    at = texts.size();
                    texts.add(text);
                    words.add(word);
                    bits.add(0);
                    leads.add(0);
                }
                bits.set(at, bits.get(at) | 1 << p);
                leads.set(at, leads.get(at) | (lead ? 1 << p : 0));
            }
        }
        literals = texts.toArray(new String[0]);
        wordStart = new boolean[literals.length];
        patternBits = new int[literals.length];
        leadBits = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            wordStart[i] = words.get(i);
            patternBits[i] = bits.get(i);
            leadBits[i] = leads.get(i);
            char c = literals[i].charAt(0);
            int[] ids = byFirst[c];
            ids = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
            ids[ids.length - 1] = i;
            byFirst[c] = ids;
            String l = literals[i];
            if (l.length() == 1) {
                for (int second = 0; second < 128; second++) {
                    pairs[c << 7 | second] |= wordStart[i] ? SHORT_AT_WORD : SHORT_INSIDE;
                }
                continue;
            }
            if (l.charAt(1) >= 128 || l.length() > 2 && l.charAt(2) >= 128) {
                throw new IllegalArgumentException("remote-work starts: literal '" + l
                        + "'; expected ASCII first three characters");
            }
            if (l.length() == 2) {
                pairs[c << 7 | l.charAt(1)] |= wordStart[i] ? SHORT_AT_WORD : SHORT_INSIDE;
                continue;
            }
            pairs[c << 7 | l.charAt(1)] |= wordStart[i] ? LONG_AT_WORD : LONG_INSIDE;
            int h = hash(c, l.charAt(1), l.charAt(2));
            longAtWord[h >>> 6] |= 1L << h;
            if (!wordStart[i]) {
                longInside[h >>> 6] |= 1L << h;
            }
        }
    }

    private static int indexOf(List<String> texts, List<Boolean> words, String text, boolean word) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).equals(text) && words.get(i) == word) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The windows of {@link FoldedText#near}: {@link FoldedText#NEAR_BEFORE} characters before and
     * {@link FoldedText#NEAR_AFTER} after each occurrence of a trigger, merged where they overlap
     * or touch, as {@code [from0, to0, from1, to1, ...]} in text order. The occurrences come from
     * the text's own index ({@link FoldedText#occurrences}), shared with the other parsers.
     */
    static int[] windows(FoldedText text, List<String> triggers) {
        int[] starts = null;
        int n = 0;
        for (String t : triggers) {
            int[] found = text.occurrences(t);
            if (found.length == 0) {
                continue;
            }
            if (starts == null) {
                starts = new int[Math.max(16, found.length)];
            } else if (n + found.length > starts.length) {
                starts = Arrays.copyOf(starts, Math.max(n * 2, n + found.length));
            }
            System.arraycopy(found, 0, starts, n, found.length);
            n += found.length;
        }
        if (n == 0) {
            return NONE;
        }
        Arrays.sort(starts, 0, n);
        int length = text.folded().length();
        int[] out = new int[2 * n];
        int k = 0;
        int i = 0;
        while (i < n) {
            int from = Math.max(0, starts[i] - FoldedText.NEAR_BEFORE);
            int to = Math.min(length, starts[i] + FoldedText.NEAR_AFTER);
            while (i + 1 < n && Math.max(0, starts[i + 1] - FoldedText.NEAR_BEFORE) <= to) {
                to = Math.max(to, Math.min(length, starts[++i] + FoldedText.NEAR_AFTER));
            }
            i++;
            if (from < to) {
                out[k++] = from;
                out[k++] = to;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private static final int[] NONE = new int[0];

    /** Where the lead bits ({@link #leadBits}) stand in a start's mask, after the pattern bits. */
    private static final int LEAD = 15;

    private static int hash(char a, char b, char c) {
        return ((a * 31 + b) * 31 + c) & (TRIGRAM_BITS - 1);
    }

    /**
     * The positions inside {@code windows} ({@code [from0, to0, from1, to1, ...]}, sorted, disjoint)
     * of {@code s} where a literal starts with its condition, with the patterns it gates.
     */
    Starts scan(String s, int[] windows) {
        Starts out = new Starts(s, windows);
        int length = s.length();
        for (int w = 0; w < windows.length; w += 2) {
            int to = windows[w + 1];
            for (int i = windows[w]; i < to; i++) {
                char c = s.charAt(i);
                if (c >= byFirst.length || byFirst[c] == null) {
                    continue;
                }
                boolean word = i == 0 || !isWordChar(s.charAt(i - 1));
                if (i + 2 < length && !mayStart(c, s.charAt(i + 1), s.charAt(i + 2), word)) {
                    continue;
                }
                int mask = 0;
                for (int id : byFirst[c]) {
                    if ((word || !wordStart[id]) && (mask | patternBits[id] | leadBits[id] << LEAD) != mask
                            && s.startsWith(literals[id], i)) {
                        mask |= patternBits[id] | leadBits[id] << LEAD;
                    }
                }
                if (mask != 0) {
                    out.add(i, w, mask);
                }
            }
        }
        return out;
    }

    /** False when no literal can start with these three characters (at a word start, or inside a word). */
    private boolean mayStart(char c, char next, char third, boolean word) {
        if (next >= 128) {
            return true;
        }
        int kinds = pairs[c << 7 | next] & (word ? 0xf : SHORT_INSIDE | LONG_INSIDE);
        if ((kinds & (SHORT_AT_WORD | SHORT_INSIDE)) != 0) {
            return true;
        }
        if (kinds == 0) {
            return false;
        }
        int h = hash(c, next, third);
        return ((word ? longAtWord : longInside)[h >>> 6] & 1L << h) != 0;
    }

    /** What {@code \b} before a word character requires not to precede it (as {@link GatedPattern} reads it). */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The literal starts found in the windows of one text; their patterns tried there. */
    final class Starts {
        private final String s;
        private final int[] windows;
        /** Per start, three values: its position, the index of its window in {@link #windows}, its patterns' bits. */
        private int[] found = NONE;
        private int size;
        private Matcher[] matchers;

        private Starts(String s, int[] windows) {
            this.s = s;
            this.windows = windows;
        }

        private void add(int p, int w, int mask) {
            if (size == found.length) {
                found = Arrays.copyOf(found, Math.max(24, size * 2));
            }
            found[size++] = p;
            found[size++] = w;
            found[size++] = mask;
        }

        private Matcher matcher(int pattern) {
            if (matchers == null) {
                matchers = new Matcher[patterns.length];
            }
            Matcher m = matchers[pattern];
            if (m == null) {
                m = patterns[pattern].matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[pattern] = m;
            }
            return m;
        }

        /**
         * The matches of pattern {@code pattern} in the windows, window by window, as repeated
         * {@link Matcher#find()} over each window gives them ({@link GatedPattern#findAllIn}).
         */
        List<MatchResult> findAll(int pattern) {
            List<MatchResult> out = List.of();
            int bit = 1 << pattern;
            int done = -1;
            int doneWindow = -1;
            for (int i = 0; i < size; i += 3) {
                if ((found[i + 2] & bit) == 0) {
                    continue;
                }
                int p = found[i];
                if (found[i + 1] != doneWindow) {
                    doneWindow = found[i + 1];
                    done = windows[doneWindow];
                }
                if (p < done) {
                    continue;
                }
                Matcher m = matcher(pattern);
                if (m.region(p, windows[doneWindow + 1]).lookingAt()) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(2);
                    }
                    out.add(m.toMatchResult());
                    done = m.end() == p ? p + 1 : m.end();
                }
            }
            return out;
        }

        /**
         * Whether pattern {@code pattern} matches in a window ({@link GatedPattern#anyIn}): first
         * where its first literal starts (often the pattern's own trigger, which answers), then
         * at the other starts.
         */
        boolean any(int pattern) {
            int bit = 1 << pattern;
            int lead = bit << LEAD;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < size; i += 3) {
                    int mask = found[i + 2];
                    if ((mask & bit) != 0 && ((mask & lead) != 0) == (pass == 0)
                            && matcher(pattern).region(found[i], windows[found[i + 1] + 1]).lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
