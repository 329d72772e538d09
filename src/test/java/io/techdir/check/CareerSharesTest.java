package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.check.stat.Share;
import io.techdir.posting.RoleFamily;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shares of transitions out of technical-director positions, against hand-computed Wilson bounds. */
class CareerSharesTest {

    /** The tiny fixture's transitions (see src/test/resources/careers/README.md). */
    static final Map<String, Long> TINY = Map.of("CIO", 3L, "GENERAL_MANAGEMENT", 1L, "SALES_DIRECTOR", 1L,
            "OTHER", 1L, "TECHNICAL_DIRECTOR", 1L);

    static final List<RoleFamily> FOLLOW_ON = List.of(RoleFamily.GENERAL_MANAGEMENT, RoleFamily.INDUSTRIAL_DIRECTOR,
            RoleFamily.SALES_DIRECTOR, RoleFamily.CIO);

    /** Wilson bounds computed by hand with z = 1.959964 (centre ± half, see Share's javadoc). */
    @ParameterizedTest
    @CsvSource({
        "ALL_NEXT, TECHNICAL_DIRECTOR, 1, 7, 0.142857, 0.025680, 0.513128",
        "ALL_NEXT, CIO, 3, 7, 0.428571, 0.158220, 0.749542",
        "ALL_NEXT, INDUSTRIAL_DIRECTOR, 0, 7, 0.0, 0.0, 0.354330",
        "LEAVING_TD, CIO, 3, 6, 0.5, 0.187616, 0.812384",
        "LEAVING_TD, GENERAL_MANAGEMENT, 1, 6, 0.166667, 0.030053, 0.563503",
        "LEAVING_TD, FOLLOW_ON_FAMILIES, 5, 6, 0.833333, 0.436497, 0.969947",
    })
    void sharesAndWilsonBounds(String base, String target, long k, long n, double share, double low, double high) {
        Share s = CareerShares.of("REAL", TINY, FOLLOW_ON).stream()
                .filter(t -> t.base().equals(base) && t.target().equals(target)).findFirst().orElseThrow().share();
        assertEquals(k, s.k());
        assertEquals(n, s.n());
        assertEquals(share, s.share(), 1e-6);
        assertEquals(low, s.low(), 1e-6);
        assertEquals(high, s.high(), 1e-6);
    }

    @Test
    void leavingBaseHasNoStaysRowAndEveryFamilyOtherwise() {
        List<CareerTransition> t = CareerShares.of("REAL", TINY, FOLLOW_ON);
        assertEquals(7 + 6, t.size(), "6 families + any, then 5 families + any");
        assertEquals(List.of("CIO", "GENERAL_MANAGEMENT", "INDUSTRIAL_DIRECTOR", "SALES_DIRECTOR", "OTHER",
                "FOLLOW_ON_FAMILIES"), t.stream().filter(x -> x.base().equals(CareerShares.LEAVING))
                        .map(CareerTransition::target).toList());
    }

    @Test
    void noTransitionsGiveEmptySharesNotErrors() {
        Share s = CareerShares.of("REAL", Map.of(), FOLLOW_ON).get(0).share();
        assertEquals(0, s.n());
        assertEquals(0.0, s.low());
        assertEquals(1.0, s.high());
    }
}
