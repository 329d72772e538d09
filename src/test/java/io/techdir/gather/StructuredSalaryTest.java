package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts boards write as JSON-LD text (the audit's /jl/ pages, and their neighbours), and arrays of amounts. */
class StructuredSalaryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # text        | number
            45000         | 45000
            '45 000'      | 45000
            45\u00A0000   | 45000
            45\u202F000   | 45000
            45'000        | 45000
            45,000        | 45000
            45.000        | 45000
            1,234,567     | 1234567
            1.234.567     | 1234567
            45,000.00     | 45000.00
            45.000,50     | 45000.50
            45,5          | 45.5
            11.88         | 11.88
            1801,80       | 1801.80
            45k           | 45000
            45K           | 45000
            45.5k         | 45500.0
            '45 k'        | 45000
            """)
    void readsThousandsSeparatorsDecimalsAndK(String text, BigDecimal number) {
        assertEquals(0, number.compareTo(StructuredSalary.number(text)), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            45 k€
            1234.567
            4,50,000
            environ 45000
            -45000
            k
            """)
    void refusesWhatIsNotOneNumber(String text) {
        assertNull(StructuredSalary.number(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # baseSalary array (gather audit: only the first entry was read)                                                                                                  | text                       | min   | max
            [{"currency":"EUR","value":{"minValue":45000,"maxValue":55000,"unitText":"YEAR"}},{"currency":"EUR","value":{"minValue":50000,"maxValue":65000,"unitText":"YEAR"}}] | 45000-65000 EUR per year | 45000 | 65000
            [{"currency":"EUR","value":{"minValue":50000,"maxValue":65000,"unitText":"ANNUAL"}},{"currency":"eur","value":{"value":"45 000","unitText":"YEAR"}}]              | 45000-65000 EUR per year | 45000 | 65000
            [{"currency":"EUR","value":{"minValue":45000,"unitText":"YEAR"}},{"currency":"EUR","value":{"minValue":50000,"maxValue":65000,"unitText":"YEAR"}}]                 | from 45000 EUR per year  | 45000 | null
            [{"currency":"EUR","value":"selon profil"},{"currency":"EUR","value":{"minValue":45000,"maxValue":55000,"unitText":"YEAR"}}]                                        | 45000-55000 EUR per year | 45000 | 55000
            [{"currency":"EUR","value":{"value":4000,"unitText":"MONTH"}},{"currency":"EUR","value":{"value":48000,"unitText":"YEAR"}}]                                         | 4000 EUR per month       | 4000  | 4000
            [{"currency":"USD","value":{"minValue":100000,"maxValue":120000,"unitText":"YEAR"}},{"currency":"EUR","value":{"minValue":90000,"maxValue":110000,"unitText":"YEAR"}}] | 100000-120000 USD per year | 100000 | 120000
            [{"currency":"EUR","value":{"minValue":"45 k€","maxValue":55000,"unitText":"YEAR"}},{"currency":"EUR","value":{"minValue":50000,"maxValue":65000,"unitText":"YEAR"}}] | 50000-65000 EUR per year | 50000 | 65000
            [null,"",{"currency":"EUR","value":"selon profil"}]                                                                                                                 | selon profil             | null  | null
            """)
    void readsAnArrayOfAmountsAsTheirSpanWhenCurrencyAndUnitAgree(String json, String text, String min, String max)
            throws Exception {
        StructuredSalary s = StructuredSalary.of(JsonLd.LENIENT.readTree(json)).orElseThrow();
        assertEquals(text, s.text());
        assertEquals(min, s.attributes().get("salary_min"));
        assertEquals(max, s.attributes().get("salary_max"));
    }
}
