package io.techdir.check.stat;

import java.io.Serializable;

/**
 * A proportion {@code k / n} with its 95 % Wilson score interval.
 *
 * <p>Wilson (1927): with {@code p = k/n} and {@code z = 1.959964},
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z · sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)
 * </pre>
 * and the interval is {@code [centre - half, centre + half]}, exactly 0 at {@code k = 0} and
 * exactly 1 at {@code k = n}. Unlike the normal (Wald) interval it stays inside [0, 1] and is
 * usable for small {@code n} and for 0 % or 100 %. For {@code n = 0} nothing is known: the
 * share is NaN and the interval the whole of [0, 1].
 *
 * @param k observations with the property
 * @param n observations
 * @param share {@code k / n} (NaN when {@code n = 0})
 * @param low lower bound of the 95 % interval
 * @param high upper bound of the 95 % interval
 */
public record Share(long k, long n, double share, double low, double high) implements Serializable {

    /** The normal quantile for a two-sided 95 % interval. */
    public static final double Z95 = 1.959964;

    public Share {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("Share: counts k=" + k + " n=" + n + "; expected 0 <= k <= n");
        }
        if (!(low <= high)) {
            throw new IllegalArgumentException("Share: interval [" + low + ", " + high + "]; expected low <= high");
        }
    }

    /**
     * The share {@code k / n} with its 95 % Wilson score interval.
     *
     * @throws IllegalArgumentException unless {@code 0 <= k <= n}
     */
    public static Share wilson(long k, long n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("Share.wilson: counts k=" + k + " n=" + n + "; expected 0 <= k <= n");
        }
        if (n == 0) {
            return new Share(0, 0, Double.NaN, 0.0, 1.0);
        }
        double nn = n;
        double p = k / nn;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / nn;
        double centre = (p + z2 / (2 * nn)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denominator;
        double low = k == 0 ? 0.0 : Math.max(0.0, centre - half);
        double high = k == n ? 1.0 : Math.min(1.0, centre + half);
        return new Share(k, n, p, low, high);
    }
}
