package io.techdir.normalize;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of a short field, kept for the values that come back: boards
 * publish a few hundred distinct contract, location, company and experience fields for
 * thousands of postings ("CDI", "75 - Paris", "5 An(s)"), so most calls are a lookup. Bounded:
 * past {@code max} entries new values are computed every time and not kept. Thread-safe; the
 * values must be immutable. Not serializable: a parser holds one in a static or transient field.
 *
 * @param <K> the argument (with equals and hashCode)
 * @param <V> the result (immutable; null results are not kept)
 */
final class Memo<K, V> {

    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final int max;

    /** A memo keeping at most {@code max} results. */
    Memo(int max) {
        this.max = max;
    }

    /** {@code function.apply(key)}, computed once per key while there is room. */
    V get(K key, Function<? super K, ? extends V> function) {
        V v = values.get(key);
        if (v == null) {
            v = function.apply(key);
            if (v != null && values.size() < max) {
                values.putIfAbsent(key, v);
            }
        }
        return v;
    }
}
