package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ValueCounts}: each value counted as often as it was added, across growth, merges and serialization. */
class ValueCountsTest {

    @Test
    void expandsToEveryValueAddedAcrossGrowth() {
        ValueCounts c = new ValueCounts();
        assertTrue(c.isEmpty());
        Random random = new Random(7);
        double[] added = new double[5_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = 30_000 + 500 * random.nextInt(300); // many repeats, 300 distinct values
            c.add(added[i], 1);
        }
        assertFalse(c.isEmpty());
        assertArrayEquals(sorted(added), sorted(c.expand()));
        assertThrows(IllegalArgumentException.class, () -> c.add(1.0, 0), "a zero count would read as an empty slot");
    }

    @Test
    void zeroesAndNaNAreValuesOfTheirOwn() {
        ValueCounts c = new ValueCounts();
        c.add(0.0, 2);
        c.add(-0.0, 1);
        c.add(Double.NaN, 3);
        double[] v = sorted(c.expand());
        assertEquals(6, v.length);
        assertEquals(1, Arrays.stream(v).filter(x -> Double.doubleToLongBits(x) == Double.doubleToLongBits(-0.0))
                .count());
        assertEquals(3, Arrays.stream(v).filter(Double::isNaN).count());
    }

    @Test
    void mergedAndSerializedCountsAreTheSum() throws Exception {
        ValueCounts a = new ValueCounts();
        ValueCounts b = new ValueCounts();
        for (int i = 0; i < 1_000; i++) {
            a.add(i % 37, 1);
            b.add(i % 53, 2);
        }
        ValueCounts copy = roundTrip(b);
        a.addAll(copy);
        double[] v = a.expand();
        assertEquals(1_000 + 2_000, v.length);
        assertEquals(1_000 / 37 + 1 + 2 * (1_000 / 53 + 1), Arrays.stream(v).filter(x -> x == 0).count());
        assertArrayEquals(sorted(b.expand()), sorted(copy.expand()));
    }

    private static ValueCounts roundTrip(ValueCounts c) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ValueCounts) in.readObject();
        }
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
