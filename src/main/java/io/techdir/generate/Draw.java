package io.techdir.generate;

import java.util.SplittableRandom;

/**
 * Random draws that give the same numbers on every JVM and platform: only
 * {@link SplittableRandom#nextDouble()} / {@code nextInt(bound)} and {@link StrictMath}
 * (no {@code nextGaussian}, whose algorithm is not specified).
 */
final class Draw {

    private Draw() {
    }

    /** Stafford's mix13 finalizer: a well-spread 64-bit hash of {@code z}. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash of (seed, index, salt), for per-row streams that never line up. */
    static long hash(long seed, long index, long salt) {
        return mix64(mix64(seed ^ 0x9e3779b97f4a7c15L) + mix64(index * 0xd1b54a32d192ed03L + salt));
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** An integer uniform in [lo, hi]. */
    static int between(SplittableRandom rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A double uniform in [lo, hi). */
    static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** One element, uniformly. */
    static <T> T pick(SplittableRandom rng, T[] items) {
        return items[rng.nextInt(items.length)];
    }

    /** A standard normal draw (Box-Muller, one value per call). */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble(); // (0, 1]
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** {@code median * exp(sigma * N(0,1))}: a lognormal draw around a median. */
    static double lognormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(rng));
    }

    /** A triangular draw on [lo, hi] with its mode at {@code mode}. */
    static double triangular(SplittableRandom rng, double lo, double mode, double hi) {
        double u = rng.nextDouble();
        double f = (mode - lo) / (hi - lo);
        if (u < f) {
            return lo + StrictMath.sqrt(u * (hi - lo) * (mode - lo));
        }
        return hi - StrictMath.sqrt((1 - u) * (hi - lo) * (hi - mode));
    }
}
