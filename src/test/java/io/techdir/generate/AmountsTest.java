package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts written as the real files write them (sources cited per row). */
class AmountsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            42000   | 42\u202F000     | hellowork/hellowork-2026-01.csv line 2 "42 000 € / an"
            2400    | 2\u202F400      | hellowork/hellowork-2026-01.csv line 21 "2 400 € / mois"
            1847    | 1\u202F847      | hellowork/hellowork-2026-01.csv line 9 "1 847 € / mois"
            240     | 240             | a short amount has no separator
            1000000 | 1\u202F000\u202F000 | two separators
            """)
    void groupedLikeHelloWork(double amount, String expected, String source) {
        assertEquals(expected, Amounts.grouped(amount, Amounts.NNBSP), source);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            35000   | 35000.0  | francetravail/ft-2024-11-it-1049.json #186 "Annuel de 36000.0 Euros à 55000.0 Euros"
            11.88   | 11.88    | francetravail/ft-2024-11-mixed-521.json #14 "Horaire de 11.88 Euros sur 0.0 mois"
            12.5    | 12.5     | francetravail/ft-2024-11-mixed-521.json #27 "à 12.5 Euros"
            1801.8  | 1801.8   | France Travail "Mensuel de 1801.8 Euros sur 12.0 mois"
            12.069999 | 12.07  | rounded to cents first
            """)
    void franceTravailDecimals(double amount, String expected, String source) {
        assertEquals(expected, Amounts.java(amount), source);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1764    | , | 1764,00  | francetravail/ft-2024-11-mixed-521.json #308 "Mensuel de 1764,00 Euros"
            1839.76 | , | 1839,76  | francetravail/ft-2024-11-mixed-521.json #485 "Autre de 1839,76 Euros"
            1801.8  | . | 1801.80  | francetravail/ft-2024-11-mixed-521.json #13 "Mensuel de 1801.80 Euros sur 12 mois"
            11.88   | , | 11,88    | data/README.md "11,88 - 12,49 € / heure"
            13.05   | , | 13,05    | leading zero of the cents kept
            """)
    void cents(double amount, char decimal, String expected, String source) {
        assertEquals(expected, Amounts.cents(amount, decimal), source);
    }

    @ParameterizedTest(name = "{0} step {1} -> {2}")
    @CsvSource({"45499, 1000, 45000", "45500, 1000, 46000", "120, 1000, 1000", "1801.8, 50, 1800", "11.876, 0.01, 11.88"})
    void roundsToAStepButNeverToZero(double amount, double step, double expected) {
        assertEquals(expected, Amounts.round(amount, step), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"45000, 45", "100000, 100", "7000, 7"})
    void thousands(double amount, String expected) {
        assertEquals(expected, Amounts.kilo(amount));
    }
}
