package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.check.Baseline;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report with career paths, end to end on the shared Spark session: the CSV tables and the
 * workbook reopened with Commons CSV and POI, in English and in French.
 */
class CareerReportIT {

    private static final String ACCOUNTING = "src/test/resources/job/accounting.csv";
    private static final String TINY = "src/test/resources/careers/tiny.csv";
    private static final String SAMPLE = "data/samples/careers/synthetic-careers.csv";
    /** French words and letters a note of an English workbook must not hold. */
    private static final Pattern FRENCH = Pattern.compile("[éèêàùç«»]|\\b(les|des|du|offres|données|et|sur|ans)\\b");

    static RunSettings settings(Path out, Language lang, List<Path> careers) {
        return new RunSettings("20261126T000000Z-test", "test", null, List.of(SourceSpec.parse("csv:" + ACCOUNTING)),
                out, LocalDate.of(2026, 11, 26), Baseline.standard(), lang, CsvDialect.STANDARD, null,
                Instant.parse("2026-11-26T00:00:00Z"), GatherSettings.defaults(), null, careers);
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    static XSSFWorkbook workbook(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(ReportStage.WORKBOOK))) {
            return new XSSFWorkbook(in);
        }
    }

    /** The value in column 1 of the first row whose column 0 is {@code item} (sheets of two columns). */
    static String valueOf(Sheet s, String item) {
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(item)) {
                return r.getCell(1).toString();
            }
        }
        throw new AssertionError("no row '" + item + "' on sheet " + s.getSheetName());
    }

    static int rowOf(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r.getRowNum();
            }
        }
        return -1;
    }

    @Test
    void englishReportWithCareerPaths(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("en");
        RunResult result = MarketReportJob.run(SharedSpark.get(), settings(out, Language.EN,
                List.of(Path.of(SAMPLE), Path.of(TINY))));
        assertEquals(List.of(), result.problems());

        // career_transitions.csv: the tiny fixture is REAL (no origin comment), the sample SYNTHETIC.
        List<CSVRecord> careers = csv(out.resolve("career_transitions.csv"));
        CSVRecord cio = careers.stream().filter(r -> r.get("origin").equals("REAL") && r.get("base").equals("LEAVING_TD")
                && r.get("target").equals("CIO")).findFirst().orElseThrow();
        assertEquals("3", cio.get("k"));
        assertEquals("6", cio.get("n"));
        assertEquals(0.5, Double.parseDouble(cio.get("share")), 1e-12);
        assertEquals(0.187616, Double.parseDouble(cio.get("ci_low")), 1e-6);
        assertEquals("LOW", cio.get("confidence"));
        assertEquals("CIO", cio.get("label"));
        assertTrue(careers.stream().anyMatch(r -> r.get("origin").equals("SYNTHETIC")));
        assertEquals(List.of(TINY + ":17", TINY + ":21", TINY + ":22", TINY + ":23"),
                csv(out.resolve("career_rejects.csv")).stream().map(r -> r.get("record")).toList());
        List<CSVRecord> verdicts = csv(out.resolve("baseline_check.csv"));
        CSVRecord any = verdicts.stream().filter(r -> r.get("origin").equals("SYNTHETIC")
                && r.get("claim").equals("follow_on_career:ANY")).findFirst().orElseThrow();
        assertEquals("career paths (transitions after a technical-director position)", any.get("evidence"));
        assertTrue(any.get("rule").startsWith("share of transitions leaving a technical-director position"),
                any.get("rule"));
        // Data quality: English labels beside stable measure ids; career rows counted.
        List<CSVRecord> quality = csv(out.resolve("data_quality.csv"));
        assertEquals("salary stated by the employer (disclosure rate)", quality.stream()
                .filter(r -> r.get("measure").equals("salary disclosed by employer")).findFirst().orElseThrow()
                .get("label"));
        assertEquals("4", quality.stream().filter(r -> r.get("measure").equals("career rows rejected"))
                .findFirst().orElseThrow().get("count"));
        assertTrue(quality.stream().anyMatch(r -> r.get("measure").equals("date_posted missing")));

        try (XSSFWorkbook wb = workbook(out)) {
            Sheet followOn = wb.getSheet("Follow-on roles");
            int title = rowOf(followOn, "Career paths");
            assertTrue(title > 0, "the career block is on the follow-on sheet");
            assertEquals("Data origin", followOn.getRow(title + 1).getCell(0).getStringCellValue());
            assertEquals("Next position", followOn.getRow(title + 1).getCell(2).getStringCellValue());
            assertTrue(rowOf(followOn, "Career rows rejected") > title, "the rejects block follows");
            Sheet summary = wb.getSheet("Summary");
            assertTrue(valueOf(summary, "Career paths (synthetic data)").contains("SYNTHETIC (generated, not real"
                    + " careers"), valueOf(summary, "Career paths (synthetic data)"));
            assertEquals("4.0", valueOf(summary, "Career rows rejected (see career_rejects.csv)"), "a number");
            Sheet method = wb.getSheet("Methodology");
            assertEquals("n < 5 suppressed; n < 30 low confidence", valueOf(method, "suppression"));
            assertEquals("Wilson score interval, 95 %", valueOf(method, "shares"));
            // No French in any note (notes are the merged rows under each table) nor in the summary.
            List<String> french = new ArrayList<>();
            for (Sheet s : wb) {
                for (CellRangeAddress merged : s.getMergedRegions()) {
                    String note = s.getRow(merged.getFirstRow()).getCell(0).getStringCellValue();
                    if (FRENCH.matcher(note).find()) {
                        french.add(s.getSheetName() + ": " + note);
                    }
                }
            }
            for (Row r : summary) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && FRENCH.matcher(c.getStringCellValue()).find()) {
                        french.add("Summary: " + c.getStringCellValue());
                    }
                }
            }
            assertEquals(List.of(), french);
        }
    }

    @Test
    void frenchByDefaultAndAnUnreadableCareerFileIsAProblemNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("fr");
        String bad = "src/test/resources/careers/missing-end.csv";
        RunResult result = MarketReportJob.run(SharedSpark.get(), settings(out, Language.FR, List.of(Path.of(bad))));
        assertEquals(List.of(bad + ":1: missing required column 'end'; expected a header with"
                + " person,order,title,start,end"), result.problems().stream().map(SourceProblem::message).toList());
        assertEquals(List.of(), csv(out.resolve("career_transitions.csv")));
        try (XSSFWorkbook wb = workbook(out)) {
            Sheet followOn = wb.getSheet("Évolutions");
            int title = rowOf(followOn, "Parcours de carrière");
            assertTrue(title > 0);
            assertEquals("Origine des données", followOn.getRow(title + 1).getCell(0).getStringCellValue());
            assertEquals("Pas de parcours de carrière en entrée (propriété careers du job ou option --careers).",
                    valueOf(wb.getSheet("Synthèse"), "Parcours de carrière"));
            assertEquals("n < 5 masqué ; n < 30 fiabilité faible", valueOf(wb.getSheet("Méthodologie"), "suppression"));
            assertFalse(valueOf(wb.getSheet("Méthodologie"), "shares").contains("score"));
        }
    }
}
