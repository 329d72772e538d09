package io.techdir.check.stat;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The spread of a set of values: deciles, quartiles, median with its 95 % confidence interval,
 * and mean.
 *
 * <p><b>Quantiles</b> are Hyndman and Fan's type 7 (the default of R's {@code quantile()} and of
 * NumPy's {@code percentile()}): on the sorted values {@code x[0] <= ... <= x[n-1]}, the
 * quantile {@code p} is at position {@code h = (n - 1) p}, interpolated linearly between
 * {@code x[floor(h)]} and {@code x[floor(h) + 1]}. So the median of an even count is the mean
 * of the two middle values, and {@code p10} of ten values lies 90 % of the way from the first to
 * the second.
 *
 * <p><b>Median interval</b> by order statistics, exact and distribution-free: with 1-based
 * ranks, {@code [x(j), x(n + 1 - j)]} where {@code j} is the largest rank with
 * {@code P(B <= j - 1) <= 0.025}, {@code B ~ Binomial(n, 1/2)}; it covers the median with
 * probability {@code 1 - 2 P(B <= j - 1) >= 95 %} whatever the distribution (the normal
 * approximation of these ranks falls under 95 % for some {@code n}). For {@code n < 6} it is the
 * whole range {@code [min, max]}, since no narrower order-statistic interval reaches 95 %.
 *
 * <p>With no values ({@code n = 0}) every figure is NaN.
 *
 * @param n number of values (NaN values not counted)
 * @param p10 10th percentile
 * @param p25 first quartile
 * @param median median
 * @param p75 third quartile
 * @param p90 90th percentile
 * @param mean arithmetic mean
 * @param medianLow lower bound of the median's 95 % interval
 * @param medianHigh upper bound of the median's 95 % interval
 */
public record Distribution(long n, double p10, double p25, double median, double p75, double p90,
        double mean, double medianLow, double medianHigh) implements Serializable {

    /** Below this count the median interval is the whole range. */
    public static final int MIN_N_FOR_INTERVAL = 6;

    /** Each tail's probability outside the median interval, at most: 95 % two-sided. */
    private static final double TAIL = 0.025;

    public Distribution {
        if (n < 0) {
            throw new IllegalArgumentException("Distribution: count n=" + n + "; expected n >= 0");
        }
    }

    /**
     * The distribution of some values, in any order; NaN values are ignored. The array is not
     * modified.
     *
     * @throws IllegalArgumentException for an infinite value
     */
    public static Distribution of(double[] values) {
        Objects.requireNonNull(values, "values");
        double[] x = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("Distribution.of: value[" + i + "] '" + v
                        + "'; expected a finite number or NaN");
            }
            x[n++] = v;
        }
        if (n == 0) {
            double nan = Double.NaN;
            return new Distribution(0, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        x = Arrays.copyOf(x, n);
        Arrays.sort(x);
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double low;
        double high;
        if (n < MIN_N_FOR_INTERVAL) {
            low = x[0];
            high = x[n - 1];
        } else {
            int j = medianLowerRank(n);
            low = x[j - 1];
            high = x[n - j];
        }
        return new Distribution(n, quantile(x, 0.10), quantile(x, 0.25), quantile(x, 0.50),
                quantile(x, 0.75), quantile(x, 0.90), sum / n, low, high);
    }

    /** Type-7 quantile of sorted, non-empty values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double fraction = h - lo;
        return sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * The rank {@code j} of the median interval {@code [x(j), x(n + 1 - j)]} of {@code n} values:
     * the largest {@code j >= 1} with {@code P(B <= j - 1) <= 0.025}, {@code B ~ Binomial(n, 1/2)};
     * 1 when there is none ({@code n < 6}). The binomial terms are summed from {@code B = 0} in
     * logarithms (no underflow trouble: the first ones are negligible), about {@code n/2} steps.
     */
    static int medianLowerRank(int n) {
        // Below n/2 - 5 sqrt(n) (ten standard deviations) the terms add up to less than 1e-20: for
        // large n the sum starts there, its first term from Stirling's series, so that it takes
        // about 5 sqrt(n) steps instead of n/2.
        int first = n < EXACT_START_BELOW ? 0 : (int) Math.max(0, Math.floor(n / 2.0 - 5 * Math.sqrt(n)));
        double logTerm = logFactorial(n) - logFactorial(first) - logFactorial(n - first) - n * Math.log(2);
        double cumulative = 0;
        int j = first;
        for (int b = first; b < n; b++) {
            cumulative += Math.exp(logTerm); // P(B <= b)
            if (cumulative > TAIL) {
                break;
            }
            j = b + 1;
            logTerm += Math.log(n - b) - Math.log(b + 1);
        }
        return Math.max(1, j);
    }

    /** From this many values on, {@link #medianLowerRank} starts its sum in the far lower tail. */
    static final int EXACT_START_BELOW = 2000;

    /** {@code ln(k!)}: summed below 256, else Stirling's series (relative error under 1e-15 there). */
    static double logFactorial(int k) {
        if (k < 256) {
            double sum = 0;
            for (int i = 2; i <= k; i++) {
                sum += Math.log(i);
            }
            return sum;
        }
        double x = k;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
