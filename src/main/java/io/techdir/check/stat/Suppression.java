package io.techdir.check.stat;

/**
 * The small-cell rule, in one place: a figure computed from fewer than {@value #SUPPRESS_BELOW}
 * observations is not shown (reports print {@code "n < 5"} instead), and one computed from fewer
 * than {@value #LOW_CONFIDENCE_BELOW} is shown but marked low confidence.
 */
public final class Suppression {

    /** A figure from fewer observations than this is suppressed ({@code n < 5}). */
    public static final int SUPPRESS_BELOW = 5;

    /** A figure from fewer observations than this is marked low confidence ({@code n < 30}). */
    public static final int LOW_CONFIDENCE_BELOW = 30;

    private Suppression() {
    }

    /** Whether a figure from {@code n} observations must be suppressed ({@code n < 5}). */
    public static boolean suppressed(long n) {
        return n < SUPPRESS_BELOW;
    }

    /**
     * Whether a figure from {@code n} observations is low confidence ({@code n < 30}); a
     * suppressed figure is low confidence too.
     */
    public static boolean lowConfidence(long n) {
        return n < LOW_CONFIDENCE_BELOW;
    }
}
