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

    /** Adds a phrase (folded words separated by single spaces). */
    RolePhrases<V> add(String phrase, V value) {
        String key = String.join(" ", RoleText.words(RoleText.fold(phrase)));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("phrase table: empty phrase '" + phrase
                    + "'; expected at least one word");
        }
        phrases.put(key, value);
        String first = key.split(" ", 2)[0];
        longest.merge(first, key.split(" ").length, Math::max);
        return this;
    }

    /** Adds a phrase that is consumed without a value (a known false friend). */
    RolePhrases<V> block(String phrase) {
        String key = String.join(" ", RoleText.words(RoleText.fold(phrase)));
        blocked.put(key, Boolean.TRUE);
        String first = key.split(" ", 2)[0];
        longest.merge(first, key.split(" ").length, Math::max);
        return this;
    }

    /** Calls {@code found} with each value found and the index of its first word. */
    void scan(List<String> tokens, ObjIntConsumer<V> found) {
        int i = 0;
        StringBuilder key = new StringBuilder(48);
        while (i < tokens.size()) {
            Integer max = longest.get(tokens.get(i));
            int step = 1;
            if (max != null) {
                for (int n = Math.min(max, tokens.size() - i); n >= 1; n--) {
                    key.setLength(0);
                    for (int k = 0; k < n; k++) {
                        if (k > 0) {
                            key.append(' ');
                        }
                        key.append(tokens.get(i + k));
                    }
                    String phrase = key.toString();
                    if (blocked.containsKey(phrase)) {
                        step = n;
                        break;
                    }
                    V value = phrases.get(phrase);
                    if (value != null) {
                        found.accept(value, i);
                        step = n;
                        break;
                    }
                }
            }
            i += step;
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
