package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings, counts and profile names: validation and messages. */
class GeneratorValuesTest {

    @ParameterizedTest
    @CsvSource({"market, MARKET", "MARKET, MARKET", "technical-director, TECHNICAL_DIRECTOR",
        "Technical_Director, TECHNICAL_DIRECTOR", "' technical-director ', TECHNICAL_DIRECTOR"})
    void profileFromOption(String option, GeneratorProfile expected) {
        assertEquals(expected, GeneratorProfile.fromOption(option));
        assertEquals(expected, GeneratorProfile.fromOption(expected.option()));
    }

    @Test
    void unknownProfileNamesTheValueAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratorProfile.fromOption("cto"));
        assertEquals("--profile: unknown profile 'cto'; expected one of market, technical-director", e.getMessage());
    }

    @Test
    void turkishLocaleDoesNotBreakProfileNames() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals(GeneratorProfile.TECHNICAL_DIRECTOR, GeneratorProfile.fromOption("TECHNICAL-DIRECTOR"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void negativePostingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSettings(-1, 42, GeneratorProfile.MARKET));
        assertEquals("--postings: negative row count '-1'; expected 0 or more", e.getMessage());
    }

    @Test
    void aProfileIsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new GeneratorSettings(1, 1, null));
        assertEquals("profile", e.getMessage());
    }

    @Test
    void countsCannotExceedTheRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeneratedCounts(10, 11, 0, 0));
        assertEquals("GeneratedCounts: duplicates '11'; expected 0..10", e.getMessage());
        assertEquals(10, new GeneratedCounts(10, 10, 0, 10).withSalary());
    }
}
