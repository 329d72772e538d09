package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.check.Baseline;
import io.techdir.check.BaselineVerdicts;
import io.techdir.check.CareerReport;
import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.ShareFigure;
import io.techdir.check.Verdict;
import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import io.techdir.report.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdicts as an analyst meets them: the report written by {@link ReportStage#write} (no
 * Spark: the figures are given), then the workbook reopened with POI and {@code baseline_check.csv}
 * with Commons CSV, the Baseline check sheet read as Excel shows it and set against the Summary and
 * the CSV.
 */
class BaselineCheckReportTest {

    /** Excel's rendering of a cell as an English reader sees it (POI applies the cell's format). */
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    static MarketReport report(List<String> origins, List<Verdict> verdicts) {
        return new MarketReport(origins, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), verdicts,
                List.of(), null, null);
    }

    /** The verdicts of the shipped synthetic sample's figures (default run, 2026-11-28). */
    static List<Verdict> sampleVerdicts() {
        double[] salaries = new double[168];
        for (int i = 0; i < salaries.length; i++) {
            salaries[i] = 50_000 + 300 * i;
        }
        double[] years = new double[262];
        for (int i = 0; i < years.length; i++) {
            years[i] = 6 + i % 7;
        }
        List<ShareFigure> degrees = List.of(
                new ShareFigure("SYNTHETIC", "BASELINE_SCOPE", MarketStatistics.DEGREE_LEVEL_MET, Share.wilson(271, 290)),
                new ShareFigure("SYNTHETIC", "BASELINE_SCOPE", MarketStatistics.BUSINESS_SCHOOL_MENTIONED,
                        Share.wilson(61, 290)));
        return BaselineVerdicts.evaluate(Baseline.standard(), List.of("SYNTHETIC"),
                Map.of("SYNTHETIC", Distribution.of(salaries)), Map.of("SYNTHETIC", Distribution.of(years)), degrees,
                List.of());
    }

    static Path write(Path out, Language lang, MarketReport report) throws IOException {
        long normalized = 10;
        return write(out, lang, report, new RunCounts(normalized, normalized, 0, 0, Map.of(), Map.of(),
                Map.of("synthetic", Map.of("input", normalized, "normalized", normalized))));
    }

    static Path write(Path out, Language lang, MarketReport report, RunCounts counts) throws IOException {
        return write(CareerReportIT.settings(out, lang, List.of()), report, counts);
    }

    static Path write(RunSettings s, MarketReport report, RunCounts counts) throws IOException {
        return write(s, report, counts, null);
    }

    static Path write(RunSettings s, MarketReport report, RunCounts counts, io.techdir.report.Table trends)
            throws IOException {
        return write(s, report, counts, trends, List.of());
    }

    static Path write(RunSettings s, MarketReport report, RunCounts counts, io.techdir.report.Table trends,
            List<SourceProblem> problems) throws IOException {
        Path out = s.out();
        MarketReportJob.Inputs inputs = new MarketReportJob.Inputs(List.of(), List.of(), List.of(), problems);
        java.nio.file.Files.createDirectories(out);
        ReportStage.write(s, report, CareerReport.NONE, counts, inputs, Collections.emptyIterator(),
                Collections.emptyIterator(), trends);
        return out;
    }

    static Row rowOfClaim(Sheet sheet, String origin, String claim) {
        for (Row r : sheet) {
            if (r.getCell(2) != null && r.getCell(0).toString().equals(origin)
                    && r.getCell(2).toString().equals(claim)) {
                return r;
            }
        }
        throw new AssertionError("no row " + origin + " " + claim + " on " + sheet.getSheetName());
    }

    static CSVRecord recordOfClaim(List<CSVRecord> records, String origin, String claim) {
        return records.stream().filter(r -> r.get("origin").equals(origin) && r.get("claim").equals(claim))
                .findFirst().orElseThrow(() -> new AssertionError("no record " + origin + " " + claim));
    }

    /** Figure, interval low and high as the Baseline check sheet shows them, "a [b ; c]". */
    static String shown(Row r) {
        return SHOWN.formatCellValue(r.getCell(5)) + " [" + SHOWN.formatCellValue(r.getCell(6)) + " ; "
                + SHOWN.formatCellValue(r.getCell(7)) + "]";
    }

    @Test
    void eachFigureIsShownInItsUnitAsTheSummaryWordsItAndTheCsvHoldsItWhole(@TempDir Path tmp) throws IOException {
        Path out = write(tmp.resolve("en"), Language.EN, report(List.of("SYNTHETIC"), sampleVerdicts()));
        List<CSVRecord> csv = CareerReportIT.csv(out.resolve("baseline_check.csv"));
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            Sheet check = wb.getSheet("Baseline check");
            Sheet summary = wb.getSheet("Summary");
            // Before: 0.9 [0.9 ; 1.0] beside the Summary's 93.4 % [90.0 % ; 95.8 %], and 75,050.0 for euros.
            assertEquals("93.4 % [90.0 % ; 95.8 %]", shown(rowOfClaim(check, "SYNTHETIC", "degree")));
            assertEquals("SUPPORTED — 93.4 % [90.0 % ; 95.8 %], n = 290",
                    CareerReportIT.valueOf(summary, "Bac+5 or above (any kind of degree) (synthetic data)"));
            assertEquals("21.0 % [16.7 % ; 26.1 %]", shown(rowOfClaim(check, "SYNTHETIC", "business_school")));
            assertEquals("SUPPORTED — 21.0 % [16.7 % ; 26.1 %], n = 290",
                    CareerReportIT.valueOf(summary, "Business school a plus (synthetic data)"));
            Row salary = rowOfClaim(check, "SYNTHETIC", "salary");
            assertEquals("75,050 € [71,000 € ; 79,100 €]", shown(salary));
            assertEquals("SUPPORTED — 75,050 € [71,000 € ; 79,100 €], n = 168",
                    CareerReportIT.valueOf(summary, "Minimum salary ~EUR 4,000 gross/month (synthetic data)"));
            assertEquals("9.0 [9.0 ; 9.0]", shown(rowOfClaim(check, "SYNTHETIC", "experience")));
            // The CSV keeps the plain figure; the sheet's cell holds the same number.
            for (String claim : List.of("salary", "experience", "degree", "business_school")) {
                CSVRecord rec = recordOfClaim(csv, "SYNTHETIC", claim);
                Row row = rowOfClaim(check, "SYNTHETIC", claim);
                for (int i = 0; i < 3; i++) {
                    String column = List.of("figure", "ci_low", "ci_high").get(i);
                    Cell cell = row.getCell(5 + i);
                    assertEquals(Double.parseDouble(rec.get(column)), cell.getNumericCellValue(), 0.0,
                            claim + " " + column);
                }
            }
            assertEquals("0.9344827586206896", recordOfClaim(csv, "SYNTHETIC", "degree").get("figure"));
            // Which postings: the verdict's population named as the other tables name it (before:
            // "TECHNICAL_DIRECTOR x IT_DIGITAL x FR" here, "BASELINE_SCOPE" there, nothing linking them).
            assertTrue(CareerReportIT.rowOf(check, "The population TECHNICAL_DIRECTOR x IT_DIGITAL x FR is the group"
                    + " BASELINE_SCOPE of the other sheets and tables (Salary spread, Experience, Degrees;"
                    + " salary_spread.csv, experience_demands.csv, degree_demands.csv): the same unique postings,"
                    + " those with baseline_scope = true and an empty duplicate_of in postings.csv.") > 0);
            assertEquals("75050", recordOfClaim(csv, "SYNTHETIC", "salary").get("figure"));
        }
    }

    @Test
    void aFigureOfFewerThanFivePostingsIsSuppressedAsInTheOtherTablesAndNoneOfNoPosting(@TempDir Path tmp)
            throws IOException {
        // Four postings in scope (a run on the first four rows of the synthetic sample gave this):
        // the degree table of the same four postings says "n < 5"; the verdict must not publish
        // their median or share either. Before: 57 500 € [46 000 € ; 69 000 €], n = 4, and
        // 100,0 % [51,0 % ; 100,0 %] on the Summary.
        List<ShareFigure> degrees = List.of(
                new ShareFigure("SYNTHETIC", "BASELINE_SCOPE", MarketStatistics.DEGREE_LEVEL_MET, Share.wilson(4, 4)),
                new ShareFigure("SYNTHETIC", "BASELINE_SCOPE", MarketStatistics.BUSINESS_SCHOOL_MENTIONED,
                        Share.wilson(1, 4)));
        List<Verdict> verdicts = BaselineVerdicts.evaluate(Baseline.standard(), List.of("SYNTHETIC"),
                Map.of("SYNTHETIC", Distribution.of(new double[] {46_000, 55_000, 60_000, 69_000})),
                Map.of("SYNTHETIC", Distribution.of(new double[] {8, 8, 8, 9})), degrees, List.of());
        MarketReport report = new MarketReport(List.of("SYNTHETIC"), List.of(), List.of(), List.of(), degrees,
                List.of(), List.of(), verdicts, List.of(), null, null);
        Path out = write(tmp.resolve("fr"), Language.FR, report);
        List<CSVRecord> csv = CareerReportIT.csv(out.resolve("baseline_check.csv"));
        List<CSVRecord> degreeCsv = CareerReportIT.csv(out.resolve("degree_demands.csv"));
        assertEquals("n < 5", degreeCsv.get(0).get("share"));
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            Sheet check = wb.getSheet("Vérification");
            Sheet summary = wb.getSheet("Synthèse");
            for (String claim : List.of("salary", "experience", "degree", "business_school")) {
                CSVRecord rec = recordOfClaim(csv, "SYNTHETIC", claim);
                assertEquals("4", rec.get("n"), claim);
                assertEquals(List.of("NOT_ENOUGH_DATA", "n < 5", "n < 5", "n < 5"),
                        List.of(rec.get("verdict"), rec.get("figure"), rec.get("ci_low"), rec.get("ci_high")), claim);
                assertEquals("n < 5 [n < 5 ; n < 5]", shown(rowOfClaim(check, "SYNTHETIC", claim)), claim);
            }
            assertEquals("NOT_ENOUGH_DATA — n < 5, n = 4", CareerReportIT.valueOf(summary,
                    "Salaire minimum ~4\u202f000 € brut/mois (données synthétiques)"));
            assertEquals("NOT_ENOUGH_DATA — n < 5, n = 4", CareerReportIT.valueOf(summary,
                    "Bac+5 ou plus (tout type de diplôme) (données synthétiques)"));
            // No posting of a follow-on family: no figure (before: 0), the cell empty, not "0".
            CSVRecord cio = recordOfClaim(csv, "SYNTHETIC", "follow_on:CIO");
            assertEquals(List.of("0", "", "", ""), List.of(cio.get("n"), cio.get("figure"), cio.get("ci_low"),
                    cio.get("ci_high")));
            assertEquals(null, rowOfClaim(check, "SYNTHETIC", "follow_on:CIO").getCell(5));
            assertEquals("NOT_ENOUGH_DATA — —, n = 0", CareerReportIT.valueOf(summary,
                    "Évolution vers la DSI (offres) (données synthétiques)"));
        }
    }

    @Test
    void fiveObservationsAreShown(@TempDir Path tmp) throws IOException {
        List<Verdict> verdicts = BaselineVerdicts.evaluate(Baseline.standard(), List.of("REAL"),
                Map.of("REAL", Distribution.of(new double[] {46_000, 55_000, 60_000, 69_000, 70_000})), Map.of(),
                List.of(), List.of());
        Path out = write(tmp.resolve("en"), Language.EN, report(List.of("REAL"), verdicts));
        assertEquals("60000", recordOfClaim(CareerReportIT.csv(out.resolve("baseline_check.csv")), "REAL", "salary")
                .get("figure"));
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            assertEquals("60,000 € [46,000 € ; 70,000 €]", shown(rowOfClaim(wb.getSheet("Baseline check"), "REAL",
                    "salary")));
            assertEquals("NOT_ENOUGH_DATA — 60,000 € [46,000 € ; 70,000 €], n = 5", CareerReportIT.valueOf(
                    wb.getSheet("Summary"), "Minimum salary ~EUR 4,000 gross/month (real data)"));
        }
    }

    @Test
    void aRunThatKeptNoPostingSaysNothingCouldBeComputed(@TempDir Path tmp) throws IOException {
        // Every record rejected (a CSV whose 3 rows lack a title or an id): no origin, no verdict.
        // Before: an empty Baseline check sheet, and a Summary ending "Verdicts sur les offres  et
        // sur les parcours de carrière" (the population taken from a first verdict there was not).
        RunCounts counts = new RunCounts(3, 0, 3, 0, Map.of("MISSING_TITLE", 3L), Map.of(),
                Map.of("csv", Map.of("input", 3L, "rejected", 3L)));
        Path out = write(tmp.resolve("fr"), Language.FR, report(List.of(), List.of()), counts);
        assertEquals(List.of(), CareerReportIT.csv(out.resolve("baseline_check.csv")));
        String none = "Aucune offre unique dans cette exécution (tous les enregistrements rejetés ou doublons, voir"
                + " rejects.csv) : aucun chiffre ni verdict n'a pu être calculé.";
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            Sheet summary = wb.getSheet("Synthèse");
            assertEquals(none, CareerReportIT.valueOf(summary, "Verdicts et chiffres"));
            // no career input either: the note no longer speaks of verdicts on career paths
            assertTrue(CareerReportIT.rowOf(summary, "Verdicts sur les offres TECHNICAL_DIRECTOR x IT_DIGITAL x FR"
                    + " (pas de parcours de carrière en entrée) ; détail dans « Vérification » et « Méthodologie ».") > 0);
            for (String sheet : List.of("Vérification", "Salaires", "Expérience", "Diplômes", "Compétences")) {
                assertTrue(CareerReportIT.rowOf(wb.getSheet(sheet), none) > 0, sheet);
            }
        }
        // A run with postings has no such line.
        Path full = write(tmp.resolve("full"), Language.FR, report(List.of("SYNTHETIC"), sampleVerdicts()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(full)) {
            assertEquals(-1, CareerReportIT.rowOf(wb.getSheet("Synthèse"), "Verdicts et chiffres"));
            assertEquals(-1, CareerReportIT.rowOf(wb.getSheet("Vérification"), none));
        }
    }

    @Test
    void anotherBaselineIsLabelledByItsOwnValues(@TempDir Path tmp) throws IOException {
        // --baseline src/test/resources/job/other-baseline.properties: floor 5 000 EUR a month, 8 to
        // 12 years, BAC_3. Before, the Summary labelled its verdicts with the standard baseline's
        // values: "Salaire minimum ~4 000 € brut/mois", "6 à 10 ans d'expérience", "Bac+5 ou plus",
        // beside a verdict that had tested 60 000 € a year, [8 ; 12] and BAC_3.
        Baseline other = Baseline.load(Path.of("src/test/resources/job/other-baseline.properties"));
        RunSettings fr = CareerReportIT.settings(tmp.resolve("fr"), Language.FR, List.of());
        fr = new RunSettings(fr.runId(), fr.jobName(), fr.jobFile(), fr.sources(), fr.out(), fr.asOf(), other,
                fr.lang(), fr.csvDialect(), fr.master(), fr.started(), fr.gather(), fr.warehouse(), fr.careers());
        List<Verdict> verdicts = BaselineVerdicts.evaluate(other, List.of("SYNTHETIC"),
                Map.of("SYNTHETIC", Distribution.of(new double[] {46_000, 55_000, 60_000, 69_000, 80_000})),
                Map.of("SYNTHETIC", Distribution.of(new double[] {8, 8, 9, 9, 10})), List.of(), List.of());
        write(fr, report(List.of("SYNTHETIC"), verdicts), new RunCounts(5, 5, 0, 0, Map.of(), Map.of(), Map.of()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(fr.out())) {
            Sheet summary = wb.getSheet("Synthèse");
            assertEquals("NOT_ENOUGH_DATA — 60\u202f000 € [46\u202f000 € ; 80\u202f000 €], n = 5",
                    CareerReportIT.valueOf(summary, "Salaire minimum ~5\u202f000 € brut/mois (données synthétiques)"));
            assertTrue(CareerReportIT.rowOf(summary, "8 à 12 ans d'expérience (données synthétiques)") > 0);
            assertTrue(CareerReportIT.rowOf(summary, "Bac+3 ou plus (tout type de diplôme) (données synthétiques)") > 0);
            Row salary = rowOfClaim(wb.getSheet("Vérification"), "SYNTHETIC", "salary");
            assertTrue(salary.getCell(11).getStringCellValue().contains("au-dessus de 60\u202f000 €"),
                    salary.getCell(11).getStringCellValue());
        }
        // The standard baseline in English keeps its labels.
        Path en = write(tmp.resolve("en"), Language.EN, report(List.of("SYNTHETIC"), sampleVerdicts()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(en)) {
            Sheet summary = wb.getSheet("Summary");
            assertTrue(CareerReportIT.rowOf(summary, "Minimum salary ~EUR 4,000 gross/month (synthetic data)") > 0);
            assertTrue(CareerReportIT.rowOf(summary, "6 to 10 years of experience (synthetic data)") > 0);
            assertTrue(CareerReportIT.rowOf(summary, "Bac+5 or above (any kind of degree) (synthetic data)") > 0);
        }
    }

    @Test
    void theMethodologyStatesTheScopeTheOriginsTheSalaryRuleAndTheBaselineFileItUsed(@TempDir Path tmp)
            throws IOException {
        // Before: "baseline.scope = TECHNICAL_DIRECTOR x IT_DIGITAL x FR" (the postings of unknown
        // country it keeps unsaid), the baseline file by its path alone, no word on which sources
        // are synthetic nor on what a salary figure is (the midpoint; estimates, implausible values
        // and day rates left out).
        RunCounts counts = new RunCounts(12, 12, 0, 0, Map.of(), Map.of(), Map.of(
                "glassdoor", Map.of("input", 2L, "normalized", 2L), "synthetic", Map.of("input", 10L, "normalized", 10L)));
        Path out = write(tmp.resolve("en"), Language.EN, report(List.of("REAL", "SYNTHETIC"), sampleVerdicts()), counts);
        String sha = java.util.HexFormat.of().formatHex(sha256(Path.of("data/reference/baseline.properties")));
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            Sheet method = wb.getSheet("Methodology");
            assertEquals(Baseline.standard().name() + " (" + Baseline.standard().source() + "); sha256 " + sha,
                    CareerReportIT.valueOf(method, "baseline"));
            assertEquals("TECHNICAL_DIRECTOR x IT_DIGITAL x FR (postings of unknown country stay in scope)",
                    CareerReportIT.valueOf(method, "baseline.scope"));
            assertEquals("SYNTHETIC = the source 'synthetic' (the generator), here: synthetic; REAL = any other"
                    + " source, here: glassdoor; never mixed in a figure or a verdict",
                    CareerReportIT.valueOf(method, "origins"));
            String salaryNote = io.techdir.report.ReportTexts.of(Language.EN).get("salary.note.scope");
            assertEquals(salaryNote, CareerReportIT.valueOf(method, "salary"));
            assertTrue(CareerReportIT.rowOf(wb.getSheet("Salary spread"), salaryNote) > 0, "the same words as the sheet");
            assertTrue(CareerReportIT.valueOf(method, "day_rates").startsWith("Day rates of freelance postings"));
        }
        Baseline other = Baseline.load(Path.of("src/test/resources/job/other-baseline.properties"));
        RunSettings fr = CareerReportIT.settings(tmp.resolve("fr"), Language.FR, List.of());
        fr = new RunSettings(fr.runId(), fr.jobName(), fr.jobFile(), fr.sources(), fr.out(), fr.asOf(), other,
                fr.lang(), fr.csvDialect(), fr.master(), fr.started(), fr.gather(), fr.warehouse(), fr.careers());
        write(fr, report(List.of("REAL"), List.of()), new RunCounts(2, 2, 0, 0, Map.of(), Map.of(),
                Map.of("glassdoor", Map.of("input", 2L, "normalized", 2L))));
        try (XSSFWorkbook wb = CareerReportIT.workbook(fr.out())) {
            Sheet method = wb.getSheet("Méthodologie");
            assertEquals("TECHNICAL_DIRECTOR x IT_DIGITAL (tous pays)", CareerReportIT.valueOf(method, "baseline.scope"));
            assertTrue(CareerReportIT.valueOf(method, "baseline").endsWith("other-baseline.properties) ; sha256 "
                    + java.util.HexFormat.of().formatHex(sha256(Path.of(other.source())))),
                    CareerReportIT.valueOf(method, "baseline"));
            assertEquals("SYNTHETIC = la source 'synthetic' (le générateur), ici : aucune ; REAL = toute autre source,"
                    + " ici : glassdoor ; jamais mélangées dans un chiffre ou un verdict",
                    CareerReportIT.valueOf(method, "origins"));
        }
    }

    private static byte[] sha256(Path file) throws IOException {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSummaryGivesThePostingsPeriodAndSaysWhenItRunsPastTheReportDate(@TempDir Path tmp) throws IOException {
        // --as-of 2025-06-30 on the synthetic sample (postings 2024-01-02 .. 2025-12-29): before, a
        // report "of 2025-06-30" whose figures counted postings of the following half-year, the
        // period shown only on the Methodology sheet, without a word; the Summary gave no period.
        // The test settings' report date is 2026-11-26.
        MarketReport within = new MarketReport(List.of("SYNTHETIC"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), sampleVerdicts(), List.of(), "2024-01-02", "2025-12-29");
        MarketReport past = new MarketReport(List.of("SYNTHETIC"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), sampleVerdicts(), List.of(), "2024-01-02", "2026-11-27");
        Path a = write(tmp.resolve("within"), Language.EN, within);
        Path b = write(tmp.resolve("past"), Language.EN, past);
        Path c = write(tmp.resolve("undated"), Language.FR, report(List.of("SYNTHETIC"), sampleVerdicts()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(a)) {
            assertEquals("2024-01-02 .. 2025-12-29 (unique postings with a date)",
                    CareerReportIT.valueOf(wb.getSheet("Summary"), "Postings published"));
            assertEquals("2024-01-02 .. 2025-12-29 (unique postings with a date)",
                    CareerReportIT.valueOf(wb.getSheet("Methodology"), "date_posted range"));
        }
        try (XSSFWorkbook wb = CareerReportIT.workbook(b)) {
            String warned = "2024-01-02 .. 2026-11-27 (unique postings with a date) ⚠ some postings are dated after"
                    + " the report date (2026-11-26): the report is not limited to the postings published by that date";
            assertEquals(warned, CareerReportIT.valueOf(wb.getSheet("Summary"), "Postings published"));
            assertEquals(warned, CareerReportIT.valueOf(wb.getSheet("Methodology"), "date_posted range"));
        }
        try (XSSFWorkbook wb = CareerReportIT.workbook(c)) {
            // before: "? .. ? (offres uniques datées)"
            assertEquals("aucune offre unique datée", CareerReportIT.valueOf(wb.getSheet("Synthèse"), "Offres publiées"));
            assertEquals("aucune offre unique datée",
                    CareerReportIT.valueOf(wb.getSheet("Méthodologie"), "date_posted range"));
        }
    }

    @Test
    void theTrendsSayHowManyPostingsHaveNoMonth(@TempDir Path tmp) throws IOException {
        // Default run with a warehouse: trends.csv counted 244 REAL postings in its months, of 490
        // unique REAL postings (the HelloWork and Glassdoor samples have no date), under a note
        // "Toutes les offres uniques de l'entrepôt ... par mois de publication".
        io.techdir.warehouse.Trends.Series series = new io.techdir.warehouse.Trends.Series(List.of(
                new io.techdir.warehouse.Trends.Month("REAL", "2024-11", 204, 168, 31_625.0)), Map.of("REAL", 246L));
        RunSettings s = CareerReportIT.settings(tmp.resolve("fr"), Language.FR, List.of());
        write(s, report(List.of("REAL"), List.of()), new RunCounts(0, 0, 0, 0, Map.of(), Map.of(), Map.of()),
                ReportTables.trends(series, io.techdir.report.ReportTexts.of(Language.FR)));
        List<CSVRecord> csv = CareerReportIT.csv(s.out().resolve("trends.csv"));
        assertEquals(List.of("REAL", "2024-11", "204", "168", "31625", "OK"), csv.get(0).toList());
        assertEquals(1, csv.size(), "no row for the undated: the table keeps its months");
        try (XSSFWorkbook wb = CareerReportIT.workbook(s.out())) {
            assertTrue(CareerReportIT.rowOf(wb.getSheet("Tendances"), "Offres uniques sans date de publication, dans"
                    + " aucun mois (non comptées ci-dessus) : 246 (données réelles).") > 0);
        }
    }

    @Test
    void aSourceNotReadInFullIsOnTheSummary(@TempDir Path tmp) throws IOException {
        // --source csv:/tmp/h2/missing.csv --source csv:data/samples/hellowork/...: exit 4, and
        // before, a Summary listing "Source hellowork" and its counts as if the run were whole; the
        // problem only in a note at the foot of the Data quality sheet.
        String problem = "/tmp/h2/missing.csv: no such file or folder";
        RunSettings s = CareerReportIT.settings(tmp.resolve("en"), Language.EN, List.of());
        write(s, report(List.of("REAL"), List.of()), new RunCounts(200, 174, 0, 26, Map.of(), Map.of(),
                Map.of("hellowork", Map.of("input", 200L, "normalized", 174L, "duplicates", 26L))), null,
                List.of(new SourceProblem("csv:/tmp/h2/missing.csv", problem)));
        try (XSSFWorkbook wb = CareerReportIT.workbook(s.out())) {
            assertEquals(problem + " — the records not read are in no figure of this report (see 'Data quality')",
                    CareerReportIT.valueOf(wb.getSheet("Summary"), "⚠ Source not read in full"));
            assertTrue(CareerReportIT.rowOf(wb.getSheet("Data quality"), "Unreadable source: " + problem) > 0);
        }
        Path whole = write(tmp.resolve("whole"), Language.EN, report(List.of("SYNTHETIC"), sampleVerdicts()));
        try (XSSFWorkbook wb = CareerReportIT.workbook(whole)) {
            assertEquals(-1, CareerReportIT.rowOf(wb.getSheet("Summary"), "⚠ Source not read in full"));
        }
    }
}
