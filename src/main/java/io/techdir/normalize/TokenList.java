package io.techdir.normalize;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The words of one folded text as {@link RoleText} tokenizes it, each made a {@code String} only
 * when asked for: a description has some 150 words, and the keyword scanners
 * ({@link RolePhrases#scan}, {@link PriorRoleDetector}) rule most of them out by their
 * {@link #key key} ({@link #key(int)}, taken from four of the word's characters when the scan
 * finds it) without the string. A list of strings like any other to every other reader; not
 * thread-safe (strings are made on first use), and read-only once built except for
 * {@link #remove(int)} during the scan.
 */
final class TokenList extends AbstractList<String> implements RandomAccess {

    private final char[] chars;
    private int[] starts;
    private int[] lengths;
    private int[] keys;
    private String[] strings;
    private int size;
    /** See {@link #joinedWords()}: {@code joinedSize} entries are valid. */
    private int[] joined = NO_JOINED;
    private int joinedSize;
    /** Whether a word was {@link #addReplaced replaced}: then its key is not its word's key. */
    private boolean replaced;
    private static final int[] NO_JOINED = new int[0];

    /** An empty list over the folded characters its words will come from (only read). */
    TokenList(char[] chars, int capacity) {
        this.chars = chars;
        int c = Math.max(4, capacity);
        starts = new int[c];
        lengths = new int[c];
        keys = new int[c];
        strings = new String[c];
    }

    /**
     * A word's key: its length and its first two and last two characters (each taken modulo 128),
     * mixed. Equal strings have equal keys; most different words have different ones. Cheaper
     * than {@link String#hashCode()} for a word being scanned (four characters instead of all,
     * and no loop), which is what the keyword scanners need to rule words out.
     */
    static int key(String w) {
        int n = w.length();
        if (n == 0) {
            return 0;
        }
        return mix(n, w.charAt(0), w.charAt(n > 1 ? 1 : 0), w.charAt(n > 1 ? n - 2 : 0), w.charAt(n - 1));
    }

    /** {@link #key(String)} of the word {@code c[start, end)} ({@code end > start}). */
    static int key(char[] c, int start, int end) {
        int last = end - 1;
        return mix(end - start, c[start], c[Math.min(start + 1, last)], c[Math.max(last - 1, start)], c[last]);
    }

    private static int mix(int length, char first, char second, char beforeLast, char last) {
        int x = ((((first & 0x7f) << 7 | second & 0x7f) << 7 | beforeLast & 0x7f) << 7 | last & 0x7f) ^ length << 28;
        x *= 0x9E3779B9;
        return x ^ (x >>> 15);
    }

    /** Adds the word {@code chars[start, start + length)}, whose {@link #key} is {@code key}. */
    void addWord(int start, int length, int key) {
        grow();
        starts[size] = start;
        lengths[size] = length;
        keys[size] = key;
        strings[size] = null;
        size++;
    }

    /**
     * Adds {@code s} in place of the word {@code chars[start, start + length)} (a word the
     * tokenizer rewrites, such as a feminine form made masculine).
     */
    void addReplaced(String s, int start, int length) {
        replaced = true;
        add(s);
        starts[size - 1] = start;
        lengths[size - 1] = length;
    }

    /** Adds a token that is not a word of the text (punctuation, a merged "r&amp;d"). */
    @Override
    public boolean add(String s) {
        grow();
        starts[size] = -1;
        lengths[size] = -1;
        keys[size] = key(s);
        strings[size] = s;
        size++;
        modCount++;
        return true;
    }

    /**
     * Records that the word {@code chars[start, end)} holds '&amp;' or '+' (in text order): see
     * {@link #joinedWords()}.
     */
    void markJoined(int start, int end) {
        int[] j = joined;
        if (joinedSize + 2 > j.length) {
            j = Arrays.copyOf(j, Math.max(8, j.length * 2));
            joined = j;
        }
        j[joinedSize++] = start;
        j[joinedSize++] = end;
    }

    /**
     * The words of the text holding '&amp;' or '+' (word characters to the tokenizer, not to
     * every reader), as {@code [start0, end0, start1, end1, ...]} in text order, those dropped
     * from the list included (shared: do not modify).
     */
    int[] joinedWords() {
        return joinedSize == joined.length ? joined : Arrays.copyOf(joined, joinedSize);
    }

    /** Whether the words come from these very characters. */
    boolean isOver(char[] c) {
        return chars == c;
    }

    /**
     * Where token {@code i} stands in the characters: the start of the word it was read from
     * (also for a {@link #addReplaced replaced} word), or -1 for a token that is not a word of
     * the text.
     */
    int start(int i) {
        checkIndex(i);
        return starts[i];
    }

    /** The length of the word token {@code i} was read from; -1 when {@link #start(int)} is. */
    int length(int i) {
        checkIndex(i);
        return lengths[i];
    }

    /**
     * {@link #key(char[], int, int)} of the word token {@code i} was read from (for a
     * {@link #addReplaced replaced} word: of the word, not of its replacement); undefined when
     * {@link #start(int)} is -1.
     */
    int wordKey(int i) {
        checkIndex(i);
        if (strings[i] == null) {
            return keys[i];
        }
        return lengths[i] > 0 ? key(chars, starts[i], starts[i] + lengths[i]) : 0;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token list: index " + i + "; expected 0.." + (size - 1));
        }
    }

    private void grow() {
        if (size == starts.length) {
            int c = size * 2;
            starts = Arrays.copyOf(starts, c);
            lengths = Arrays.copyOf(lengths, c);
            keys = Arrays.copyOf(keys, c);
            strings = Arrays.copyOf(strings, c);
        }
    }

    @Override
    public String get(int i) {
        checkIndex(i);
        String s = strings[i];
        if (s == null) {
            s = new String(chars, starts[i], lengths[i]);
            strings[i] = s;
        }
        return s;
    }

    /** {@link #key(String)} of {@link #get(int) get(i)}, without making the string. */
    int key(int i) {
        checkIndex(i);
        return keys[i];
    }

    /**
     * Whether word {@code i} is the string {@code w}: {@code get(i).equals(w)}, compared by key,
     * then character by character, without making the word a string (for tests and rare callers:
     * scanners keep their words' characters and keys, {@link #is(int, char[], int)}).
     */
    boolean is(int i, String w) {
        return is(i, w.toCharArray(), key(w));
    }

    /**
     * Whether word {@code i} is the word {@code w} (its characters, not modified), whose
     * {@link #key(String) key} is {@code key}: compared by key, then a word read from the text in place
     * ({@link Arrays#equals(char[], int, int, char[], int, int)}), a string token as a string.
     */
    boolean is(int i, char[] w, int key) {
        if (key(i) != key) {
            return false;
        }
        String s = strings[i];
        if (s != null) {
            // a string added (or read already): compare it
            if (s.length() != w.length) {
                return false;
            }
            for (int k = 0; k < w.length; k++) {
                if (s.charAt(k) != w[k]) {
                    return false;
                }
            }
            return true;
        }
        int start = starts[i];
        return lengths[i] == w.length && Arrays.equals(chars, start, start + w.length, w, 0, w.length);
    }

    /**
     * Whether tokens {@code i} and {@code j} are the same string ({@code get(i).equals(get(j))}),
     * compared by key, then in place when both are words read from the text.
     */
    boolean sameToken(int i, int j) {
        if (key(i) != key(j)) {
            return false;
        }
        if (strings[i] == null && strings[j] == null) {
            int length = lengths[i];
            return lengths[j] == length
                    && Arrays.equals(chars, starts[i], starts[i] + length, chars, starts[j], starts[j] + length);
        }
        return get(i).equals(get(j));
    }

    /**
     * The words' keys ({@link #key(int)}) as the list holds them: entries {@code [0, size())}
     * are valid. Shared, not copied, for scanners that visit every word: do not modify.
     */
    int[] keyArray() {
        return keys;
    }

    /**
     * The words' starts ({@link #start(int)}: -1 for a token that is not a word of the text) as
     * the list holds them: entries {@code [0, size())} are valid. Shared: do not modify.
     */
    int[] startArray() {
        return starts;
    }

    /** The words' lengths ({@link #length(int)}), as {@link #startArray()} holds their starts. */
    int[] lengthArray() {
        return lengths;
    }

    /**
     * The words' {@link #wordKey(int) word keys}, as {@link #startArray()} holds their starts, when
     * they are the tokens' {@link #keyArray() keys} (no word was {@link #addReplaced replaced});
     * else null.
     */
    int[] wordKeyArray() {
        return replaced ? null : keys;
    }

    @Override
    public String remove(int i) {
        String s = get(i);
        int moved = size - i - 1;
        System.arraycopy(starts, i + 1, starts, i, moved);
        System.arraycopy(lengths, i + 1, lengths, i, moved);
        System.arraycopy(keys, i + 1, keys, i, moved);
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
