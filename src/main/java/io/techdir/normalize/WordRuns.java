package io.techdir.normalize;

import java.util.Arrays;

/**
 * The words of a folded text as found while folding it ({@link FoldedText#ofPublishedIfClean}):
 * each maximal run of {@link RoleText#isWordChar word characters}, in text order, with its
 * {@link String#hashCode()}, so that {@link RoleText} tokenizes the text without reading its
 * words again. Filled once by the folding pass, then only read.
 */
final class WordRuns {

    /** {@link RoleText#isWordChar} of the ASCII characters (no other character is a word character). */
    private static final boolean[] WORD_CHAR = new boolean[0x80];

    static {
        for (char c = 0; c < WORD_CHAR.length; c++) {
            WORD_CHAR[c] = RoleText.isWordChar(c);
        }
    }

    private int[] bounds;
    private int[] hashes;
    private int count;

    /** Room for {@code capacity} words to begin with (more are made room for). */
    WordRuns(int capacity) {
        int c = Math.max(4, capacity);
        bounds = new int[2 * c];
        hashes = new int[c];
    }

    /** Whether a folded character is a word character. */
    static boolean isWordChar(char c) {
        return c < WORD_CHAR.length && WORD_CHAR[c];
    }

    /** Adds the word {@code [start, end)}, whose {@link String#hashCode()} is {@code hash}. */
    void add(int start, int end, int hash) {
        if (count == hashes.length) {
            bounds = Arrays.copyOf(bounds, 4 * count);
            hashes = Arrays.copyOf(hashes, 2 * count);
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        hashes[count] = hash;
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
}
