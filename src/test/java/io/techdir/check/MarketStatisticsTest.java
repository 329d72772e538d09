package io.techdir.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
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
 * The market statistics on the shared Spark session. The salary spread counts each salary once
 * per posting that states it (repeated values, missing values and duplicates included), so every
 * figure equals {@link Distribution#of} over the group's values; the shares and data-quality
 * figures are those counted by hand on a small fixture (bounds included); and the figures do not
 * depend on how the postings are partitioned (each partition is counted apart, then merged).
 */
class MarketStatisticsTest {

    private static final String[] FAMILIES = {"TECHNICAL_DIRECTOR", "CIO", "OTHER"};
    private static final String[] REGIONS = {"Bretagne", "Île-de-France", null};

    /** Salary of posting i: repeated values, some missing, one duplicate posting (i = 7). */
    private static Double salary(int i) {
        return i % 4 == 3 ? null : 40_000.0 + 5_000 * (i % 5) + (i % 6 == 0 ? 0.5 : 0);
    }

    private static Row posting(int i) {
        return RowFactory.create(postingValues(i));
    }

    private static Object[] postingValues(int i) {
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
        return v;
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
    void theRegionDimensionCountsPostingsInFranceOnly() {
        String[][] places = {{"FR", "Bretagne"}, {null, "Bretagne"}, {"FR", null}, {"US", "CA"}, {"US", null}};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            Object[] v = postingValues(10 + 3 * i); // family CIO, not a duplicate
            v[PostingSchema.indexOf(PostingSchema.COUNTRY)] = places[i][0];
            v[PostingSchema.indexOf(PostingSchema.REGION)] = places[i][1];
            rows.add(RowFactory.create(v));
        }
        MarketReport report = MarketStatistics.report(SharedSpark.get().createDataFrame(rows, PostingSchema.struct()),
                Baseline.standard());
        Map<String, Map<String, Long>> byDimension = new TreeMap<>();
        report.salarySpread().stream().filter(x -> x.population().equals("ALL"))
                .forEach(x -> byDimension.computeIfAbsent(x.dimension(), k -> new TreeMap<>()).put(x.group(), x.postings()));
        // a US state is no French region: the US postings are counted by country only
        assertEquals(Map.of("Bretagne", 2L, "(unknown)", 1L), byDimension.get("region"));
        assertEquals(Map.of("FR", 2L, "US", 2L, "(unknown)", 1L), byDimension.get("country"));
        assertEquals(5L, byDimension.get("overall").get("all"));
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

    /** One posting of the shares and quality fixture: column name, value pairs on an empty row. */
    private static Row row(Object... namesAndValues) {
        Object[] v = new Object[PostingSchema.columns().size()];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v[PostingSchema.indexOf((String) namesAndValues[i])] = namesAndValues[i + 1];
        }
        return RowFactory.create(v);
    }

    /**
     * Four canonical postings and a duplicate, each share and quality figure counted by hand from
     * the rows below (the duplicate, p4, counts nowhere).
     */
    private static List<Row> sharesFixture() {
        return List.of(
                row(PostingSchema.POSTING_ID, "p0", PostingSchema.SOURCE, "board", PostingSchema.ROLE_FAMILY,
                        "TECHNICAL_DIRECTOR", PostingSchema.EXPERIENCE_MIN_YEARS, 8.0, PostingSchema.DEGREE_LEVEL,
                        "BAC_5", PostingSchema.DEGREE_KINDS, "ENGINEERING_SCHOOL|MASTER",
                        PostingSchema.BASELINE_DEGREE, PostingChecker.MATCHES, PostingSchema.BASELINE_BUSINESS_SCHOOL,
                        PostingChecker.MENTIONED, PostingSchema.PRIOR_TECHNICAL_DIRECTOR, true,
                        PostingSchema.BASELINE_SCOPE, true, PostingSchema.SALARY_FLAGS, "A|B",
                        PostingSchema.EXPERIENCE_FLAGS, "FROM_DESCRIPTION", PostingSchema.COUNTRY, "FR",
                        PostingSchema.DEPARTMENT, "75", PostingSchema.REGION, "Île-de-France",
                        PostingSchema.CONTRACT_TYPE, "CDI", PostingSchema.DATE_POSTED, "2026-01-05",
                        PostingSchema.SALARY_DISCLOSED, true, PostingSchema.SALARY_ESTIMATED, false,
                        PostingSchema.SKILLS, "TECHNICAL|MANAGEMENT", PostingSchema.SECTOR, "Programmation informatique"),
                row(PostingSchema.POSTING_ID, "p1", PostingSchema.SOURCE, "board", PostingSchema.ROLE_FAMILY,
                        "TECHNICAL_DIRECTOR", PostingSchema.ROLE_DOMAIN, "SOFTWARE",
                        PostingSchema.EXPERIENCE_MIN_YEARS, 3.0, PostingSchema.DEGREE_LEVEL, "BAC_3",
                        PostingSchema.BASELINE_DEGREE, "BELOW", PostingSchema.BASELINE_BUSINESS_SCHOOL,
                        PostingChecker.NOT_MENTIONED, PostingSchema.PRIOR_TECHNICAL_DIRECTOR, false,
                        PostingSchema.BASELINE_SCOPE, true, PostingSchema.SALARY_FLAGS, "A", PostingSchema.COUNTRY,
                        "FR", PostingSchema.CONTRACT_TYPE, "CDI", PostingSchema.DATE_POSTED, "2026-01-09",
                        PostingSchema.SALARY_DISCLOSED, true, PostingSchema.SALARY_ESTIMATED, true,
                        PostingSchema.SKILLS, "TECHNICAL"),
                row(PostingSchema.POSTING_ID, "p2", PostingSchema.SOURCE, "board", PostingSchema.ROLE_FAMILY, "CIO",
                        PostingSchema.DEGREE_KINDS, "MBA", PostingSchema.BASELINE_DEGREE, PostingChecker.UNKNOWN,
                        PostingSchema.BASELINE_BUSINESS_SCHOOL, PostingChecker.NOT_MENTIONED,
                        PostingSchema.BASELINE_SCOPE, false, PostingSchema.COUNTRY, "BE"),
                row(PostingSchema.POSTING_ID, "p3", PostingSchema.SOURCE, "other", PostingSchema.EXPERIENCE_MIN_YEARS,
                        6.0, PostingSchema.DEGREE_LEVEL, "BAC_5", PostingSchema.BASELINE_DEGREE,
                        PostingChecker.UNKNOWN, PostingSchema.DATE_POSTED, "2026-01-02"),
                row(PostingSchema.POSTING_ID, "p4", PostingSchema.SOURCE, "board", PostingSchema.ROLE_FAMILY,
                        "TECHNICAL_DIRECTOR", PostingSchema.EXPERIENCE_MIN_YEARS, 1.0, PostingSchema.DEGREE_LEVEL,
                        "BAC", PostingSchema.SALARY_FLAGS, "C", PostingSchema.DATE_POSTED, "2025-12-01",
                        PostingSchema.DUPLICATE_OF, "p0", PostingSchema.DUPLICATE_KIND, "REPOST",
                        PostingSchema.SKILLS, "COMMUNICATION", PostingSchema.SECTOR, "Programmation informatique"));
    }

    /** A freelance posting's day rate, as the normalizer stores it: the annual range at 218 days. */
    private static Row dayRate(String id, double perDay, String flags, Object... more) {
        List<Object> values = new ArrayList<>(List.of(PostingSchema.POSTING_ID, id, PostingSchema.SOURCE, "board",
                PostingSchema.ROLE_FAMILY, "TECHNICAL_DIRECTOR", PostingSchema.SALARY_DISCLOSED, true,
                PostingSchema.SALARY_ESTIMATED, false, PostingSchema.SALARY_FLAGS, flags,
                PostingSchema.SALARY_ANNUAL_MIN_EUR, (perDay - 50) * 218, PostingSchema.SALARY_ANNUAL_MAX_EUR,
                (perDay + 50) * 218));
        values.addAll(List.of(more));
        return row(values.toArray());
    }

    @Test
    void aJoinedValueIsFoundWholeOnly() {
        assertTrue(MarketStatistics.hasValue("ENGINEERING_SCHOOL|MASTER", "MASTER"));
        assertTrue(MarketStatistics.hasValue("MASTER", "MASTER"));
        assertTrue(MarketStatistics.hasValue("MBA|MASTER|PHD", "MASTER"));
        assertFalse(MarketStatistics.hasValue("BUSINESS_SCHOOL|MBA", "SCHOOL"));
        assertFalse(MarketStatistics.hasValue("XMASTER|MASTERS", "MASTER"));
        assertFalse(MarketStatistics.hasValue(null, "MASTER"));
        assertFalse(MarketStatistics.hasValue("", "MASTER"));
    }

    @Test
    void dayRatesAreReportedApartInEurosADay() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(dayRate("d" + i, 500 + 20 * i, "DAY_RATE"));
        }
        rows.add(dayRate("implausible", 9000, "DAY_RATE|IMPLAUSIBLE"));
        rows.add(dayRate("estimate", 700, "DAY_RATE", PostingSchema.SALARY_ESTIMATED, true));
        rows.add(dayRate("copy", 900, "DAY_RATE", PostingSchema.DUPLICATE_OF, "d0"));
        rows.add(dayRate("employee", 250, "A", PostingSchema.SALARY_STAT_ANNUAL_EUR, 250.0 * 218));
        MarketReport report = MarketStatistics.report(
                SharedSpark.get().createDataFrame(rows, PostingSchema.struct()), Baseline.standard());
        Map<String, SalarySpread> byPopulation = report.dayRates().stream()
                .collect(Collectors.toMap(SalarySpread::population, x -> x));
        assertEquals(List.of("ALL", "TECHNICAL_DIRECTOR"), byPopulation.keySet().stream().sorted().toList());
        SalarySpread all = byPopulation.get("ALL");
        assertEquals(6, all.counted(), "the six day rates; not the implausible one, the estimate, the copy");
        // 500, 520, ..., 600 a day: median 550, mean 550
        assertEquals(550, all.distribution().median(), 1e-9);
        assertEquals(550, all.distribution().mean(), 1e-9);
        // and no day rate among the salaries
        SalarySpread salaries = report.salarySpread().stream().filter(x -> x.population().equals("ALL")
                && x.dimension().equals("overall")).findFirst().orElseThrow();
        assertEquals(1, salaries.counted(), "the employee's salary only");
    }

    @Test
    void sharesAndQualityFiguresCountTheCanonicalPostings() {
        MarketReport report = MarketStatistics.report(
                SharedSpark.get().createDataFrame(sharesFixture(), PostingSchema.struct()), Baseline.standard());
        Map<String, Share> shares = new TreeMap<>();
        for (List<ShareFigure> table : List.of(report.experience(), report.degrees(), report.skills(),
                report.followOn())) {
            table.forEach(f -> shares.put(f.group() + "/" + f.measure(), f.share()));
        }
        // ALL: years stated by p0 (8), p1 (3), p3 (6, the bound); a degree by p0, p1, p3 (level) and p2 (kind)
        assertShare(0, 3, shares.get("ALL/min_years 0-2"));
        assertShare(1, 3, shares.get("ALL/min_years 3-5"));
        assertShare(2, 3, shares.get("ALL/min_years 6-10"));
        assertShare(0, 3, shares.get("ALL/min_years 11-15"));
        assertShare(2, 3, shares.get("ALL/asks 6+"));
        assertShare(2, 3, shares.get("ALL/within 6-10"));
        assertShare(2, 4, shares.get("ALL/level BAC_5"));
        assertShare(1, 4, shares.get("ALL/kind MASTER"));
        assertShare(1, 4, shares.get("ALL/kind MBA"));
        assertShare(0, 4, shares.get("ALL/kind PHD"));
        // skills: out of every canonical posting of the group (p4, a duplicate, names COMMUNICATION)
        assertShare(2, 4, shares.get("ALL/skill TECHNICAL"));
        assertShare(1, 4, shares.get("ALL/skill MANAGEMENT"));
        assertShare(0, 4, shares.get("ALL/skill COMMUNICATION"));
        assertShare(2, 2, shares.get("TECHNICAL_DIRECTOR/skill TECHNICAL"));
        assertShare(1, 2, shares.get("BASELINE_SCOPE/skill MANAGEMENT"));
        // the salary spread by sector: p0's, and the others unknown
        Map<String, Long> bySector = new TreeMap<>();
        report.salarySpread().stream().filter(x -> x.origin().equals("REAL") && x.population().equals("ALL")
                && x.dimension().equals("sector")).forEach(x -> bySector.put(x.group(), x.postings()));
        assertEquals(Map.of("Programmation informatique", 1L, "(unknown)", 3L), bySector);
        assertShare(1, 2, shares.get("TECHNICAL_DIRECTOR/asks 6+"));
        assertShare(1, 2, shares.get("BASELINE_SCOPE/within 6-10"));
        assertShare(0, 0, shares.get("CIO/asks 6+"));
        assertShare(1, 1, shares.get("(unknown)/asks 6+"));
        // follow-on figures are kept for the baseline's follow-on families only
        assertTrue(report.followOn().stream().allMatch(f -> !f.group().equals("ALL")));

        Map<String, Long> quality = new TreeMap<>();
        Map<String, Long> of = new TreeMap<>();
        report.quality().forEach(q -> {
            quality.put(q.source() + "/" + q.measure(), q.count());
            of.put(q.source() + "/" + q.measure(), q.of());
        });
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_SALARY_DISCLOSED));
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_SALARY_ESTIMATED));
        assertEquals(2L, quality.get("board/" + MarketStatistics.Q_EXPERIENCE_STATED));
        assertEquals(3L, quality.get("board/" + MarketStatistics.Q_DEGREE_STATED));
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_DATE_MISSING));
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_CONTRACT_MISSING));
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_DEPARTMENT_MISSING), "p1 (FR); p2 is Belgian");
        assertEquals(2L, quality.get("board/" + MarketStatistics.Q_REGION_MISSING));
        assertEquals(0L, quality.get("board/" + MarketStatistics.Q_FAMILY_OTHER));
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_DOMAIN_OTHER));
        assertEquals(2L, of.get("board/" + MarketStatistics.Q_DOMAIN_OTHER), "out of the technical directors");
        assertEquals(3L, of.get("board/" + MarketStatistics.Q_DATE_MISSING));
        assertEquals(1L, quality.get("other/" + MarketStatistics.Q_FAMILY_OTHER));
        assertEquals(2L, quality.get("board/" + MarketStatistics.Q_SALARY_FLAG + "A"));
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_SALARY_FLAG + "B"));
        assertNull(quality.get("board/" + MarketStatistics.Q_SALARY_FLAG + "C"), "p4 is a duplicate");
        assertEquals(1L, quality.get("board/" + MarketStatistics.Q_EXPERIENCE_FLAG + "FROM_DESCRIPTION"));
        assertEquals("2026-01-02", report.firstDatePosted());
        assertEquals("2026-01-09", report.lastDatePosted());
    }

    /** Each partition counts apart and the counts are merged: the figures do not depend on the partitioning. */
    @Test
    void figuresDoNotDependOnPartitioning() {
        List<Row> rows = new ArrayList<>(sharesFixture());
        for (int i = 0; i < 60; i++) {
            rows.add(posting(i));
        }
        org.apache.spark.sql.Dataset<Row> d = SharedSpark.get().createDataFrame(rows, PostingSchema.struct());
        MarketReport one = MarketStatistics.report(d.repartition(1), Baseline.standard());
        MarketReport seven = MarketStatistics.report(d.repartition(7), Baseline.standard());
        assertEquals(one, seven);
        assertTrue(one.salarySpread().size() > 20, "many groups");
    }

    private static void assertShare(long k, long n, Share share) {
        assertEquals(k + "/" + n, share.k() + "/" + share.n());
    }

    private static double[] values(List<Integer> postings) {
        return postings.stream().map(MarketStatisticsTest::salary).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).toArray();
    }
}
