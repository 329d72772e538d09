package io.techdir.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.normalize.CurrencyRates;
import io.techdir.normalize.NormalizationConventions;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The annual gross EUR bounds a label implies, against numbers computed by hand from
 * NORMALIZATION.md (1820 h, 218 days, 52 weeks, 12 months, net = 0.75 x gross, ECB USD rate
 * 1.1155 of 2024-09-26 in data/reference/currency-rates.csv).
 */
class AnnualBoundsTest {

    private static final NormalizationConventions CONVENTIONS = NormalizationConventions.standard();
    private static final CurrencyRates RATES = CurrencyRates.standard();

    @ParameterizedTest(name = "{0} {1}-{2} {3} x{4} {5} -> {6}-{7}")
    @CsvSource(nullValues = "-", textBlock = """
            # currency | min    | max    | period | months | basis | annual min | annual max
            EUR,        11.88,   11.88,   HOUR,    -,       GROSS,  21621.6,     21621.6
            EUR,        450,     580,     DAY,     -,       -,      98100,       126440
            EUR,        800,     800,     WEEK,    -,       GROSS,  41600,       41600
            EUR,        3000,    3500,    MONTH,   13,      GROSS,  39000,       45500
            EUR,        2118.23, 2118.23, MONTH,   -,       GROSS,  25418.76,    25418.76
            EUR,        3000,    3000,    MONTH,   -,       NET,    48000,       48000
            EUR,        45000,   45000,   YEAR,    13,      GROSS,  45000,       45000
            EUR,        -,       75000,   YEAR,    -,       GROSS,  -,           75000
            EUR,        50000,   -,       YEAR,    -,       GROSS,  50000,       -
            USD,        111550,  167325,  YEAR,    -,       GROSS,  100000,      150000
            USD,        20,      30,      HOUR,    -,       GROSS,  32631.11,    48946.66
            GBP,        41714,   41714,   YEAR,    -,       NET,    66666.67,    66666.67
            """)
    void handComputed(String currency, Double min, Double max, SalaryPeriod period, Double months, SalaryBasis basis,
            Double annualMin, Double annualMax) {
        // GBP: 41714 / 0.83428 = 50000 EUR net, / 0.75 = 66666.67 gross. USD hourly: 20 x 1820 / 1.1155.
        AnnualBounds b = AnnualBounds.of(label(true, currency, min, max, period, months, basis), CONVENTIONS, RATES);
        assertClose(annualMin, b.min());
        assertClose(annualMax, b.max());
        assertTrue(b.matches(annualMin, annualMax));
    }

    @Test
    void undisclosedUnknownCurrencyAndNoPeriodGiveNoBounds() {
        assertSame(AnnualBounds.NONE, AnnualBounds.of(label(false, null, null, null, null, null, null), CONVENTIONS,
                RATES));
        assertSame(AnnualBounds.NONE, AnnualBounds.of(label(true, "XYZ", 10.0, 10.0, SalaryPeriod.YEAR, null, null),
                CONVENTIONS, RATES));
        assertSame(AnnualBounds.NONE, AnnualBounds.of(label(true, "EUR", 10.0, 10.0, null, null, null), CONVENTIONS,
                RATES));
    }

    @Test
    void withinHalfAPercentAndEmptyOnlyEqualsEmpty() {
        AnnualBounds b = new AnnualBounds(40000.0, null);
        assertTrue(b.matches(40199.0, null));
        assertFalse(b.matches(40201.0, null));
        assertFalse(b.matches(40000.0, 40000.0));
        assertFalse(b.matches(null, null));
        assertTrue(AnnualBounds.NONE.matches(null, null));
        assertNull(AnnualBounds.NONE.min());
    }

    private static void assertClose(Double expected, Double got) {
        if (expected == null) {
            assertNull(got);
        } else {
            assertEquals(expected, got, 0.01);
        }
    }

    static Label label(boolean disclosed, String currency, Double min, Double max, SalaryPeriod period, Double months,
            SalaryBasis basis) {
        return new Label("labels-test.csv:2", "x.csv", 1, "1", Split.DEV, "t", disclosed, false, currency, min, max,
                period, months, basis, null, null, null, null, null, null);
    }
}
