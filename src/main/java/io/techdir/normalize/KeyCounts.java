package io.techdir.normalize;

import java.io.Serializable;

/**
 * Counts 64-bit keys up to two, approximately, in two bit sets ("seen", "seen twice") of at most
 * 2<sup>{@value #MAX_BITS}</sup> bits each: each key counts at two bits, the top and the bottom
 * {@code bits} bits of the key, and is "seen twice" when both of its bits are. A key seen twice
 * always reads so; a key seen once reads so only when other keys set both of its bits twice (a
 * false hit: under 0.1 % of the keys at eight bits per key). The deduplication uses it to find,
 * in one pass without a shuffle, the few rows whose keys other rows may share: a false hit costs
 * a little work and changes no result. Partitions count apart and {@link #merge} their counts.
 */
final class KeyCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest bit sets: 2^MAX_BITS bits (16 MiB each), about eight bits per key up to 16 million keys. */
    static final int MAX_BITS = 27;
    private static final int MIN_BITS = 16;

    private final int bits;
    private final long[] once;
    private final long[] twice;

    /** Bits of the bit sets for about {@code keys} keys: eight bits per key, within bounds. */
    static int bitsFor(long keys) {
        return (int) Math.max(MIN_BITS, Math.min(MAX_BITS, 67 - Long.numberOfLeadingZeros(keys)));
    }

    /** Empty counts with bit sets of 2^{@code bits} bits (see {@link #bitsFor}). */
    KeyCounts(int bits) {
        this(bits, new long[1 << (bits - 6)], new long[1 << (bits - 6)]);
    }

    private KeyCounts(int bits, long[] once, long[] twice) {
        this.bits = bits;
        this.once = once;
        this.twice = twice;
    }

    /** Counts a key at its two bits: the top and the bottom {@code bits} bits of the key. */
    void add(long key) {
        mark((int) (key >>> (64 - bits)));
        mark((int) key & ((1 << bits) - 1));
    }

    /** The "seen twice" bit set alone (what a filtering pass needs). */
    KeyCounts twiceOnly() {
        return new KeyCounts(bits, new long[0], twice);
    }

    private void mark(int bit) {
        long mask = 1L << bit;
        int word = bit >>> 6;
        twice[word] |= once[word] & mask;
        once[word] |= mask;
    }

    /** Whether both bits of a key were seen twice. */
    boolean seenTwice(long key) {
        int hi = (int) (key >>> (64 - bits));
        int lo = (int) key & ((1 << bits) - 1);
        return (twice[hi >>> 6] & (1L << hi)) != 0 && (twice[lo >>> 6] & (1L << lo)) != 0;
    }

    /** Adds another partition's counts (of the same size) to these; returns these. */
    KeyCounts merge(KeyCounts other) {
        for (int i = 0; i < once.length; i++) {
            twice[i] |= other.twice[i] | (once[i] & other.once[i]);
            once[i] |= other.once[i];
        }
        return this;
    }

    /**
     * A key for these counts from a 64-bit hash (such as Spark's {@code xxhash64}): the hash mixed
     * with {@code salt} by the MurmurHash3 finalizer, so that keys of different kinds counted
     * together do not meet and every bit depends on every bit of the hash.
     */
    static long mix(long hash, long salt) {
        long h = hash ^ salt;
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
