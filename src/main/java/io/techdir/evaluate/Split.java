package io.techdir.evaluate;

import java.util.Locale;

/** Which labelled records to score: the {@code dev} split, the {@code holdout} split, or all. */
public enum Split {
    /** Records labelled {@code split = dev} (n % 4 != 0). */
    DEV,
    /** Records labelled {@code split = holdout} (n % 4 == 0). */
    HOLDOUT,
    /** Every labelled record. */
    ALL;

    /** The lower-case name used in labels and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code dev}, {@code holdout} or {@code all} (any case).
     *
     * @throws IllegalArgumentException naming the value and the expected ones
     */
    public static Split parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Split s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("split '" + text + "'; expected dev, holdout or all");
    }
}
