package io.techdir.normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * A table of word phrases ("systemes d information", "cloud") each bound to a value, found in
 * a token list by longest match first: a matched phrase consumes its words, so
 * "technologies de l information et de la communication" is not also "communication".
 *
 * @param <V> the value bound to a phrase
 */
final class RolePhrases<V extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Value bound to each phrase. */
    private final HashMap<String, V> phrases = new HashMap<>();
    /** Longest phrase length (in words) per first word. */
    private final HashMap<String, Integer> longest = new HashMap<>();
    /** Phrases consumed without a value. */
    private final HashMap<String, Boolean> blocked = new HashMap<>();
    /** {@link #index()}, built on first use (and again after deserialization or an addition). */
    private transient volatile Index byFirst;
    private static final int FIRST_WORD_BITS = 4096;

    /** Adds a phrase (folded words separated by single spaces). */
    RolePhrases<V> add(String phrase, V value) {
        String key = String.join(" ", RoleText.words(RoleText.fold(phrase)));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("phrase table: empty phrase '" + phrase
                    + "'; expected at least one word");
        }
        phrases.put(key, value);
        byFirst = null;
        String first = key.split(" ", 2)[0];
        longest.merge(first, key.split(" ").length, Math::max);
        return this;
    }

    /** Adds a phrase that is consumed without a value (a known false friend). */
    RolePhrases<V> block(String phrase) {
        String key = String.join(" ", RoleText.words(RoleText.fold(phrase)));
        blocked.put(key, Boolean.TRUE);
        byFirst = null;
        String first = key.split(" ", 2)[0];
        longest.merge(first, key.split(" ").length, Math::max);
        return this;
    }

    /** Calls {@code found} with each value found and the index of its first word. */
    @SuppressWarnings("unchecked")
    void scan(List<String> tokens, ObjIntConsumer<V> found) {
        Index index = index();
        long[] firstWords = index.firstWordBits;
        int size = tokens.size();
        // a token list gives each word's key and compares words without making them strings
        TokenList list = tokens instanceof TokenList t ? t : null;
        int[] keys = list != null ? list.keyArray() : null;
        int i = 0;
        while (i < size) {
            int key = keys != null ? keys[i] : TokenList.key(tokens.get(i));
            int bit = bitOfKey(key);
            if ((firstWords[bit >>> 6] & (1L << bit)) == 0) {
                i++;
                continue;
            }
            Entry[] entries = index.entries(key, tokens, list, i);
            int step = 1;
            if (entries != null) {
                int room = size - i;
                for (Entry e : entries) {
                    String[] words = e.words;
                    if (words.length > room || !(list != null ? matches(list, i, e) : matches(tokens, i, words))) {
                        continue;
                    }
                    step = words.length;
                    if (e.value != null) {
                        found.accept((V) e.value, i);
                    }
                    break;
                }
            }
            i += step;
        }
    }

    /** Whether the tokens from {@code at + 1} on are the phrase's words after its first. */
    private static boolean matches(List<String> tokens, int at, String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (!words[k].equals(tokens.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #matches(List, int, String[])} in a token list, word by word in place. */
    private static boolean matches(TokenList list, int at, Entry e) {
        for (int k = 1; k < e.words.length; k++) {
            if (!list.is(at + k, e.chars[k], e.keys[k])) {
                return false;
            }
        }
        return true;
    }

    /** The number of words of a phrase as added ({@link #add}), e.g. to skip past a match. */
    static int wordCount(String phrase) {
        int n = 1;
        for (int i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The phrases and blocked phrases by first word, longest first (a blocked phrase has a null
     * value), built on first use: matching word by word gives what joining the next words and
     * looking the phrase up gives, without building strings.
     */
    private Index index() {
        Index index = byFirst;
        if (index == null) {
            Map<String, List<Entry>> lists = new HashMap<>();
            for (Map.Entry<String, V> e : phrases.entrySet()) {
                if (!blocked.containsKey(e.getKey())) {
                    add(lists, e.getKey(), e.getValue());
                }
            }
            for (String key : blocked.keySet()) {
                add(lists, key, null);
            }
            index = new Index(lists);
            byFirst = index;
        }
        return index;
    }

    /**
     * The entries by first word in an open-addressing table keyed by the word's
     * {@link TokenList#key(String) key}, so that a {@link TokenList} word is looked up by its key
     * and compared in place ({@link TokenList#is}); and the bits of the first words' keys, which
     * rule most words out before any lookup.
     */
    private static final class Index {
        private final String[] firstWords;
        private final char[][] firstChars;
        private final int[] keys;
        private final Entry[][] entries;
        private final int mask;
        /** 32 less the number of bits of a slot index: {@link #slot} keeps the product's top bits. */
        private final int shift;
        final long[] firstWordBits = new long[FIRST_WORD_BITS / 64];

        Index(Map<String, List<Entry>> lists) {
            int slots = Integer.highestOneBit(Math.max(4, lists.size()) * 4);
            firstWords = new String[slots];
            firstChars = new char[slots][];
            keys = new int[slots];
            entries = new Entry[slots][];
            mask = slots - 1;
            shift = Integer.numberOfLeadingZeros(mask);
            for (Map.Entry<String, List<Entry>> e : lists.entrySet()) {
                String first = e.getKey();
                int h = TokenList.key(first);
                int bit = bitOfKey(h);
                firstWordBits[bit >>> 6] |= 1L << bit;
                Entry[] sorted = e.getValue().toArray(new Entry[0]);
                java.util.Arrays.sort(sorted, (a, b) -> Integer.compare(b.words.length, a.words.length));
                int slot = slot(h);
                while (firstWords[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                firstWords[slot] = first;
                firstChars[slot] = first.toCharArray();
                keys[slot] = h;
                entries[slot] = sorted;
            }
        }

        /** The first slot of a key: the top bits of its product with the golden ratio. */
        private int slot(int key) {
            return (key * 0x9E3779B9) >>> shift;
        }

        /** The entries whose first word is token {@code i} (its key is {@code key}), or null. */
        Entry[] entries(int key, List<String> tokens, TokenList list, int i) {
            String token = null;
            for (int slot = slot(key); firstWords[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] != key) {
                    continue;
                }
                String first = firstWords[slot];
                if (list != null) {
                    if (list.is(i, firstChars[slot], key)) {
                        return entries[slot];
                    }
                } else {
                    if (token == null) {
                        token = tokens.get(i);
                    }
                    if (first.equals(token)) {
                        return entries[slot];
                    }
                }
            }
            return null;
        }
    }

    /** A word's bit in {@link Index#firstWordBits}: a set test cheaper than a map lookup. */
    private static int bitOfKey(int key) {
        return key & (FIRST_WORD_BITS - 1);
    }

    private static void add(Map<String, List<Entry>> lists, String key, Object value) {
        String[] words = key.split(" ");
        lists.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry(words, value));
    }

    /** A phrase's words and its value (null when blocked). */
    private record Entry(String[] words, char[][] chars, int[] keys, Object value) {

        Entry(String[] words, Object value) {
            this(words, java.util.Arrays.stream(words).map(String::toCharArray).toArray(char[][]::new),
                    java.util.Arrays.stream(words).mapToInt(TokenList::key).toArray(), value);
        }
    }

    /** All values found, in text order (repeats kept). */
    List<V> findAll(List<String> tokens) {
        List<V> out = new ArrayList<>();
        scan(tokens, (value, at) -> out.add(value));
        return out;
    }

    /** Whether any phrase of the table occurs. */
    boolean any(List<String> tokens) {
        return !findAll(tokens).isEmpty();
    }

    /** The phrases, for tests and documentation. */
    Map<String, V> asMap() {
        return Collections.unmodifiableMap(phrases);
    }
}
