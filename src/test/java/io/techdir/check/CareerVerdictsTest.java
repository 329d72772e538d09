package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verdicts on the follow-on claim from career paths (shipped baseline: min_observations 30). */
class CareerVerdictsTest {

    @ParameterizedTest
    @CsvSource({
        // CIO k of 100 leavers; the rest go to OTHER. Wilson 95 % for 20/100 is [0.133, 0.289]: SUPPORTED (>= 0.10).
        "20, 100, SUPPORTED, CONTRADICTED",
        // 3/100: [0.010, 0.085] wholly below 0.10.
        "3, 100, CONTRADICTED, CONTRADICTED",
        // 10/100: [0.055, 0.174] straddles 0.10.
        "10, 100, NOT_ENOUGH_DATA, CONTRADICTED",
        // 60/100 for CIO alone: ANY = 60/100, [0.502, 0.691] at or above 0.5.
        "60, 100, SUPPORTED, SUPPORTED",
        // 10/20 leavers: fewer than 30, no verdict.
        "10, 20, NOT_ENOUGH_DATA, NOT_ENOUGH_DATA",
    })
    void cioAndAnyVerdicts(long k, long n, String cio, String any) {
        Baseline b = Baseline.standard();
        List<CareerTransition> t = new ArrayList<>(CareerShares.of("REAL", Map.of("CIO", k, "OTHER", n - k),
                b.followOnFamilies()));
        List<Verdict> v = BaselineVerdicts.careers(b, t);
        Verdict cioVerdict = v.stream().filter(x -> x.claim().equals("follow_on_career:CIO")).findFirst().orElseThrow();
        Verdict anyVerdict = v.stream().filter(x -> x.claim().equals("follow_on_career:ANY")).findFirst().orElseThrow();
        assertEquals(cio, cioVerdict.verdict());
        assertEquals(any, anyVerdict.verdict());
        assertEquals(n, cioVerdict.n());
        assertEquals(BaselineVerdicts.CAREER_POPULATION, cioVerdict.population());
    }
}
