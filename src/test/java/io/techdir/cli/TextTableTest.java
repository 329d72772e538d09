package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns sized to their content: a long cell widens its column, header and rows stay in line. */
class TextTableTest {

    @Test
    void aLongCellWidensItsColumnAndEveryLineStaysInLine() {
        String finished = "2026-11-27T20:41:44.728155362Z"; // 30 characters: past the 24 history allowed
        List<String> lines = new TextTable("LRL", "FINISHED", "INPUT", "REPORT")
                .row(finished, 9, "reports/a")
                .row("2026-11-27T20:41:44Z", 12345, "reports/b")
                .render().lines().toList();
        assertEquals(List.of(
                "FINISHED                        INPUT  REPORT",
                "2026-11-27T20:41:44.728155362Z      9  reports/a",
                "2026-11-27T20:41:44Z            12345  reports/b"), lines);
        int report = lines.get(0).indexOf("REPORT");
        for (String l : lines) {
            assertEquals(report, l.indexOf("reports/") < 0 ? report : l.indexOf("reports/"), l);
            assertFalse(l.endsWith(" "), "no trailing spaces: '" + l + "'");
        }
    }

    @Test
    void aHeaderWiderThanItsCellsSetsTheWidth() {
        assertEquals("WAREHOUSE  X\n        4  a\n", new TextTable("RL", "WAREHOUSE", "X").row(4, "a").render());
        assertEquals("A  B\n", new TextTable("LL", "A", "B").render(), "no rows: the header alone");
    }
}
