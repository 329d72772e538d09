package io.techdir.generate;

import java.util.Objects;

/**
 * What to generate.
 *
 * @param postings number of data rows to write (header not counted), at least 0
 * @param seed seed of every random draw: the same settings give the same bytes
 * @param profile {@link GeneratorProfile#MARKET} or {@link GeneratorProfile#TECHNICAL_DIRECTOR}
 */
public record GeneratorSettings(long postings, long seed, GeneratorProfile profile) {

    /** Checks the row count and the profile. */
    public GeneratorSettings {
        if (postings < 0) {
            throw new IllegalArgumentException("--postings: negative row count '" + postings
                    + "'; expected 0 or more");
        }
        Objects.requireNonNull(profile, "profile");
    }
}
