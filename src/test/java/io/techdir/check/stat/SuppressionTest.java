package io.techdir.check.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppressionTest {

    @ParameterizedTest(name = "n={0}")
    @CsvSource({
        // n, suppressed, lowConfidence
        " 0, true,  true",
        " 4, true,  true",
        " 5, false, true",
        "29, false, true",
        "30, false, false",
        "1049, false, false",
    })
    void smallCellRule(long n, boolean suppressed, boolean lowConfidence) {
        assertEquals(suppressed, Suppression.suppressed(n), "suppressed");
        assertEquals(lowConfidence, Suppression.lowConfidence(n), "lowConfidence");
    }
}
