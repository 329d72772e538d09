package io.techdir.normalize;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of a short field, kept for the values that come back: boards
 * publish a few hundred distinct contract, location, company and experience fields for
 * thousands of postings ("CDI", "75 - Paris", "5 An(s)"), so most calls are a lookup. A null
 * result is kept too (a placeholder company name such as "Confidentiel" reads as no name, and
 * comes back as often as any other). Bounded: past {@code max} entries new values are computed
 * every time and not kept. Thread-safe; the values must be immutable. Not serializable: a parser
 * holds one in a static or transient field.
 *
 * @param <K> the argument (with equals and hashCode)
 * @param <V> the result (immutable, or null)
 */
final class Memo<K, V> {

    /** What the map holds for a null result. */
    private static final Object NULL = new Object();

    private final ConcurrentHashMap<K, Object> values = new ConcurrentHashMap<>();
    private final int max;

    /** A memo keeping at most {@code max} results. */
    Memo(int max) {
        this.max = max;
    }

    /** {@code function.apply(key)}, computed once per key while there is room. */
    @SuppressWarnings("unchecked")
    V get(K key, Function<? super K, ? extends V> function) {
        Object v = values.get(key);
        if (v == null) {
            V computed = function.apply(key);
            if (values.size() < max) {
                values.putIfAbsent(key, computed == null ? NULL : computed);
            }
            return computed;
        }
        return v == NULL ? null : (V) v;
    }

    /** How many results are kept. */
    int size() {
        return values.size();
    }
}
