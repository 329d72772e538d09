package io.techdir.check.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wilson 95 % intervals against hand-computed values (z = 1.959964, z² = 3.841459). */
class ShareTest {

    private static final double EPS = 1e-6;

    // 0/10:  high = (z²/n)/(1+z²/n) = 0.3841459/1.3841459 = 0.2775328; low exactly 0
    // 5/10:  centre 0.5, half = z*sqrt(0.025 + z²/400)/1.3841459 = 0.2634069
    // 10/10: mirror of 0/10: low = 1 - 0.2775328 = 0.7224672; high exactly 1
    // 1/10:  centre (0.1 + 0.1920730)/1.3841459 = 0.2109831, half 0.1931669
    // 134/1049: cadre postings of ft-2024-11-it-1049.json (data README): p = 0.1277407
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        // k,    n, share,     low,       high
        "   0,   10, 0.0,       0.0,       0.2775328",
        "   5,   10, 0.5,       0.2365931, 0.7634069",
        "  10,   10, 1.0,       0.7224672, 1.0",
        "   1,   10, 0.1,       0.0178762, 0.4041500",
        " 134, 1049, 0.1277407, 0.1088903, 0.1493076",
    })
    void matchesHandComputedInterval(long k, long n, double share, double low, double high) {
        Share s = Share.wilson(k, n);
        assertEquals(k, s.k());
        assertEquals(n, s.n());
        assertEquals(share, s.share(), EPS, "share");
        assertEquals(low, s.low(), EPS, "low");
        assertEquals(high, s.high(), EPS, "high");
    }

    @Test
    void boundsAreExactAtZeroAndAll() {
        assertEquals(0.0, Share.wilson(0, 10).low());
        assertEquals(1.0, Share.wilson(10, 10).high());
    }

    @Test
    void noObservationsGiveTheWholeInterval() {
        Share s = Share.wilson(0, 0);
        assertTrue(Double.isNaN(s.share()));
        assertEquals(0.0, s.low());
        assertEquals(1.0, s.high());
    }

    @ParameterizedTest
    @CsvSource({
        "11, 10, 'Share.wilson: counts k=11 n=10; expected 0 <= k <= n'",
        "-1, 10, 'Share.wilson: counts k=-1 n=10; expected 0 <= k <= n'",
        " 0, -1, 'Share.wilson: counts k=0 n=-1; expected 0 <= k <= n'",
    })
    void impossibleCountsAreRejected(long k, long n, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Share.wilson(k, n));
        assertEquals(message, e.getMessage());
    }

    @Test
    void invertedIntervalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Share(1, 2, 0.5, 0.7, 0.3));
        assertEquals("Share: interval [0.7, 0.3]; expected low <= high", e.getMessage());
    }
}
