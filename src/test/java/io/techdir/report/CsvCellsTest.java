package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers take a fast path that must write what the general decimal path writes. */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, -1.0, 12.0, 45000.0, 52000.0, 1e7, 1.5e7, -3e9, 999999999999999.0, 1e15,
        1e16, 1.7976931348623157e308, 11.88, 0.1, 2.5, -0.5, 1e-7, 4.9e-324, 123456.789})
    void doublesAsTheDecimalPathWritesThem(double d) {
        for (CsvDialect dialect : CsvDialect.values()) {
            String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
                    .replace('.', dialect.decimalSeparator());
            assertEquals(plain, CsvCells.text(d, dialect), dialect + " " + d);
            // a number in a format of its own (baseline_check's figure) is written as the number
            assertEquals(plain, CsvCells.text(new Figure(d, ValueFormat.PERCENT), dialect), dialect + " figure " + d);
        }
    }
}
