package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.check.stat.Suppression;
import org.junit.jupiter.api.Test;

class SuppressedTest {

    @Test
    void labelFollowsTheSmallCellRule() {
        assertEquals("n < " + Suppression.SUPPRESS_BELOW, Suppressed.LABEL);
        assertEquals(Suppressed.LABEL, Suppressed.INSTANCE.toString());
    }
}
