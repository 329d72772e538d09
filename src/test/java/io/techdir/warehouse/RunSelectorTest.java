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
        return run(id, postingsVersion, finished, RunStatus.OK);
    }

    static RunRecord run(String id, long postingsVersion, String finished, RunStatus status) {
        return new RunRecord(id, "market-report", finished.substring(0, 10), finished, finished, 9, 4, 2, 3, 0, 4, 4,
                Map.of(Warehouse.POSTINGS, postingsVersion, Warehouse.DUPLICATES, 1L, Warehouse.REJECTS, 1L),
                "reports/x", "{}", status, status == RunStatus.PROBLEMS ? 1 : 0);
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

    /** Two days; on the second, an OK run, then one with problems, then (the 11th) only runs with problems. */
    static final List<RunRecord> WITH_PROBLEMS = List.of(
            run("ok-9", 1, "2026-11-09T06:00:00Z"),
            run("bad-9", 2, "2026-11-09T18:00:00Z", RunStatus.PROBLEMS),
            run("old-10", 3, "2026-11-10T05:00:00Z", RunStatus.UNKNOWN),
            run("ok-10", 4, "2026-11-10T06:00:00Z"),
            run("bad-10", 5, "2026-11-10T07:00:00Z", RunStatus.PROBLEMS),
            run("bad-11a", 6, "2026-11-11T06:00:00Z", RunStatus.PROBLEMS),
            run("bad-11b", 7, "2026-11-11T07:00:00Z", RunStatus.PROBLEMS));

    @ParameterizedTest
    @CsvSource({
        // a date: that day's newest run that finished OK, over a newer one with problems
        "2026-11-09, ok-9",
        "2026-11-10, ok-10",
        // a day whose runs all had problems: its newest (not an OK run of an earlier day)
        "2026-11-11, bad-11b",
        // no run that day: the last day before with runs, by the same rule
        "2026-11-12, bad-11b",
        // a version or an instant is exactly that run, problems or not
        "2, bad-9",
        "5, bad-10",
        "2026-11-10T07:30:00Z, bad-10",
    })
    void aDatePrefersTheNewestRunThatFinishedOk(String selector, String expected) {
        assertEquals(expected, RunSelector.select(WITH_PROBLEMS, selector, "wh").runId());
    }

    @Test
    void anOlderRowOfUnknownStatusIsNotPassedOverForProblems() {
        List<RunRecord> runs = List.of(run("old", 1, "2026-11-10T05:00:00Z", RunStatus.UNKNOWN),
                run("bad", 2, "2026-11-10T07:00:00Z", RunStatus.PROBLEMS));
        assertEquals("old", RunSelector.select(runs, "2026-11-10", "wh").runId());
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
                0, 0, 0, Map.of(Warehouse.POSTINGS, 1L), "o", "{}", RunStatus.OK, 0));
    }
}
