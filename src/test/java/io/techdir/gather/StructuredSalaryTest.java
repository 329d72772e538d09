package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts boards write as JSON-LD text (the audit's /jl/ pages, and their neighbours). */
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
}
