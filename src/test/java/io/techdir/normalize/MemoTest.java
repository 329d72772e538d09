package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link Memo}: each key computed once while there is room, null results included. */
class MemoTest {

    @Test
    void computesEachKeyOnce() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(10);
        Function<String, Integer> length = counted(calls, String::length);
        assertEquals(3, memo.get("CDI", length));
        assertEquals(3, memo.get(new String("CDI"), length));
        assertEquals(10, memo.get("75 - Paris", length));
        assertEquals(2, calls.get());
    }

    @Test
    void keepsNullResults() {
        // a placeholder company name reads as no name: asked again, it is not read again
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(10);
        Function<String, String> name = counted(calls, s -> s.equals("Confidentiel") ? null : s);
        assertNull(memo.get("Confidentiel", name));
        assertNull(memo.get("Confidentiel", name));
        assertEquals("Acme", memo.get("Acme", name));
        assertEquals(2, calls.get());
        assertEquals(2, memo.size());
    }

    @Test
    void pastItsBoundComputesWithoutKeeping() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> memo = new Memo<>(2);
        Function<Integer, Integer> twice = counted(calls, i -> 2 * i);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(2 * i, memo.get(i, twice));
            }
        }
        assertEquals(2, memo.size());
        assertEquals(2 + 3 * 2, calls.get()); // keys 0 and 1 kept; 2 and 3 computed every round
    }

    /** {@code f}, counting its calls in {@code calls}. */
    private static <K, V> Function<K, V> counted(AtomicInteger calls, Function<K, V> f) {
        return k -> {
            calls.incrementAndGet();
            return f.apply(k);
        };
    }
}
