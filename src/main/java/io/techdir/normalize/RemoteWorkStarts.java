package io.techdir.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Where the remote-work patterns' alternatives may start in the windows of a text (the few
 * hundred characters around the triggers): one pass over the windows looks for the literals of
 * all the patterns at once, instead of pattern by pattern and literal by literal over the whole
 * text. A pattern is then tried only where one of its literals starts inside a window, and there
 * only with the alternatives that literal starts ({@link RemoteWorkPattern#matcherAt}), which
 * gives the matches {@link GatedPattern#findAllIn} and {@link GatedPattern#anyIn} give (same
 * literals, same start conditions, same windows).
 *
 * <p>A literal may begin with {@code \b} (the character before is not an ASCII letter, digit or
 * '_') as in {@link GatedPattern}. Immutable; {@link #scan} gives a {@link Starts} per text.
 */
final class RemoteWorkStarts {

    private static final String WORD = "\\b";

    /** The patterns, by index; pattern i's alternatives are bits {@code offsets[i]...} of a start's mask. */
    private final RemoteWorkPattern[] patterns;
    private final int[] offsets;
    /** Per literal: its text, whether it needs a word start, and the bits of the alternatives it starts. */
    private final String[] literals;
    private final boolean[] wordStart;
    private final long[] alternativeBits;
    /** Per ASCII character: the literals starting with it (null when none). */
    private final int[][] byFirst = new int[128][];
    /** Per ASCII character: whether a literal starting with it may start at a word start, inside a word. */
    private final byte[] firstKinds = new byte[128];
    private static final byte AT_WORD = 1;
    private static final byte INSIDE = 2;
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

    /** Scans for the literals of the alternatives of {@code patterns} (64 alternatives at most in all). */
    RemoteWorkStarts(RemoteWorkPattern... patterns) {
        this.patterns = patterns.clone();
        this.offsets = new int[patterns.length];
        List<String> texts = new ArrayList<>();
        List<Boolean> words = new ArrayList<>();
        List<Long> bits = new ArrayList<>();
        int bit = 0;
        for (int p = 0; p < patterns.length; p++) {
            offsets[p] = bit;
            for (RemoteWorkPattern.Alternative a : patterns[p].alternatives()) {
                if (bit == 64) {
                    throw new IllegalArgumentException("remote-work starts: more than 64 alternatives");
                }
                for (String l : a.literals()) {
                    int at = literal(texts, words, bits, l);
                    bits.set(at, bits.get(at) | 1L << bit);
                }
                bit++;
            }
        }
        literals = texts.toArray(new String[0]);
        wordStart = new boolean[literals.length];
        alternativeBits = new long[literals.length];
        for (int i = 0; i < literals.length; i++) {
            wordStart[i] = words.get(i);
            alternativeBits[i] = bits.get(i);
            index(i);
        }
    }

    /** The index of literal {@code l} in the lists, added when new. */
    private static int literal(List<String> texts, List<Boolean> words, List<Long> bits, String l) {
        if (l.startsWith("(?")) {
            throw new IllegalArgumentException("remote-work starts: literal '" + l
                    + "'; expected plain text, after \\b at most");
        }
        boolean word = l.startsWith(WORD);
        String text = word ? l.substring(WORD.length()) : l;
        if (text.isEmpty() || text.chars().limit(3).anyMatch(c -> c >= 128)) {
            throw new IllegalArgumentException("remote-work starts: literal '" + l
                    + "'; expected a non-empty literal whose first three characters are ASCII");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).equals(text) && words.get(i) == word) {
                return i;
            }
        }
        texts.add(text);
        words.add(word);
        bits.add(0L);
        return texts.size() - 1;
    }

    /** Enters literal {@code i} in {@link #byFirst}, {@link #pairs} and the trigram sets. */
    private void index(int i) {
        String l = literals[i];
        char c = l.charAt(0);
        int[] ids = byFirst[c];
        ids = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
        ids[ids.length - 1] = i;
        byFirst[c] = ids;
        firstKinds[c] |= wordStart[i] ? AT_WORD : AT_WORD | INSIDE;
        if (l.length() == 1) {
            for (int second = 0; second < 128; second++) {
                pairs[c << 7 | second] |= wordStart[i] ? SHORT_AT_WORD : SHORT_INSIDE;
            }
        } else if (l.length() == 2) {
            pairs[c << 7 | l.charAt(1)] |= wordStart[i] ? SHORT_AT_WORD : SHORT_INSIDE;
        } else {
            pairs[c << 7 | l.charAt(1)] |= wordStart[i] ? LONG_AT_WORD : LONG_INSIDE;
            int h = hash(c, l.charAt(1), l.charAt(2));
            longAtWord[h >>> 6] |= 1L << h;
            if (!wordStart[i]) {
                longInside[h >>> 6] |= 1L << h;
            }
        }
    }


    private static int hash(char a, char b, char c) {
        return ((a * 31 + b) * 31 + c) & (TRIGRAM_BITS - 1);
    }

    /**
     * The positions inside {@code windows} ({@code [from0, to0, from1, to1, ...]}, sorted, disjoint)
     * of {@code s} ({@code chars} holds its characters) where a literal starts with its condition,
     * with the alternatives it starts.
     */
    Starts scan(String s, char[] chars, int[] windows) {
        Starts out = new Starts(s, windows);
        int length = chars.length;
        for (int w = 0; w < windows.length; w += 2) {
            int to = windows[w + 1];
            int from = windows[w];
            boolean afterWordChar = from > 0 && GatedPattern.isWordChar(chars[from - 1]);
            for (int i = from; i < to; i++) {
                char c = chars[i];
                boolean word = !afterWordChar;
                afterWordChar = GatedPattern.isWordChar(c);
                if (c >= byFirst.length || (firstKinds[c] & (word ? AT_WORD : INSIDE)) == 0) {
                    continue;
                }
                if (i + 2 < length && !mayStart(c, chars[i + 1], chars[i + 2], word)) {
                    continue;
                }
                long mask = 0;
                for (int id : byFirst[c]) {
                    if ((word || !wordStart[id]) && (mask | alternativeBits[id]) != mask
                            && s.startsWith(literals[id], i)) {
                        mask |= alternativeBits[id];
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

    /** The literal starts found in the windows of one text; the patterns are tried there. */
    final class Starts {
        private final String s;
        private final int[] windows;
        /** Per start, two values: its position and its window's index in {@link #windows}; the alternatives' bits. */
        private int[] at = NO_STARTS;
        private long[] masks = NO_MASKS;
        private int size;

        private Starts(String s, int[] windows) {
            this.s = s;
            this.windows = windows;
        }

        private void add(int p, int w, long mask) {
            if (size == masks.length) {
                at = Arrays.copyOf(at, Math.max(16, size * 4));
                masks = Arrays.copyOf(masks, Math.max(8, size * 2));
            }
            at[2 * size] = p;
            at[2 * size + 1] = w;
            masks[size++] = mask;
        }

        /** Pattern {@code pattern}'s alternatives starting at start {@code i}, as bits from 0; 0 when none. */
        private long subset(int pattern, int i) {
            int from = offsets[pattern];
            int count = patterns[pattern].alternatives().size();
            long bits = masks[i] >>> from;
            return count == 64 ? bits : bits & ((1L << count) - 1);
        }

        /**
         * The matches of pattern {@code pattern} in the windows, window by window, as repeated
         * {@link Matcher#find()} over each window gives them ({@link GatedPattern#findAllIn}).
         */
        List<MatchResult> findAll(int pattern) {
            List<MatchResult> out = List.of();
            int done = -1;
            int doneWindow = -1;
            for (int i = 0; i < size; i++) {
                long subset = subset(pattern, i);
                if (subset == 0) {
                    continue;
                }
                int p = at[2 * i];
                int w = at[2 * i + 1];
                if (w != doneWindow) {
                    doneWindow = w;
                    done = windows[w];
                }
                if (p < done) {
                    continue;
                }
                Matcher m = patterns[pattern].matcherAt(s, p, windows[w + 1], subset);
                if (m.lookingAt()) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(2);
                    }
                    out.add(m.toMatchResult());
                    done = m.end() == p ? p + 1 : m.end();
                }
            }
            return out;
        }

        /** Whether pattern {@code pattern} matches in a window ({@link GatedPattern#anyIn}). */
        boolean any(int pattern) {
            for (int i = 0; i < size; i++) {
                long subset = subset(pattern, i);
                if (subset != 0 && patterns[pattern].matcherAt(s, at[2 * i], windows[at[2 * i + 1] + 1], subset)
                        .lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int[] NO_STARTS = new int[0];
    private static final long[] NO_MASKS = new long[0];
}
