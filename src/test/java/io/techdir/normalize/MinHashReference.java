package io.techdir.normalize;

/**
 * The MinHash signature as b5cf5f6 computed it (the plain form, before the speed-up), kept as the
 * oracle of {@link MinHashIdentityTest}: the fast {@link MinHash#signature} must give the same bytes.
 */
final class MinHashReference {

    private static final int HASHES = MinHash.HASHES;
    private static final int SHINGLE_WORDS = MinHash.SHINGLE_WORDS;
    private static final int MIN_WORDS = MinHash.MIN_WORDS;
    private static final int SIGNATURE_BYTES = MinHash.SIGNATURE_BYTES;
    private static final long SEED = MinHash.SEED;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** ASCII characters folded: lower-case letters and digits, 0 for a word separator. */
    private static final char[] ASCII = new char[0x80];
    /**
     * {@link TextHygiene#fold} of U+0000..U+2FFF (Latin letters, punctuation, symbols), 0 for a character that
     * is not a letter or digit, {@link #MANY} where it gives several characters; computed once.
     */
    private static final char[] FOLDED = new char[0x3000];
    private static final char MANY = '\uffff';

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String f = TextHygiene.fold(String.valueOf(c));
            char one = f.length() != 1 ? MANY : Character.isLetterOrDigit(f.charAt(0)) ? f.charAt(0) : 0;
            if (c < ASCII.length) {
                ASCII[c] = one;
            } else {
                FOLDED[c] = one;
            }
        }
    }

    /** The permutations {@code x -> MUL[i]·x + ADD[i]}, computed once. */
    private static final int[] MUL = new int[HASHES];
    private static final int[] ADD = new int[HASHES];

    static {
        long state = SEED;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            long r = mix64(state);
            MUL[i] = (int) r | 1;
            ADD[i] = (int) (r >>> 32);
        }
    }

    private MinHashReference() {
    }

    /** The signature of a description, as b5cf5f6 computed it. */
    static byte[] signature(String description) {
        if (description == null) {
            return null;
        }
        // Only markup changes the words: the rest of TextHygiene.clean (odd spaces, stray
        // separators between digits) touches non-word characters, which separate words anyway.
        String text = description.indexOf('&') >= 0 || description.indexOf('<') >= 0
                ? TextHygiene.clean(description) : description;
        long[] words = text == null ? new long[1] : wordHashes(text);
        int n = (int) words[0];
        if (n < MIN_WORDS) {
            return null;
        }
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (int w = 1; w + SHINGLE_WORDS - 1 <= n; w++) {
            long h = words[w];
            for (int j = 1; j < SHINGLE_WORDS; j++) {
                h = h * 0x9E3779B97F4A7C15L + words[w + j];
            }
            h = mix64(h);
            minimize(mins, (int) (h ^ (h >>> 32)));
        }
        byte[] sig = new byte[SIGNATURE_BYTES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = (byte) mix32(mins[i]);
        }
        return sig;
    }

    private static void minimize(int[] mins, int x) {
        int[] mul = MUL;
        int[] add = ADD;
        for (int i = 0; i < HASHES; i++) {
            int d = ((mul[i] * x + add[i]) >>> 1) - mins[i];
            mins[i] += d & (d >> 31);
        }
    }

    private static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean in = false;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            String many = null;
            if (c < 0x80) {
                c = ASCII[c];
            } else if (c < FOLDED.length) {
                char one = FOLDED[c];
                if (one == MANY) {
                    many = TextHygiene.fold(String.valueOf(c));
                } else {
                    c = one;
                }
            } else {
                String f = TextHygiene.fold(String.valueOf(c));
                if (f.length() == 1) {
                    c = Character.isLetterOrDigit(f.charAt(0)) ? f.charAt(0) : 0;
                } else {
                    many = f;
                }
            }
            if (many != null) {
                for (int k = 0; k < many.length(); k++) {
                    char m = many.charAt(k);
                    if (Character.isLetterOrDigit(m)) {
                        in = true;
                        h = (h ^ m) * FNV_PRIME;
                    }
                }
                continue;
            }
            if (c != 0) {
                in = true;
                h = (h ^ c) * FNV_PRIME;
            } else if (in) {
                in = false;
                if (++n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n] = h;
                h = FNV_OFFSET;
            }
        }
        out[0] = n;
        return out;
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
