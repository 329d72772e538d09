package io.techdir.normalize;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a folded text ({@code [a-z0-9]} runs) that may be {@link DegreeVocabulary#WORDS}
 * keys, found in one pass that does per character only what it must: a table lookup to tell
 * word characters from others. A word is tested by its shape (length, first and last
 * character: a bit set of the keys' shapes) when it ends, and hashed only when its shape is a
 * key's; a description's words are then ruled out without a hash chain over every character
 * (which cost more than the rest of the pass).
 */
final class DegreeWords {

    private static final int SHAPE_BITS = 4096;
    /** {@link #shape} bits of the {@link DegreeVocabulary#WORDS} keys. */
    private static final long[] SHAPES = new long[SHAPE_BITS / 64];
    /** {@code [a-z0-9]}: the characters of a word (any other character ends it). */
    private static final boolean[] WORD_CHAR = new boolean[Character.MAX_VALUE + 1];
    private static final int[] NONE = new int[0];
    private static final int KEY_BITS = 4096;
    /** Bits of the {@link TokenList#key keys} of the {@link DegreeVocabulary#WORDS} keys. */
    private static final long[] KEYS = new long[KEY_BITS / 64];

    static {
        for (String w : DegreeVocabulary.WORDS.keySet()) {
            int key = TokenList.key(w) & (KEY_BITS - 1);
            KEYS[key >>> 6] |= 1L << key;
            int s = shape(w.length(), w.charAt(0), w.charAt(w.length() - 1));
            SHAPES[s >>> 6] |= 1L << s;
        }
        for (char ch = 'a'; ch <= 'z'; ch++) {
            WORD_CHAR[ch] = true;
        }
        for (char ch = '0'; ch <= '9'; ch++) {
            WORD_CHAR[ch] = true;
        }
    }

    private DegreeWords() {
    }

    /**
     * The words of {@code c} that may be {@link DegreeVocabulary#WORDS} keys (every word that
     * is one, and a few that are not), in order, as {@code [start0, end0, start1, end1, ...]}.
     */
    static int[] candidates(char[] c) {
        Found out = new Found();
        out.runs(c, 0, c.length);
        return out.toArray();
    }

    /**
     * {@link #candidates(char[])} of {@code c}, from the words the tokenizer found in it when
     * {@code words} is a {@link TokenList} over {@code c} (else from the characters): its words
     * are the runs of {@code [a-z0-9&+]}, those holding '&amp;' or '+' are split here, and the few
     * characters it drops (gender tag letters, gender suffixes such as the "e" of "(e)") are none
     * of the vocabulary's words. Most words are ruled out by their {@link TokenList#key key},
     * found during the tokenizer's scan, without a pass of this class's own over the text.
     */
    static int[] candidates(char[] c, List<String> words) {
        if (!(words instanceof TokenList list) || !list.isOver(c)) {
            return candidates(c);
        }
        Found out = new Found();
        int[] joined = list.joinedWords();
        int j = 0;
        int[] starts = list.startArray();
        int[] lengths = list.lengthArray();
        int[] wordKeys = list.wordKeyArray();
        for (int i = 0, n = list.size(); i < n; i++) {
            int start = starts[i];
            if (start < 0) {
                continue;
            }
            int end = start + lengths[i];
            while (j < joined.length && joined[j] < start) {
                j += 2;
            }
            if (j < joined.length && joined[j] == start) {
                out.runs(c, start, end); // "bac+5", "r&d": the runs between the joiners
                j += 2;
                continue;
            }
            int key = (wordKeys != null ? wordKeys[i] : list.wordKey(i)) & (KEY_BITS - 1);
            if ((KEYS[key >>> 6] & (1L << key)) != 0 && mayBeKey(c, start, end)) {
                out.add(start, end);
            }
        }
        return out.toArray();
    }

    /** Candidates being found, in order. */
    private static final class Found {
        private int[] at = NONE;
        private int size;

        /** Adds the {@code [a-z0-9]} runs of {@code c[from, to)} that may be keys. */
        void runs(char[] c, int from, int to) {
            boolean inWord = false;
            int start = from;
            for (int i = from; i < to; i++) {
                boolean word = WORD_CHAR[c[i]];
                if (word != inWord) {
                    if (word) {
                        start = i;
                    } else if (mayBeKey(c, start, i)) {
                        add(start, i);
                    }
                    inWord = word;
                }
            }
            if (inWord && mayBeKey(c, start, to)) {
                add(start, to);
            }
        }

        void add(int start, int end) {
            if (size + 2 > at.length) {
                at = Arrays.copyOf(at, Math.max(8, at.length * 2));
            }
            at[size++] = start;
            at[size++] = end;
        }

        int[] toArray() {
            return size == at.length ? at : Arrays.copyOf(at, size);
        }
    }

    /** Whether the word {@code c[start, end)} may be a key: its shape first, then its hash. */
    private static boolean mayBeKey(char[] c, int start, int end) {
        int s = shape(end - start, c[start], c[end - 1]);
        if ((SHAPES[s >>> 6] & (1L << s)) == 0) {
            return false;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + c[i];
        }
        return DegreeVocabulary.mayBeWord(hash);
    }

    /** A word's length, first and last characters, as a bit index below {@link #SHAPE_BITS}. */
    private static int shape(int length, char first, char last) {
        return (length * 1021 + first * 31 + last) & (SHAPE_BITS - 1);
    }
}
