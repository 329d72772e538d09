package io.techdir.check.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Distribution against hand-computed figures. Type-7 quantile of sorted x[0..n-1] at p:
 * h = (n-1)p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). Median interval ranks
 * j and n + 1 - j, 1-based, j the largest with P(B <= j - 1) <= 0.025, B ~ Binomial(n, 1/2).
 */
class DistributionTest {

    private static final double EPS = 1e-9;

    /**
     * Annual maxima of ten France Travail cadre postings, ft-2024-11-it-1049.json items 0, 1, 9,
     * 11, 13, 94, 116, 117, 127, 159 ("Annuel de X Euros à Y Euros sur 12.0 mois"), in file order.
     */
    static final double[] FT_ANNUAL_MAX = {65000, 55000, 45000, 50000, 65000, 45000, 65000, 35000, 40000, 58000};

    /** The annual minima of the same ten postings, in file order. */
    static final double[] FT_ANNUAL_MIN = {45000, 50000, 30000, 28000, 55000, 40000, 50000, 28000, 30000, 45000};

    static double[] oneTo(int n) {
        return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
    }

    // Hand computation, FT_ANNUAL_MAX sorted: 35 40 45 45 50 55 58 65 65 65 (k EUR), n = 10.
    //   p10: h=0.9  -> 35000 + 0.9*5000  = 39500     p25: h=2.25 -> 45000 + 0.25*0 = 45000
    //   p50: h=4.5  -> 50000 + 0.5*5000  = 52500     p75: h=6.75 -> 58000 + 0.75*7000 = 63250
    //   p90: h=8.1  -> 65000                          mean: 523000/10 = 52300
    //   interval: P(B <= 1) = 11/1024 <= 0.025 < P(B <= 2) = 56/1024 -> ranks 2 and 9 -> 40000, 65000
    // FT_ANNUAL_MIN sorted: 28 28 30 30 40 45 45 50 50 55 (k EUR)
    //   p10 28000, p25 30000, p50 40000+0.5*5000 = 42500, p75 45000+0.75*5000 = 48750,
    //   p90 50000+0.1*5000 = 50500, mean 401000/10 = 40100, interval ranks 2, 9 -> 28000, 50000
    // 1..100: p10 h=9.9 -> 10.9, p25 h=24.75 -> 25.75, p50 50.5, p75 h=74.25 -> 75.25,
    //   p90 h=89.1 -> 90.1, mean 50.5, interval: P(B <= 39) = 0.0176, P(B <= 40) = 0.0284 -> ranks 40, 61
    // 1..30: P(B <= 9) = 0.0214, P(B <= 10) = 0.0494 -> ranks 10, 21
    // 1..6: P(B <= 0) = 1/64 = 0.0156, P(B <= 1) = 7/64 -> ranks 1, 6
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // data,          n,   p10,   p25,   median, p75,   p90,   mean,  low,   high
        "ft_annual_max,  10, 39500, 45000, 52500,  63250, 65000, 52300, 40000, 65000",
        "ft_annual_min,  10, 28000, 30000, 42500,  48750, 50500, 40100, 28000, 50000",
        "one_to_100,    100,  10.9, 25.75,  50.5,  75.25,  90.1,  50.5,    40,    61",
        "one_to_30,      30,   3.9,  8.25,  15.5,  22.75,  27.1,  15.5,    10,    21",
        "one_to_6,        6,   1.5,  2.25,   3.5,   4.75,   5.5,   3.5,     1,     6",
        "one_to_5,        5,   1.4,     2,     3,      4,   4.6,     3,     1,     5",
    })
    void matchesHandComputedFigures(String data, long n, double p10, double p25, double median, double p75,
            double p90, double mean, double low, double high) {
        double[] values = switch (data) {
            case "ft_annual_max" -> FT_ANNUAL_MAX;
            case "ft_annual_min" -> FT_ANNUAL_MIN;
            case "one_to_100" -> oneTo(100);
            case "one_to_30" -> oneTo(30);
            case "one_to_6" -> oneTo(6);
            case "one_to_5" -> oneTo(5);
            default -> throw new IllegalArgumentException(data);
        };
        Distribution d = Distribution.of(values);
        assertEquals(n, d.n(), "n");
        assertEquals(p10, d.p10(), EPS, "p10");
        assertEquals(p25, d.p25(), EPS, "p25");
        assertEquals(median, d.median(), EPS, "median");
        assertEquals(p75, d.p75(), EPS, "p75");
        assertEquals(p90, d.p90(), EPS, "p90");
        assertEquals(mean, d.mean(), EPS, "mean");
        assertEquals(low, d.medianLow(), EPS, "medianLow");
        assertEquals(high, d.medianHigh(), EPS, "medianHigh");
    }

    /** P(B <= b) for B ~ Binomial(n, 1/2), exactly. */
    private static java.math.BigDecimal binomialCdf(int n, int b) {
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        java.math.BigInteger term = java.math.BigInteger.ONE; // C(n, 0)
        for (int i = 0; i <= b; i++) {
            sum = sum.add(term);
            term = term.multiply(java.math.BigInteger.valueOf(n - i)).divide(java.math.BigInteger.valueOf(i + 1));
        }
        return new java.math.BigDecimal(sum).divide(new java.math.BigDecimal(java.math.BigInteger.TWO.pow(n)),
                java.math.MathContext.DECIMAL64);
    }

    @Test
    void medianIntervalCoversAtLeastNinetyFivePercentAndNoNarrowerOneDoes() {
        java.math.BigDecimal tail = new java.math.BigDecimal("0.025");
        for (int n = 6; n <= 400; n++) {
            int j = Distribution.medianLowerRank(n);
            assertTrue(binomialCdf(n, j - 1).compareTo(tail) <= 0, "n=" + n + " j=" + j + " covers 95 %");
            assertTrue(binomialCdf(n, j).compareTo(tail) > 0, "n=" + n + " j=" + j + " is the narrowest");
        }
        for (int n = 1; n < 6; n++) {
            assertEquals(1, Distribution.medianLowerRank(n), "n=" + n + ": the whole range");
        }
        // where the sum starts in the tail (Stirling's first term), the same exact rank
        for (int n : new int[] {Distribution.EXACT_START_BELOW, 2001, 2500, 3999}) {
            int j = Distribution.medianLowerRank(n);
            assertTrue(binomialCdf(n, j - 1).compareTo(tail) <= 0, "n=" + n + " j=" + j + " covers 95 %");
            assertTrue(binomialCdf(n, j).compareTo(tail) > 0, "n=" + n + " j=" + j + " is the narrowest");
        }
        // large samples: the normal approximation's ranks, n/2 - 0.98 sqrt(n), within one
        for (int n : new int[] {10_000, 250_001, 1_000_000}) {
            double approx = n / 2.0 - 0.98 * Math.sqrt(n);
            assertEquals(approx, Distribution.medianLowerRank(n), 1.5, "n=" + n);
        }
    }

    @Test
    void smallSampleIntervalIsTheWholeRange() {
        Distribution d = Distribution.of(new double[] {52000, 45000, 60000});
        assertEquals(52000, d.median(), EPS);
        assertEquals(45000, d.medianLow(), EPS);
        assertEquals(60000, d.medianHigh(), EPS);
    }

    @Test
    void nanValuesAreIgnored() {
        Distribution d = Distribution.of(new double[] {Double.NaN, 60000, Double.NaN, 45000});
        assertEquals(2, d.n());
        assertEquals(52500, d.median(), EPS);
        assertEquals(52500, d.mean(), EPS);
        assertEquals(46500, d.p10(), EPS);
    }

    @Test
    void oneValueGivesThatValueEverywhere() {
        Distribution d = Distribution.of(new double[] {48000});
        assertEquals(new Distribution(1, 48000, 48000, 48000, 48000, 48000, 48000, 48000, 48000), d);
    }

    @Test
    void noValuesGiveNaN() {
        for (double[] values : new double[][] {{}, {Double.NaN, Double.NaN}}) {
            Distribution d = Distribution.of(values);
            assertEquals(0, d.n());
            assertTrue(Double.isNaN(d.median()) && Double.isNaN(d.mean()) && Double.isNaN(d.p10())
                    && Double.isNaN(d.medianLow()) && Double.isNaN(d.medianHigh()), d.toString());
        }
    }

    @Test
    void inputIsNotModified() {
        double[] values = FT_ANNUAL_MAX.clone();
        Distribution.of(values);
        assertArrayEquals(FT_ANNUAL_MAX, values);
    }

    @Test
    void orderDoesNotMatter() {
        double[] reversed = new double[FT_ANNUAL_MAX.length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = FT_ANNUAL_MAX[reversed.length - 1 - i];
        }
        assertEquals(Distribution.of(FT_ANNUAL_MAX), Distribution.of(reversed));
    }

    @Test
    void infiniteValueIsRejectedWithItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distribution.of(new double[] {45000, Double.POSITIVE_INFINITY}));
        assertEquals("Distribution.of: value[1] 'Infinity'; expected a finite number or NaN", e.getMessage());
    }

    @Test
    void negativeCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution(-1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals("Distribution: count n=-1; expected n >= 0", e.getMessage());
    }
}
