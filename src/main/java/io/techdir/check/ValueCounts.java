package io.techdir.check;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * How many times each {@code double} value was counted: an open-addressing table of primitive
 * keys and counts (no boxing), serialized as its used slots only, so that a partition's counts
 * travel to the driver as two arrays. Values are told apart as {@link Double#equals} does (bits;
 * every NaN is one value). Not thread-safe.
 */
final class ValueCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient long[] keys;
    private transient long[] counts;
    private transient int size;

    ValueCounts() {
        allocate(16);
    }

    /**
     * Counts {@code value} {@code times} more times.
     *
     * @param times at least 1 (a count of 0 marks an empty slot)
     */
    void add(double value, long times) {
        if (times < 1) {
            throw new IllegalArgumentException("ValueCounts.add: times " + times + "; expected at least 1");
        }
        long bits = Double.doubleToLongBits(value);
        int mask = keys.length - 1;
        int i = slot(bits) & mask;
        while (counts[i] != 0) {
            if (keys[i] == bits) {
                counts[i] += times;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = bits;
        counts[i] = times;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds the counts of {@code other} to these. */
    void addAll(ValueCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.counts[i] != 0) {
                add(Double.longBitsToDouble(other.keys[i]), other.counts[i]);
            }
        }
    }

    /** Whether no value was counted. */
    boolean isEmpty() {
        return size == 0;
    }

    /** Every value, repeated as many times as it was counted, in no particular order. */
    double[] expand() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        double[] v = new double[Math.toIntExact(n)];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            double value = Double.longBitsToDouble(keys[i]);
            for (long c = counts[i]; c > 0; c--) {
                v[k++] = value;
            }
        }
        return v;
    }

    private static int slot(long bits) {
        long z = bits * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        counts = new long[capacity];
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                add(Double.longBitsToDouble(oldKeys[i]), oldCounts[i]);
            }
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(size);
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != 0) {
                out.writeLong(keys[i]);
                out.writeLong(counts[i]);
            }
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        allocate(Math.max(16, Integer.highestOneBit(Math.max(1, n)) * 4));
        for (int i = 0; i < n; i++) {
            long bits = in.readLong();
            add(Double.longBitsToDouble(bits), in.readLong());
        }
    }
}
