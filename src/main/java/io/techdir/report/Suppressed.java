package io.techdir.report;

/**
 * A table cell whose figure is suppressed by the small-cell rule
 * ({@code io.techdir.check.stat.Suppression}): sheets and CSV print {@value #LABEL}.
 */
public enum Suppressed {
    /** The one suppressed cell value. */
    INSTANCE;

    /**
     * What a suppressed cell shows; equals {@code "n < " + Suppression.SUPPRESS_BELOW} (checked by a
     * test, so that the report package does not depend on the check stage).
     */
    public static final String LABEL = "n < 5";

    @Override
    public String toString() {
        return LABEL;
    }
}
