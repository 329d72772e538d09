package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CurrencyRates}: the dated reference-rate table in data/reference/currency-rates.csv. */
class CurrencyRatesTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    @Test
    void shipsDatedEcbRatesForTheBriefsCurrencies() {
        CurrencyRates rates = CurrencyRates.standard();
        assertEquals(LocalDate.of(2024, 9, 26), rates.rateDate());
        assertEquals(1 / 1.1155, rates.eurPer("USD").getAsDouble(), EPS);
        assertEquals(1 / 0.83428, rates.eurPer("GBP").getAsDouble(), EPS);
        assertEquals(1 / 0.9452, rates.eurPer("CHF").getAsDouble(), EPS);
        assertEquals(1 / 1.5025, rates.eurPer("CAD").getAsDouble(), EPS);
        assertEquals(List.of("USD", "GBP", "CHF", "CAD"), List.copyOf(rates.rates().keySet()).subList(0, 4));
        assertEquals(rates.eurPer("USD").getAsDouble(), rates.rates().get("USD"), EPS);
    }

    @Test
    void eurIsOneAndCaseDoesNotMatter() {
        CurrencyRates rates = CurrencyRates.standard();
        assertEquals(1.0, rates.eurPer("EUR").getAsDouble());
        assertEquals(rates.eurPer("USD").getAsDouble(), rates.eurPer(" usd ").getAsDouble());
        assertFalse(rates.eurPer("XYZ").isPresent());
        assertFalse(rates.eurPer(null).isPresent());
        assertFalse(rates.rates().containsKey("EUR"));
    }

    @Test
    void loadsAFileWithCommentsAndABom() throws IOException {
        Path csv = write("\uFEFF# ECB, 2 January 2025\ncurrency,units_per_eur,date\n\nUSD,1.0321,2025-01-02\n");
        CurrencyRates rates = CurrencyRates.load(csv);
        assertEquals(LocalDate.of(2025, 1, 2), rates.rateDate());
        assertEquals(1 / 1.0321, rates.eurPer("USD").getAsDouble(), EPS);
        assertTrue(rates.toString().contains("2025-01-02"));
    }

    /** Every bad row is reported with file:line, the value and what was expected. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            currency;rate;date                                  | 1 | header 'currency;rate;date'; expected 'currency,units_per_eur,date'
            currency,units_per_eur,date\\nUSD,1.1                | 2 | row 'USD,1.1'; expected 3 fields (currency,units_per_eur,date)
            currency,units_per_eur,date\\nusd,1.1,2024-09-26     | 2 | currency 'usd'; expected an ISO 4217 code other than EUR
            currency,units_per_eur,date\\nEUR,1,2024-09-26       | 2 | currency 'EUR'; expected an ISO 4217 code other than EUR
            currency,units_per_eur,date\\nUSD,0,2024-09-26       | 2 | rate '0'; expected a positive number of units per EUR
            currency,units_per_eur,date\\nUSD,abc,2024-09-26     | 2 | rate 'abc'; expected a positive number of units per EUR
            currency,units_per_eur,date\\nUSD,1.1,26/09/2024     | 2 | date '26/09/2024'; expected an ISO date such as 2024-09-26
            currency,units_per_eur,date\\nUSD,1.1,2024-09-26\\nUSD,1.2,2024-09-26 | 3 | currency 'USD' repeated; expected one row per currency
            currency,units_per_eur,date\\nUSD,1.1,2024-09-26\\nGBP,0.8,2024-09-27 | 3 | date '2024-09-27'; expected 2024-09-26, one date for the whole table
            """)
    void rejectsBadRows(String content, int line, String message) throws IOException {
        Path csv = write(content.replace("\\n", "\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurrencyRates.load(csv));
        assertEquals(csv + ":" + line + ": " + message, e.getMessage());
    }

    @Test
    void rejectsATableWithoutRates() throws IOException {
        Path csv = write("# nothing yet\ncurrency,units_per_eur,date\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurrencyRates.load(csv));
        assertEquals(csv + ": no rates; expected a header 'currency,units_per_eur,date' and one row per currency",
                e.getMessage());
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("missing.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CurrencyRates.load(missing));
        assertEquals(missing + ": cannot read", e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path csv = dir.resolve("rates.csv");
        Files.writeString(csv, content, StandardCharsets.UTF_8);
        return csv;
    }
}
