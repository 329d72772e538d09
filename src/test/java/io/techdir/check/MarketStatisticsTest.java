package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.techdir.SharedSpark;
import io.techdir.check.stat.Distribution;
import io.techdir.posting.PostingSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * The salary spread on the shared Spark session: the statistics count each salary once per
 * posting that states it (repeated values, missing values and duplicates included), so every
 * figure equals {@link Distribution#of} over the group's values.
 */
class MarketStatisticsTest {

    private static final String[] FAMILIES = {"TECHNICAL_DIRECTOR", "CIO", "OTHER"};
    private static final String[] REGIONS = {"Bretagne", "Île-de-France", null};

    /** Salary of posting i: repeated values, some missing, one duplicate posting (i = 7). */
    private static Double salary(int i) {
        return i % 4 == 3 ? null : 40_000.0 + 5_000 * (i % 5) + (i % 6 == 0 ? 0.5 : 0);
    }

    private static Row posting(int i) {
        Object[] v = new Object[PostingSchema.columns().size()];
        v[PostingSchema.indexOf(PostingSchema.POSTING_ID)] = "p" + i;
        v[PostingSchema.indexOf(PostingSchema.SOURCE)] = "board";
        v[PostingSchema.indexOf(PostingSchema.ROLE_FAMILY)] = FAMILIES[i % 3];
        v[PostingSchema.indexOf(PostingSchema.REGION)] = REGIONS[i % 3 == 0 ? i / 3 % 3 : 2];
        v[PostingSchema.indexOf(PostingSchema.SALARY_DISCLOSED)] = salary(i) != null;
        v[PostingSchema.indexOf(PostingSchema.SALARY_ESTIMATED)] = i % 10 == 1;
        v[PostingSchema.indexOf(PostingSchema.SALARY_STAT_ANNUAL_EUR)] = salary(i);
        v[PostingSchema.indexOf(PostingSchema.EXPERIENCE_MIN_YEARS)] = i % 5 == 0 ? null : (double) (i % 12);
        v[PostingSchema.indexOf(PostingSchema.BASELINE_SCOPE)] = i % 3 == 0;
        v[PostingSchema.indexOf(PostingSchema.DATE_POSTED)] = "2026-01-" + (10 + i % 20);
        v[PostingSchema.indexOf(PostingSchema.DUPLICATE_OF)] = i == 7 ? "p1" : null;
        v[PostingSchema.indexOf(PostingSchema.DUPLICATE_KIND)] = i == 7 ? "REPOST" : null;
        return RowFactory.create(v);
    }

    @Test
    void spreadFiguresAreThoseOfEveryValueOfTheGroup() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(posting(i));
        }
        MarketReport report = MarketStatistics.report(SharedSpark.get().createDataFrame(rows, PostingSchema.struct()),
                Baseline.standard());
        Map<String, SalarySpread> spread = report.salarySpread().stream().collect(Collectors.toMap(
                s -> s.population() + "/" + s.dimension() + "/" + s.group(), s -> s, (a, b) -> a, TreeMap::new));

        List<Integer> canonical = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i != 7) {
                canonical.add(i);
            }
        }
        SalarySpread all = spread.get("ALL/overall/all");
        assertEquals(59, all.postings());
        assertEquals(canonical.stream().filter(i -> salary(i) != null && i % 10 != 1).count(), all.disclosed());
        assertEquals(Distribution.of(values(canonical)), all.distribution());

        List<Integer> tdInBretagne = canonical.stream().filter(i -> i % 3 == 0 && i / 3 % 3 == 0).toList();
        SalarySpread td = spread.get("TECHNICAL_DIRECTOR/region/Bretagne");
        assertEquals(tdInBretagne.size(), td.postings());
        assertEquals(Distribution.of(values(tdInBretagne)), td.distribution());

        SalarySpread scope = spread.get("BASELINE_SCOPE/overall/all");
        assertEquals(Distribution.of(values(canonical.stream().filter(i -> i % 3 == 0).toList())),
                scope.distribution());
        assertEquals("(unknown)", spread.get("ALL/region/(unknown)").group());
        assertEquals(List.of(MarketStatistics.REAL), report.origins());
    }

    @Test
    void aGroupWithoutSalariesHasNoDistribution() {
        List<Row> rows = new ArrayList<>();
        for (int i = 3; i < 60; i += 4) {
            rows.add(posting(i)); // salary(i) is null for every i % 4 == 3
        }
        MarketReport report = MarketStatistics.report(SharedSpark.get().createDataFrame(rows, PostingSchema.struct()),
                Baseline.standard());
        SalarySpread all = report.salarySpread().stream()
                .filter(s -> s.population().equals("ALL") && s.dimension().equals("overall")).findFirst().orElseThrow();
        assertEquals(rows.size() - 1, all.postings(), "p7 is a duplicate");
        assertEquals(0, all.disclosed());
        assertNull(all.distribution());
    }

    private static double[] values(List<Integer> postings) {
        return postings.stream().map(MarketStatisticsTest::salary).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).toArray();
    }
}
