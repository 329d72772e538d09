package io.techdir.normalize;

import java.util.Arrays;

/**
 * The words of a folded text as found while folding it ({@link FoldedText#ofPublishedIfClean}):
 * each maximal run of {@link RoleText#isWordChar word characters}, in text order, with its
 * {@link String#hashCode()}, so that {@link RoleText} tokenizes the text without reading its
 * words again. Filled once by the folding pass, then only read.
 */
final class WordRuns {

    /**
     * Per ASCII character: 0 when it is not a {@link RoleText#isWordChar word character},
     * {@link #LETTER_OR_DIGIT} for {@code [a-z0-9]}, {@link #JOINER} for '&amp;' and '+' (which
     * join letters into one word, "r&amp;d", "c++", but not for every reader: see {@link #joined}).
     */
    private static final byte[] KIND = new byte[0x80];
    static final byte LETTER_OR_DIGIT = 1;
    static final byte JOINER = 2;

    static {
        for (char c = 0; c < KIND.length; c++) {
            KIND[c] = !RoleText.isWordChar(c) ? 0 : c == '&' || c == '+' ? JOINER : LETTER_OR_DIGIT;
        }
    }

    private int[] bounds;
    private int[] hashes;
    private boolean[] joined;
    private int count;

    /** Room for {@code capacity} words to begin with (more are made room for). */
    WordRuns(int capacity) {
        int c = Math.max(4, capacity);
        bounds = new int[2 * c];
        hashes = new int[c];
        joined = new boolean[c];
    }

    /** The {@link #KIND} of a folded character: 0 when it is not a word character. */
    static byte kind(char c) {
        return c < KIND.length ? KIND[c] : 0;
    }

    /**
     * Adds the word {@code [start, end)}, whose {@link String#hashCode()} is {@code hash};
     * {@code kinds} is the OR of its characters' {@link #kind}s.
     */
    void add(int start, int end, int hash, int kinds) {
        if (count == hashes.length) {
            bounds = Arrays.copyOf(bounds, 4 * count);
            hashes = Arrays.copyOf(hashes, 2 * count);
            joined = Arrays.copyOf(joined, 2 * count);
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        hashes[count] = hash;
        joined[count] = (kinds & JOINER) != 0;
        count++;
    }

    /** The number of words. */
    int count() {
        return count;
    }

    /** Where word {@code r} starts. */
    int start(int r) {
        return bounds[2 * r];
    }

    /** Where word {@code r} ends (exclusive). */
    int end(int r) {
        return bounds[2 * r + 1];
    }

    /** {@link String#hashCode()} of word {@code r}. */
    int hash(int r) {
        return hashes[r];
    }

    /**
     * Whether word {@code r} holds a '&amp;' or '+': then it is several {@code [a-z0-9]} words (or
     * none) for a reader whose words are letters and digits only.
     */
    boolean joined(int r) {
        return joined[r];
    }
}
