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
    private transient volatile Map<String, Entry[]> byFirst;
    /** Bits of the first words of {@link #byFirst} (written before it, read after it). */
    private transient long[] firstWordBits;
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
        Map<String, Entry[]> index = index();
        long[] firstWords = firstWordBits;
        int size = tokens.size();
        TokenList list = tokens instanceof TokenList t ? t : null; // hashes without the strings
        int i = 0;
        while (i < size) {
            int bit = bitOfHash(list != null ? list.hash(i) : tokens.get(i).hashCode());
            if ((firstWords[bit >>> 6] & (1L << bit)) == 0) {
                i++;
                continue;
            }
            String token = tokens.get(i);
            Entry[] entries = index.get(token);
            int step = 1;
            if (entries != null) {
                int room = size - i;
                for (Entry e : entries) {
                    String[] words = e.words;
                    if (words.length > room || !matches(tokens, i, words)) {
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

    private static boolean matches(List<String> tokens, int at, String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (!words[k].equals(tokens.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The phrases and blocked phrases by first word, longest first (a blocked phrase has a null
     * value), built on first use: matching word by word gives what joining the next words and
     * looking the phrase up gives, without building strings.
     */
    private Map<String, Entry[]> index() {
        Map<String, Entry[]> index = byFirst;
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
            index = new HashMap<>();
            long[] bits = new long[FIRST_WORD_BITS / 64];
            for (Map.Entry<String, List<Entry>> e : lists.entrySet()) {
                int first = bit(e.getKey());
                bits[first >>> 6] |= 1L << first;
                Entry[] entries = e.getValue().toArray(new Entry[0]);
                java.util.Arrays.sort(entries, (a, b) -> Integer.compare(b.words.length, a.words.length));
                index.put(e.getKey(), entries);
            }
            firstWordBits = bits;
            byFirst = index;
        }
        return index;
    }

    /** A word's bit in {@link #firstWordBits}: a hash set test cheaper than a map lookup. */
    private static int bit(String word) {
        return bitOfHash(word.hashCode());
    }

    private static int bitOfHash(int h) {
        return (h ^ (h >>> 12)) & (FIRST_WORD_BITS - 1);
    }

    private static void add(Map<String, List<Entry>> lists, String key, Object value) {
        String[] words = key.split(" ");
        lists.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry(words, value));
    }

    /** A phrase's words and its value (null when blocked). */
    private record Entry(String[] words, Object value) {
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
