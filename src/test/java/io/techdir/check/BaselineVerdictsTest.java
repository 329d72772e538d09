package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class BaselineVerdictsTest {

    private static final Baseline B = Baseline.standard();

    private static Verdict verdict(List<Verdict> all, String claim) {
        return all.stream().filter(v -> v.claim().equals(claim)).findFirst().orElseThrow();
    }

    private static List<Verdict> evaluate(double[] salaries, double[] years, Share degree, Share business,
            long followOnCio) {
        List<ShareFigure> degreeShares = List.of(
                new ShareFigure("REAL", MarketStatistics.BASELINE_SCOPE, MarketStatistics.DEGREE_LEVEL_MET, degree),
                new ShareFigure("REAL", MarketStatistics.BASELINE_SCOPE, MarketStatistics.BUSINESS_SCHOOL_MENTIONED,
                        business));
        List<ShareFigure> followOn = List.of(new ShareFigure("REAL", "CIO", MarketStatistics.ASKS_PRIOR_TD,
                Share.wilson(followOnCio, 100)));
        return BaselineVerdicts.evaluate(B, List.of("REAL"),
                Map.of("REAL", Distribution.of(salaries)), Map.of("REAL", Distribution.of(years)), degreeShares,
                followOn);
    }

    @Test
    void clearMarketsGiveSupportedOrContradicted() {
        double[] high = DoubleStream.iterate(60_000, v -> v + 100).limit(100).toArray(); // median 64 950
        double[] eightYears = DoubleStream.generate(() -> 8).limit(100).toArray();
        List<Verdict> v = evaluate(high, eightYears, Share.wilson(80, 100), Share.wilson(30, 100), 7);
        assertEquals(Verdict.SUPPORTED, verdict(v, "salary").verdict());
        assertEquals(64_950, verdict(v, "salary").figure(), 1e-9);
        assertEquals("TECHNICAL_DIRECTOR x IT_DIGITAL x FR", verdict(v, "salary").population(),
                "the population names the scope's countries");
        assertEquals(Verdict.SUPPORTED, verdict(v, "experience").verdict());
        assertEquals(Verdict.SUPPORTED, verdict(v, "degree").verdict());
        assertEquals(Verdict.SUPPORTED, verdict(v, "business_school").verdict());
        assertEquals(Verdict.SUPPORTED, verdict(v, "follow_on:CIO").verdict());
        assertEquals(Verdict.NOT_ENOUGH_DATA, verdict(v, "follow_on:SALES_DIRECTOR").verdict());

        double[] low = DoubleStream.iterate(30_000, v2 -> v2 + 100).limit(100).toArray();
        double[] threeYears = DoubleStream.generate(() -> 3).limit(100).toArray();
        List<Verdict> w = evaluate(low, threeYears, Share.wilson(20, 100), Share.wilson(2, 100), 0);
        assertEquals(Verdict.CONTRADICTED, verdict(w, "salary").verdict());
        assertEquals(Verdict.CONTRADICTED, verdict(w, "experience").verdict());
        assertEquals(Verdict.CONTRADICTED, verdict(w, "degree").verdict());
        assertEquals(Verdict.CONTRADICTED, verdict(w, "business_school").verdict());
        assertEquals(Verdict.NOT_ENOUGH_DATA, verdict(w, "follow_on:CIO").verdict(), "absence never contradicts");
    }

    @Test
    void smallSamplesAndStraddlingIntervalsAreNotEnoughData() {
        double[] few = {50_000, 60_000, 70_000};
        List<Verdict> v = evaluate(few, new double[] {8, 8, 8}, Share.wilson(3, 3), Share.wilson(1, 3), 0);
        assertEquals(Verdict.NOT_ENOUGH_DATA, verdict(v, "salary").verdict());
        assertEquals(3, verdict(v, "salary").n());
        assertEquals(Verdict.NOT_ENOUGH_DATA, verdict(v, "degree").verdict());

        double[] straddle = DoubleStream.iterate(38_000, x -> x + 200).limit(100).toArray(); // median ~47 900
        List<Verdict> w = evaluate(straddle, DoubleStream.generate(() -> 8).limit(100).toArray(),
                Share.wilson(50, 100), Share.wilson(10, 100), 0);
        assertEquals(Verdict.NOT_ENOUGH_DATA, verdict(w, "salary").verdict());
        assertEquals(Verdict.NOT_ENOUGH_DATA, verdict(w, "degree").verdict(), "50 % straddles the majority");
    }
}
