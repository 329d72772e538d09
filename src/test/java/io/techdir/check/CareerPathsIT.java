package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.SharedSpark;
import io.techdir.check.stat.Share;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Transitions counted on Spark (window over each person) for the hand-counted tiny fixture. */
class CareerPathsIT {

    @Test
    void tinyFixtureTransitionsMatchTheHandCount() throws IOException {
        CareerReport r = CareerPaths.compute(SharedSpark.get(), List.of(CareerCsvTest.tiny()), Baseline.standard());
        assertEquals(List.of(new CareerCounts("REAL", 8, 17, 9, 7, 6)), r.counts());
        assertEquals(21, r.rows());
        assertEquals(4, r.rejects().size());
        Map<String, Long> leaving = r.transitions().stream().filter(t -> t.base().equals(CareerShares.LEAVING))
                .collect(Collectors.toMap(CareerTransition::target, t -> t.share().k()));
        assertEquals(Map.of("CIO", 3L, "GENERAL_MANAGEMENT", 1L, "SALES_DIRECTOR", 1L, "OTHER", 1L,
                "INDUSTRIAL_DIRECTOR", 0L, "FOLLOW_ON_FAMILIES", 5L), leaving);
        // P7's CTO (order 1) and director (order 3, rejected for the gap) make no transition.
        Share stays = r.transitions().stream().filter(t -> t.base().equals(CareerShares.ALL_NEXT)
                && t.target().equals("TECHNICAL_DIRECTOR")).findFirst().orElseThrow().share();
        assertEquals(1, stays.k());
        assertEquals(7, stays.n());
        // 6 transitions leave: below min_observations (30), so no verdict either way.
        assertEquals(5, r.verdicts().size());
        assertEquals(List.of(Verdict.NOT_ENOUGH_DATA), r.verdicts().stream().map(Verdict::verdict).distinct().toList());
        assertEquals("follow_on_career:ANY", r.verdicts().get(4).claim());
        assertEquals(5.0 / 6, r.verdicts().get(4).figure(), 1e-12);
    }

    @Test
    void noFilesIsNoCareerInput() {
        assertEquals(CareerReport.NONE, CareerPaths.compute(SharedSpark.get(), List.of(), Baseline.standard()));
    }
}
