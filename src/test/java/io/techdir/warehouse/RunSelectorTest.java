package io.techdir.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which run {@code --as-of-version} picks (no Spark). */
class RunSelectorTest {

    static RunRecord run(String id, long postingsVersion, String finished) {
        return new RunRecord(id, "market-report", finished.substring(0, 10), finished, finished, 9, 4, 2, 3, 0, 4, 4,
                Map.of(Warehouse.POSTINGS, postingsVersion, Warehouse.DUPLICATES, 1L, Warehouse.REJECTS, 1L),
                "reports/x", "{}");
    }

    static final List<RunRecord> RUNS = List.of(
            run("r1", 1, "2026-11-02T06:01:00Z"),
            run("r2", 2, "2026-11-09T06:02:00Z"),
            run("r3", 4, "2026-11-09T18:00:00Z"));

    @ParameterizedTest
    @CsvSource({
        "1, r1",
        "4, r3",
        "2026-11-02, r1",
        "2026-11-08, r1",
        "2026-11-09, r3",
        "2026-11-09T06:02:00Z, r2",
        "2030-01-01, r3",
    })
    void selects(String selector, String expected) {
        assertEquals(expected, RunSelector.select(RUNS, selector, "wh").runId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3|wh: --as-of-version '3': no run wrote postings version 3; expected one of [1, 2, 4]",
        "2026-11-01|wh: --as-of-version '2026-11-01': no run finished by then; expected a later date",
        "last week|wh: --as-of-version 'last week'; expected a postings version (a number), a date yyyy-MM-dd or an instant",
    })
    void rejects(String selector, String message) {
        assertEquals(message, assertThrows(WarehouseException.class, () -> RunSelector.select(RUNS, selector, "wh"))
                .getMessage());
    }

    @Test
    void aRunRowNamesEveryMergedTable() {
        assertThrows(IllegalArgumentException.class, () -> new RunRecord("r", "j", "2026-11-26", "s", "f", 0, 0, 0, 0,
                0, 0, 0, Map.of(Warehouse.POSTINGS, 1L), "o", "{}"));
    }
}
