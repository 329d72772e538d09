package io.techdir.normalize;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The words of one folded text as {@link RoleText} tokenizes it, each made a {@code String} only
 * when asked for: a description has some 150 words, and the keyword scanners
 * ({@link RolePhrases#scan}, {@link PriorRoleDetector}) rule most of them out by their
 * {@link String#hashCode()} ({@link #hash(int)}, computed during the scan) without the string.
 * A list of strings like any other to every other reader; not thread-safe (strings are made on
 * first use), and read-only once built except for {@link #remove(int)} during the scan.
 */
final class TokenList extends AbstractList<String> implements RandomAccess {

    private final char[] chars;
    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private String[] strings;
    private int size;

    /** An empty list over the folded characters its words will come from (only read). */
    TokenList(char[] chars, int capacity) {
        this.chars = chars;
        int c = Math.max(4, capacity);
        starts = new int[c];
        lengths = new int[c];
        hashes = new int[c];
        strings = new String[c];
    }

    /** Adds the word {@code chars[start, start + length)}, whose {@link String#hashCode()} is {@code hash}. */
    void addWord(int start, int length, int hash) {
        grow();
        starts[size] = start;
        lengths[size] = length;
        hashes[size] = hash;
        strings[size] = null;
        size++;
    }

    @Override
    public boolean add(String s) {
        grow();
        lengths[size] = -1;
        hashes[size] = s.hashCode();
        strings[size] = s;
        size++;
        modCount++;
        return true;
    }

    private void grow() {
        if (size == starts.length) {
            int c = size * 2;
            starts = Arrays.copyOf(starts, c);
            lengths = Arrays.copyOf(lengths, c);
            hashes = Arrays.copyOf(hashes, c);
            strings = Arrays.copyOf(strings, c);
        }
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token list: index " + i + "; expected 0.." + (size - 1));
        }
        String s = strings[i];
        if (s == null) {
            s = new String(chars, starts[i], lengths[i]);
            strings[i] = s;
        }
        return s;
    }

    /** {@link String#hashCode()} of {@link #get(int) get(i)}, without making the string. */
    int hash(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token list: index " + i + "; expected 0.." + (size - 1));
        }
        return hashes[i];
    }

    /**
     * Whether word {@code i} is the string {@code w}: {@code get(i).equals(w)}, compared by hash,
     * then character by character, without making the word a string.
     */
    boolean is(int i, String w) {
        if (hash(i) != w.hashCode()) {
            return false;
        }
        String s = strings[i];
        if (s != null) {
            return s.equals(w);
        }
        int length = lengths[i];
        if (length != w.length()) {
            return false;
        }
        int start = starts[i];
        for (int k = 0; k < length; k++) {
            if (chars[start + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words' hashes ({@link #hash(int)}) as the list holds them: entries {@code [0, size())}
     * are valid. Shared, not copied, for scanners that visit every word: do not modify.
     */
    int[] hashArray() {
        return hashes;
    }

    @Override
    public String remove(int i) {
        String s = get(i);
        int moved = size - i - 1;
        System.arraycopy(starts, i + 1, starts, i, moved);
        System.arraycopy(lengths, i + 1, lengths, i, moved);
        System.arraycopy(hashes, i + 1, hashes, i, moved);
        System.arraycopy(strings, i + 1, strings, i, moved);
        size--;
        strings[size] = null;
        modCount++;
        return s;
    }

    /**
     * Whether the last token is the string {@code s} itself, added by {@link #add} (a token
     * such as {@link RoleText#SENTENCE_END} that no word equals), without making the last word
     * a string.
     */
    boolean lastIs(String s) {
        return size > 0 && strings[size - 1] == s;
    }

    @Override
    public int size() {
        return size;
    }
}
