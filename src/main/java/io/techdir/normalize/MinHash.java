package io.techdir.normalize;

/**
 * MinHash signatures of posting descriptions, for finding near-identical texts (the
 * {@link Deduplicator#NEAR_TEXT} duplicates), and every near-text parameter in one place.
 *
 * <p>A description is cleaned of markup ({@link TextHygiene#clean}: HTML tags and entities), cut
 * into words (runs of letters and digits, folded as {@link TextHygiene#fold} folds them: lower
 * case, no accents, ligatures spelled out), and every run of
 * {@value #SHINGLE_WORDS} consecutive words (a shingle) is hashed to 64 bits (FNV-1a per word,
 * words combined in order, then the MurmurHash3 finalizer) and folded to 32. The signature keeps,
 * for each of {@value #HASHES} fixed permutations {@code x -> a·x + b (mod 2^32)} of those
 * hashes, the smallest value over the text's shingles: two texts agree on one position with a
 * probability equal to the Jaccard similarity of their shingle sets, so the share of equal
 * positions estimates it ({@link #jaccard}). The permutations' {@code a} (odd) and {@code b}
 * come from SplitMix64 seeded with {@value #SEED}: the same text gives the same signature in
 * every run and JVM. Each minimum is stored as one byte (the low 8 bits of its MurmurHash3 mix,
 * a "b-bit" MinHash), {@value #SIGNATURE_BYTES} bytes a signature: two different minima then
 * agree by chance with probability 1/256, which {@link #jaccard} corrects for.
 *
 * <p>Candidate pairs are found by banding: the first {@value #BANDS} × {@value #ROWS_PER_BAND}
 * positions form {@value #BANDS} bands, each hashed to a 64-bit key ({@link #bandKeys}); two texts
 * sharing any band key are compared. A pair with Jaccard similarity s shares a band with
 * probability 1 − (1 − s<sup>{@value #ROWS_PER_BAND}</sup>)<sup>{@value #BANDS}</sup>: 0.996 at
 * s = 0.9, 0.9999 at 0.95, but 0.16 at 0.6 and 0.04 at 0.5. Long bands matter: generated postings
 * assembled from shared sentence templates have thousands of partners at s = 0.5–0.7 each, and
 * 4-row bands made 60 candidate pairs per posting of them on 100 000 generated postings.
 *
 * <p>Pure and stateless (static tables only), so it runs inside Spark functions unchanged.
 */
public final class MinHash {

