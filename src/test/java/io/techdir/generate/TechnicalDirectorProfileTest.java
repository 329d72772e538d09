package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.SalaryPeriod;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The technical-director profile against the assumptions of data/samples/synthetic/README.md. */
class TechnicalDirectorProfileTest {

    private static final int ROWS = 6000;
    private static final Pattern YEARS_FIELD = Pattern.compile("^(?:Expérience (?:exigée|souhaitée) de |minimum |au moins |Plus de |> |de )?(\\d+)");

    @TempDir
    static Path dir;

    private static GeneratedCounts counts;
    private static List<CSVRecord> records;

    @BeforeAll
    static void generate() throws IOException {
        Path file = dir.resolve("td.csv");
        counts = new PostingGenerator(new GeneratorSettings(ROWS, 42, GeneratorProfile.TECHNICAL_DIRECTOR))
                .write(file);
        records = GeneratedFile.read(file);
    }

    private static double share(long n) {
        return (double) n / ROWS;
    }

    private static void assertNear(double expected, double tolerance, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance,
                what + ": " + actual + "; expected " + expected + " +- " + tolerance);
    }

    @Test
    void everyTitleIsATechnicalDirectorTitleAndNoneIsACio() {
        for (CSVRecord r : records) {
            String t = GeneratedFile.fold(r.get("title"));
            assertTrue(GeneratedFile.TECHNICAL_DIRECTOR_TITLE.matcher(t).find(),
                    "record " + r.getRecordNumber() + ": '" + r.get("title") + "' is not a technical-director title");
            assertFalse(GeneratedFile.CIO_TITLE.matcher(t).find(), "record " + r.getRecordNumber() + ": CIO title");
        }
    }

    @Test
    void noBadRowsAndNoInjectionInTheSample() {
        assertEquals(0, counts.badRows());
        assertTrue(records.stream().noneMatch(r -> r.get("title").isEmpty() || r.get("source_id").isEmpty()));
        assertTrue(records.stream().noneMatch(r -> r.get("title").matches("^[=+@-].*")
                || r.get("company").matches("^[=+@-].*")));
    }

    @Test
    void sixtyPercentStateASalary() {
        long stated = records.stream().filter(GeneratedFile::statesSalary).count();
        assertEquals(counts.withSalary(), stated);
        assertNear(TechnicalDirectorPlanner.SALARY_DISCLOSED, 0.025, share(stated), "salary disclosed");
    }

    @Test
    void aFifthNameABusinessSchoolAsAPlusAndSomeAskForPriorCtoExperience() {
        Pattern plus = Pattern.compile("est un plus|serait appréciée|serait un atout");
        Pattern prior = Pattern.compile("poste de CTO ou de directeur technique|expérience réussie de directeur "
                + "technique|déjà été CTO");
        long plusRows = records.stream().filter(r -> plus.matcher(GeneratedFile.unescape(r.get("description"))).find()).count();
        long priorRows = records.stream().filter(r -> prior.matcher(GeneratedFile.unescape(r.get("description"))).find()).count();
        assertNear(TechnicalDirectorPlanner.BUSINESS_SCHOOL_PLUS, 0.025, share(plusRows), "business school a plus");
        assertNear(TechnicalDirectorPlanner.PRIOR_TECHNICAL_DIRECTOR, 0.025, share(priorRows), "prior CTO asked");
    }

    @Test
    void experienceFieldsAskThreeToFifteenYearsWithTheMiddleAroundEight() {
        List<Integer> years = new ArrayList<>();
        for (CSVRecord r : records) {
            Matcher m = YEARS_FIELD.matcher(r.get("experience_text"));
            if (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        assertTrue(years.size() > ROWS / 3, "experience fields with a figure: " + years.size());
        Collections.sort(years);
        assertTrue(years.get(0) >= 3 && years.get(years.size() - 1) <= 15, "range " + years.get(0) + ".."
                + years.get(years.size() - 1));
        assertNear(8.5, 0.6, years.get(years.size() / 2), "median years asked");
    }

    @Test
    void mostAskForABacPlusFiveEngineeringOrMasterDegree() {
        Pattern bac5 = Pattern.compile("(?i)bac ?\\+ ?5|ingénieur|master|doctorat|phd|RNCP niveau 7");
        long stated = 0;
        long bac5Rows = 0;
        for (CSVRecord r : records) {
            String text = r.get("education_text") + " " + GeneratedFile.unescape(r.get("description"));
            boolean any = !r.get("education_text").isEmpty() || text.matches("(?s).*(?i)(diplôm|formation|bac|master).*");
            stated += any ? 1 : 0;
            bac5Rows += bac5.matcher(text).find() ? 1 : 0;
        }
        assertTrue(share(bac5Rows) > 0.75, "Bac+5 asked: " + share(bac5Rows) + " of " + stated);
    }

    @Test
    void annualSalariesFollowTheTechRocksBandsAndTheirMean() {
        // The planner, not the text: annual amounts by experience band (assumption A5/A6).
        TechnicalDirectorPlanner planner = new TechnicalDirectorPlanner(Vocabulary.get());
        List<List<Double>> bands = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 40_000; i++) {
            JobPlan p = planner.plan(new SplittableRandom(i));
            SalaryPlan s = p.salary();
            if (!s.disclosed() || s.period() != SalaryPeriod.YEAR) {
                continue;
            }
            double mid = (s.min() + s.max()) / 2;
            int years = p.experience().years();
            bands.get(years < 5 ? 0 : years <= 10 ? 1 : 2).add(mid);
            sum += mid;
            n++;
        }
        double[] medians = {TechnicalDirectorPlanner.MEDIAN_UNDER_5, TechnicalDirectorPlanner.MEDIAN_5_TO_10,
            TechnicalDirectorPlanner.MEDIAN_OVER_10};
        for (int b = 0; b < 3; b++) {
            List<Double> band = bands.get(b);
            Collections.sort(band);
            assertNear(medians[b], medians[b] * 0.06, band.get(band.size() / 2), "median of band " + b);
        }
        assertNear(82_000, 2_500, sum / n, "mean annual (Tech.Rocks 2019: 82 k€)");
    }

    @ParameterizedTest
    @CsvSource({"3, 54000", "4, 54000", "5, 75000", "10, 75000", "11, 97000", "15, 97000"})
    void bandMedianByYearsAsked(int years, double median) {
        assertEquals(median, TechnicalDirectorPlanner.median(years));
    }
}
