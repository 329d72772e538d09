package io.techdir.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of postings the generator writes. */
public enum GeneratorProfile {
    /**
     * The whole job market, as mixed as the real files: every role family (about 3 % technical
     * directors), every salary / experience / degree form, duplicates and bad rows.
     */
    MARKET("market"),
    /**
     * Technical-director postings only, with salary, experience and degree drawn from the
     * assumptions documented in {@code data/samples/synthetic/README.md}.
     */
    TECHNICAL_DIRECTOR("technical-director");

    private final String option;

    GeneratorProfile(String option) {
        this.option = option;
    }

    /** The command-line spelling ({@code market}, {@code technical-director}). */
    public String option() {
        return option;
    }

    /**
     * The profile for a command-line value, case-insensitive; underscores are accepted for
     * hyphens ({@code TECHNICAL_DIRECTOR}).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static GeneratorProfile fromOption(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (GeneratorProfile p : values()) {
            if (p.option.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("--profile: unknown profile '" + value + "'; expected one of "
                + Arrays.stream(values()).map(GeneratorProfile::option).collect(Collectors.joining(", ")));
    }
}