    /** Words per shingle: 3-word shingles keep word order, so shared vocabulary alone does not match. */
    public static final int SHINGLE_WORDS = 3;
    /** Positions (min-hashes) per signature; the estimate's standard error is √(s(1−s)/128), 0.027 at s = 0.9. */
    public static final int HASHES = 128;
    /** Bands of the banding step (each posting gives this many band keys). */
    public static final int BANDS = 10;
    /** Signature positions per band ({@value #BANDS} × {@value} ≤ {@value #HASHES}). */
    public static final int ROWS_PER_BAND = 8;
    /**
     * Descriptions with fewer words get no signature and are never near-text duplicates: a short
     * text ("Start-up cloud.", a one-line template) is too little evidence that two postings are
     * one job.
     */
    public static final int MIN_WORDS = 40;
    /**
     * Two texts are near-identical when their estimated Jaccard similarity (of shingle sets) is at
     * least this. Chosen on the real files: different jobs of one employer that share a long
     * company paragraph reach 0.64–0.89 (Glassdoor, Novartis "Head Data Scientist" NLP vs image
     * analytics lead: 0.88); the same text republished scores 0.95–1.0.
     */
    public static final double JACCARD_THRESHOLD = 0.9;
    /**
     * Largest number of earlier postings each posting of one band bucket is compared with: a
     * bucket is sorted by date and input order, and each posting is compared with the earliest
     * {@value} postings before it only. A bucket of m postings costs at most m × {@value}
     * comparisons, not m²/2: huge buckets are shared boilerplate or one text posted for many
     * places, and the earliest postings are the only possible canonical ones anyway.
     */
    public static final int BUCKET_CAP = 32;
    /** Seed of the permutations (changing it changes every signature). */
    public static final long SEED = 0x7EC4D1B5_3A1E6F01L;
    /** Bytes of a signature: one per position. */
    public static final int SIGNATURE_BYTES = HASHES;
    /** Chance that two different minima agree on their stored byte. */
    private static final double CHANCE = 1.0 / 256;
    /** Most positions two near-identical signatures may differ on (the threshold in positions). */
    private static final int MAX_DIFFERENT = maxDifferent();
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /**
     * {@link TextHygiene#fold} of U+0000..U+2FFF (Latin letters, punctuation, symbols): the folded
     * character, 0 for a character that is not a letter or digit, {@link #MANY} where it gives
     * several characters; computed once. Characters past the table are folded one by one.
     */
    private static final char[] FOLDED = new char[0x3000];
    private static final char MANY = '\uffff';

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldOne(c);
        }
    }

    /** The permutations {@code x -> MUL[i]·x + ADD[i]}, computed once. */
    private static final int[] MUL = new int[HASHES];
    private static final int[] ADD = new int[HASHES];
    /** {@code ADD[i] + 2^31}: the permuted hashes plus 2^31, whose signed order is the unsigned order. */
    private static final int[] ADD_SIGNED = new int[HASHES];

    static {
        long state = SEED;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            long r = mix64(state);
            MUL[i] = (int) r | 1;
            ADD[i] = (int) (r >>> 32);
            ADD_SIGNED[i] = ADD[i] ^ Integer.MIN_VALUE;
        }
    }

    /**
     * Whether the minima are taken with the Vector API (module {@code jdk.incubator.vector}, which
     * Spark's JVM options and {@code bin/techdir} add): sixteen permutations per instruction. Without
     * it, a plain loop gives the same minima about five times slower.
     */
    private static final boolean LANES = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private MinHash() {
    }

    /**
     * The signature of a description ({@value #SIGNATURE_BYTES} bytes), or null when it has fewer
     * than {@value #MIN_WORDS} words (or is null).
     *
     * @param description the posting's text as published (HTML and entities allowed)
     */
    public static byte[] signature(String description) {
        return signature(description, LANES);
    }

    /** {@link #signature(String)}, with the minima taken by the Vector API or the plain loop. */
    static byte[] signature(String description, boolean lanes) {
        if (description == null) {
            return null;
        }
        // Only markup changes the words: the rest of TextHygiene.clean (odd spaces, stray
        // separators between digits) touches non-word characters, which separate words anyway.
        String text = description.indexOf('&') >= 0 || description.indexOf('<') >= 0
                ? TextHygiene.clean(description) : description;
        if (text == null) {
            return null;
        }
        int[] shingles = new int[Math.max(MIN_WORDS, text.length() / 4)];
        int n = shingleHashes(text, shingles);
        if (n < 0) {
            return null;
        }
        if (n > shingles.length) {
            // more words than a quarter of the characters (one-letter words): a second pass
            shingles = new int[n];
            shingleHashes(text, shingles);
        }
        int[] mins = new int[HASHES];
        if (lanes) {
            MinHashLanes.minima(shingles, n, MUL, ADD_SIGNED, mins);
        } else {
            minima(shingles, n, mins);
        }
        byte[] sig = new byte[SIGNATURE_BYTES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = (byte) mix32(mins[i]);
        }
        return sig;
    }

    /**
     * The plain form of {@link MinHashLanes#minima}: for each permutation, the smallest permuted
     * shingle hash (unsigned) shifted right by one. The permuted hashes are kept to 31 bits so that
     * the difference of two never overflows, and the minimum is taken without a branch: that form
     * the JIT vectorizes (with {@code Math.min} it does not, and the loop costs four times as much).
     */
    private static void minima(int[] shingles, int n, int[] mins) {
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        int[] mul = MUL;
        int[] add = ADD;
        for (int s = 0; s < n; s++) {
            int x = shingles[s];
            for (int i = 0; i < HASHES; i++) {
                int d = ((mul[i] * x + add[i]) >>> 1) - mins[i];
                mins[i] += d & (d >> 31);
            }
        }
    }

    /**
     * Hashes the shingles of a text into {@code out} (while it has room) and returns their count,
     * or -1 when the text has fewer than {@value #MIN_WORDS} words. A word is a maximal run of
     * letters and digits once folded as {@link TextHygiene#fold} folds it (a character folding to
     * two letters, such as "œ", contributes both), hashed with FNV-1a; a shingle's hash combines
     * its {@value #SHINGLE_WORDS} word hashes in order and mixes them (MurmurHash3's finalizer),
     * folded to 32 bits. One pass, no string built.
     *
     * <p>This loop knows only the characters that fold to one character or none; at the first
     * other one ("œ", a ligature, a combining mark, a character past the table) the text is hashed
     * again by {@link #shingleHashesFolding}, which knows every character. Keeping the rare case out
     * of this loop makes it about a third faster.
     */
    private static int shingleHashes(String text, int[] out) {
        int words = 0;
        long w1 = 0;
        long w2 = 0;
        long h = FNV_OFFSET;
        boolean in = false;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : MANY;
            if (f == 0) {
                if (in) {
                    in = false;
                    if (++words >= SHINGLE_WORDS) {
                        store(out, words - SHINGLE_WORDS, w1, w2, h);
                    }
                    w1 = w2;
                    w2 = h;
                    h = FNV_OFFSET;
                }
            } else if (f != MANY) {
                in = true;
                h = (h ^ f) * FNV_PRIME;
            } else {
                return shingleHashesFolding(text, out);
            }
        }
        if (in && ++words >= SHINGLE_WORDS) {
            store(out, words - SHINGLE_WORDS, w1, w2, h);
        }
        return words < MIN_WORDS ? -1 : words - SHINGLE_WORDS + 1;
    }

    /** {@link #shingleHashes} for a text with characters that fold to several or past the table. */
    private static int shingleHashesFolding(String text, int[] out) {
        int words = 0;
        long w1 = 0;
        long w2 = 0;
        long h = FNV_OFFSET;
        boolean in = false;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            String folded = c < FOLDED.length && FOLDED[c] != MANY ? null : TextHygiene.fold(String.valueOf(c));
            char f = folded == null ? FOLDED[c]
                    : folded.length() != 1 ? MANY : Character.isLetterOrDigit(folded.charAt(0)) ? folded.charAt(0) : 0;
            if (f == 0) {
                if (in) {
                    in = false;
                    if (++words >= SHINGLE_WORDS) {
                        store(out, words - SHINGLE_WORDS, w1, w2, h);
                    }
                    w1 = w2;
                    w2 = h;
                    h = FNV_OFFSET;
                }
            } else if (f != MANY) {
                in = true;
                h = (h ^ f) * FNV_PRIME;
            } else {
                // several characters (a ligature) or none (a combining mark): the letters and
                // digits join the word, the rest is dropped without ending it
                for (int k = 0; k < folded.length(); k++) {
                    char m = folded.charAt(k);
                    if (Character.isLetterOrDigit(m)) {
                        in = true;
                        h = (h ^ m) * FNV_PRIME;
                    }
                }
            }
        }
        return words < MIN_WORDS ? -1 : words - SHINGLE_WORDS + 1;
    }

    /** Stores the hash of the shingle of word hashes a, b, c at {@code out[at]}, when it fits. */
    private static void store(int[] out, int at, long a, long b, long c) {
        if (at < out.length) {
            long h = mix64((a * 0x9E3779B97F4A7C15L + b) * 0x9E3779B97F4A7C15L + c);
            out[at] = (int) (h ^ (h >>> 32));
        }
    }

    /** What one character of the table folds to (see {@link #FOLDED}). */
    private static char foldOne(char c) {
        String f = TextHygiene.fold(String.valueOf(c));
        return f.length() != 1 ? MANY : Character.isLetterOrDigit(f.charAt(0)) ? f.charAt(0) : 0;
    }

    /**
     * Estimated Jaccard similarity of the shingle sets of two texts: the share p of positions where
     * the signatures agree, corrected for chance agreement of one-byte values,
     * (p − 1/256) / (1 − 1/256), at least 0: 1.0 for equal signatures.
     *
     * @throws IllegalArgumentException when a signature does not have {@value #SIGNATURE_BYTES} bytes
     */
    public static double jaccard(byte[] a, byte[] b) {
        check(a);
        check(b);
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return estimate(same);
    }

    /**
     * The {@value #BANDS} band keys of a signature: band {@code k} hashes positions
     * {@code k·R .. k·R+R−1} (R = {@value #ROWS_PER_BAND}) together with {@code k}, so that equal
     * values in different bands give different keys.
     */
    public static long[] bandKeys(byte[] signature) {
        check(signature);
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = 0;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = (h << 8) | (signature[band * ROWS_PER_BAND + r] & 0xff);
            }
            keys[band] = mix64(h + (band + 1) * 0x9E3779B97F4A7C15L);
        }
        return keys;
    }

    /**
     * Whether two signatures are near-identical: {@code jaccard(a, b) >= JACCARD_THRESHOLD}, decided
     * eight positions at a time and given up as soon as too many positions differ (a bucket of
     * template texts costs most of its comparisons on pairs that differ early).
     *
     * @throws IllegalArgumentException when a signature does not have {@value #SIGNATURE_BYTES} bytes
     */
    public static boolean isNear(byte[] a, byte[] b) {
        check(a);
        check(b);
        int differ = 0;
        for (int i = 0; i < SIGNATURE_BYTES; i += 8) {
            long x = (long) LONGS.get(a, i) ^ (long) LONGS.get(b, i);
            // a byte of x is zero where the positions agree: count the non-zero bytes
            long y = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
            differ += Long.bitCount((y | x) & 0x8080808080808080L);
            if (differ > MAX_DIFFERENT) {
                return false;
            }
        }
        return true;
    }

    private static void check(byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_BYTES) {
            throw new IllegalArgumentException("MinHash: signature of " + (signature == null ? "null" : signature.length
                    + " bytes") + "; expected " + SIGNATURE_BYTES + " bytes");
        }
    }

    /** The largest number of differing positions whose {@link #jaccard} estimate meets the threshold. */
    private static int maxDifferent() {
        int differ = 0;
        while (differ < HASHES && estimate(HASHES - differ - 1) >= JACCARD_THRESHOLD) {
            differ++;
        }
        return differ;
    }

    private static double estimate(int same) {
        return Math.max(0.0, (same / (double) HASHES - CHANCE) / (1 - CHANCE));
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** MurmurHash3's 32-bit finalizer. */
    private static int mix32(int h) {
        h = (h ^ (h >>> 16)) * 0x85ebca6b;
        h = (h ^ (h >>> 13)) * 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
