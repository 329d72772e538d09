package io.techdir.cli;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.cli.InProcess.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.SharedSpark;
import io.techdir.report.Language;
import io.techdir.report.WorkbookWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in-process, on the shared Spark session. */
class RunCommandIT {

    @BeforeAll
    static void spark() {
        SharedSpark.get();
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }

    static List<String> header(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
            return p.getHeaderNames();
        }
    }

    /** The README's outputs table: each CSV file named in a row, with the columns listed beside it. */
    static Map<String, List<String>> documentedColumns() throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| ((?:`[a-z_]+\\.csv`(?:, )?)+) \\| `([a-z0-9_, ]+)`");
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.find()) {
                for (String file : m.group(1).replace("`", "").split(", ")) {
                    out.put(file, List.of(m.group(2).split(", ")));
                }
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void defaultJobWritesEveryOutputFromTheSamples(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("report");
        Outcome o = techdir("run", "--no-warehouse", "--out", out.toString(), "--as-of", "2026-11-26");
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("market-report.xlsx", "postings.csv", "rejects.csv", "salary_spread.csv",
                "experience_demands.csv", "degree_demands.csv", "skills_demands.csv", "follow_on_roles.csv",
                "baseline_check.csv", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode counts = manifest(out).get("counts");
        long input = counts.get("input").asLong();
        long normalized = counts.get("normalized").asLong();
        long rejected = counts.get("rejected").asLong();
        long duplicates = counts.get("duplicates").asLong();
        assertEquals(input, normalized + rejected + duplicates);
        assertTrue(duplicates > 0, "the HelloWork sample holds repeated rows");
        assertEquals(normalized + duplicates, csv(out.resolve("postings.csv")).size());
        assertEquals(rejected, csv(out.resolve("rejects.csv")).size());
        assertTrue(o.out().contains("postings: " + input + " input = " + normalized + " normalized + " + rejected
                + " rejected + " + duplicates + " duplicates"), o.out());

        // Every source of the default job is in the postings, and synthetic data is labelled.
        Map<String, Integer> bySource = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("postings.csv"))) {
            bySource.merge(r.get("source"), 1, Integer::sum);
        }
        assertEquals(List.of("francetravail", "glassdoor", "hellowork", "synthetic"),
                bySource.keySet().stream().sorted().toList());
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("market-report.xlsx")))) {
            List<String> sheets = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
            assertEquals("Synthèse", sheets.get(0));
            assertEquals(List.of("Synthèse", "Vérification", "Salaires", "Expérience", "Diplômes", "Compétences", "Évolutions",
                    WorkbookWriter.postingsSheetName(Language.FR), "Qualité des données", "Méthodologie"), sheets);
            Sheet summary = wb.getSheet("Synthèse");
            StringBuilder text = new StringBuilder();
            summary.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
            assertTrue(text.toString().contains("SYNTHÉTIQUE"), text.toString());
            Sheet postings = wb.getSheet(WorkbookWriter.postingsSheetName(Language.FR));
            assertEquals(normalized + duplicates, postings.getLastRowNum());
        }
        // Baseline verdicts exist for the synthetic technical-director sample, apart from real data.
        List<CSVRecord> verdicts = csv(out.resolve("baseline_check.csv"));
        assertTrue(verdicts.stream().anyMatch(r -> r.get("origin").equals("SYNTHETIC") && r.get("claim").equals("salary")));
        assertTrue(verdicts.stream().allMatch(r -> List.of("SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_DATA")
                .contains(r.get("verdict"))));
        // The claims are about France: the scope is in the manifest and the population; the US
        // Glassdoor postings' salaries are shown apart, by country.
        assertEquals("[\"FR\"]", manifest(out).get("parameters").get("baseline").get("scope_countries").toString());
        assertTrue(verdicts.stream().filter(r -> r.get("claim").equals("salary"))
                .allMatch(r -> r.get("population").equals("TECHNICAL_DIRECTOR x IT_DIGITAL x FR")));
        assertTrue(csv(out.resolve("salary_spread.csv")).stream().anyMatch(r -> r.get("origin").equals("REAL")
                && r.get("dimension").equals("country") && r.get("group").equals("US")));
        // Every value the verdicts use is in the manifest, with the baseline file's checksum.
        JsonNode baseline = manifest(out).get("parameters").get("baseline");
        for (String key : List.of("degree_kinds", "degree_majority", "business_school_min_share",
                "follow_on_min_postings", "min_observations", "salary_floor_monthly_eur", "sha256")) {
            assertFalse(baseline.get(key).isNull(), key + " in " + baseline);
        }
        assertEquals(sha256(Path.of("data/reference/baseline.properties")), baseline.get("sha256").asText(),
                "the shipped baseline, read from the classpath, is the file in data/reference");
        // The CSV tables have the columns the README documents, in its order.
        Map<String, List<String>> documented = documentedColumns();
        for (String f : List.of("rejects.csv", "salary_spread.csv", "day_rates.csv", "experience_demands.csv",
                "degree_demands.csv",
                "skills_demands.csv", "follow_on_roles.csv", "baseline_check.csv", "data_quality.csv", "career_transitions.csv",
                "career_rejects.csv")) {
            assertEquals(documented.get(f), header(out.resolve(f)), f + " against README.md");
        }
        // The Summary's counts are numbers an analyst can add up.
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("market-report.xlsx")))) {
            Map<String, org.apache.poi.ss.usermodel.Cell> items = new HashMap<>();
            wb.getSheet("Synthèse").forEach(row -> {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    items.put(row.getCell(0).toString(), row.getCell(1));
                }
            });
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, items.get("Enregistrements lus").getCellType());
            assertEquals((double) input, items.get("Enregistrements lus").getNumericCellValue());
            assertEquals((double) duplicates, items.get("Doublons").getNumericCellValue());
        }
        // No sample posting is of a follow-on family: the table is empty, and its sheet says why.
        assertEquals(List.of(), csv(out.resolve("follow_on_roles.csv")));
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("market-report.xlsx")))) {
            List<String> notes = new ArrayList<>();
            wb.getSheet("Évolutions").forEach(row -> notes.add(row.getCell(0) == null ? "" : row.getCell(0).toString()));
            assertTrue(notes.contains("Aucune ligne pour données réelles, données synthétiques : aucune offre des"
                    + " familles Direction générale, Direction industrielle, Direction commerciale, DSI parmi les"
                    + " offres uniques de cette exécution."), notes.toString());
        }
    }

    @Test
    void aFileThatBreaksMidwayIsReportedAndTheRunEndsWithCodeFour(@TempDir Path tmp) throws IOException {
        // one offer read, then the JSON ends: the offers after the break are unknown, so the run
        // says so on stderr and in the manifest, and exits 4 like a source that could not be read
        Path out = tmp.resolve("r");
        String file = "src/test/resources/gather/ft-truncated.json";
        Outcome o = techdir("run", "--no-warehouse", "-q", "--source", "francetravail:" + file, "--out", out.toString());
        assertEquals(4, o.code(), o.err());
        String line = "techdir: error: " + file + ":57: malformed JSON (Unexpected end-of-input within/between Object"
                + " entries); expected France Travail offers in well-formed JSON; the records after it were not read";
        assertTrue(o.err().contains(line), o.err());
        JsonNode manifest = manifest(out);
        assertEquals(line.substring("techdir: error: ".length()), manifest.get("problems").get(0).get("message").asText());
        JsonNode counts = manifest.get("counts");
        assertEquals(counts.get("input").asLong(), counts.get("normalized").asLong() + counts.get("rejected").asLong()
                + counts.get("duplicates").asLong());
        assertEquals(1, counts.get("rejected_by_code").get("SOURCE_UNREADABLE").asLong());
    }

    @Test
    void aFileNamedTwiceIsReadOnce(@TempDir Path tmp) throws IOException {
        Path once = tmp.resolve("once");
        Path twice = tmp.resolve("twice");
        String file = "src/test/resources/job/accounting.csv";
        assertEquals(0, techdir("run", "--no-warehouse", "-q", "--source", "csv:" + file, "--out", once.toString()).code());
        Outcome o = techdir("run", "--no-warehouse", "-q", "--source", "csv:" + file, "--source",
                "csv:src/test/resources/job/../job/accounting.csv", "--out", twice.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(manifest(once).get("counts").toString(), manifest(twice).get("counts").toString());
        assertEquals(1, manifest(twice).get("inputs").size());
    }

    @Test
    void accountingIdentityWithKnownDuplicatesAndRejects(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("r");
        Outcome o = techdir("run", "--no-warehouse", "--source", "csv:src/test/resources/job/accounting.csv", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode counts = manifest(out).get("counts");
        assertEquals(9, counts.get("input").asLong());
        assertEquals(4, counts.get("normalized").asLong());
        assertEquals(2, counts.get("rejected").asLong());
        assertEquals(3, counts.get("duplicates").asLong());
        assertEquals(1, counts.get("duplicates_by_kind").get("SAME_POSTING").asLong());
        assertEquals(2, counts.get("duplicates_by_kind").get("REPOST").asLong());

        Map<String, CSVRecord> byId = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("postings.csv"))) {
            byId.merge(r.get("source_id") + "@" + r.get("record"), r, (a, b) -> a);
        }
        CSVRecord first = byId.get("A1@src/test/resources/job/accounting.csv:2");
        CSVRecord again = byId.get("A1@src/test/resources/job/accounting.csv:4");
        CSVRecord repost = byId.get("A2@src/test/resources/job/accounting.csv:6");
        assertNotNull(first, byId.keySet().toString());
        assertEquals("", first.get("duplicate_of"));
        assertEquals(first.get("posting_id"), again.get("duplicate_of"));
        assertEquals("SAME_POSTING", again.get("duplicate_kind"));
        assertEquals(first.get("posting_id"), repost.get("duplicate_of"));
        assertEquals("REPOST", repost.get("duplicate_kind"));
        // Within the repost window: a repost; beyond it (counted from the previous publication): a new job.
        CSVRecord cto = byId.get("A4@src/test/resources/job/accounting.csv:9");
        assertEquals(cto.get("posting_id"), byId.get("A7@src/test/resources/job/accounting.csv:12").get("duplicate_of"));
        assertEquals("", byId.get("A6@src/test/resources/job/accounting.csv:11").get("duplicate_of"));

        // Data quality: 3 of the 4 unique postings state a salary (A1, A4, A5; not A6).
        CSVRecord disclosed = csv(out.resolve("data_quality.csv")).stream()
                .filter(r -> r.get("source").equals("csv") && r.get("measure").equals("salary disclosed by employer"))
                .findFirst().orElseThrow();
        assertEquals("3", disclosed.get("count"));
        assertEquals(0.75, Double.parseDouble(disclosed.get("share")), 1e-9);

        List<CSVRecord> rejects = csv(out.resolve("rejects.csv"));
        assertEquals(List.of("src/test/resources/job/accounting.csv:7", "src/test/resources/job/accounting.csv:8"),
                rejects.stream().map(r -> r.get("record")).toList());
    }

    @Test
    void missingSourceFileFinishesWithCode4AndNamesTheFile(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("r");
        Outcome o = techdir("run", "--no-warehouse", "--source", "csv:src/test/resources/job/accounting.csv",
                "--source", "csv:no/such/file.csv", "--out", out.toString());
        assertEquals(4, o.code(), o.err());
        assertTrue(o.err().contains("techdir: error: no/such/file.csv"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace without --verbose");
        assertEquals(9, manifest(out).get("counts").get("input").asLong(), "the readable source still ran");
    }

    /**
     * A {@code date_posted} that is no ISO date or date-time ("next week", "32/13/2026", "n/a", 30
     * February) leaves the posting without a date, as one not given, but not silently: data
     * quality counts it apart, right after "date_posted missing", out of the source's unique
     * postings, and so does the manifest.
     */
    @Test
    void anUnreadableDatePostedKeepsThePostingAndIsCountedApartFromAMissingOne(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("r");
        Outcome o = techdir("run", "--no-warehouse", "-q", "--source", "csv:src/test/resources/job/unreadable-dates.csv",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        Map<String, String> dates = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("postings.csv"))) {
            dates.putIfAbsent(r.get("source_id"), r.get("date_posted"));
        }
        assertEquals(Map.of("D1", "2026-01-05", "D2", "", "D3", "", "D4", "", "D5", "", "D6", "",
                "D7", "2026-01-08"), dates);
        List<CSVRecord> quality = csv(out.resolve("data_quality.csv"));
        List<String> measures = quality.stream().map(r -> r.get("measure")).toList();
        int missing = measures.indexOf("date_posted missing");
        assertEquals("date_posted unreadable", measures.get(missing + 1), measures.toString());
        CSVRecord unreadable = quality.get(missing + 1);
        assertEquals("csv", unreadable.get("source"));
        assertEquals("4", unreadable.get("count"));
        assertEquals(4 / 7.0, Double.parseDouble(unreadable.get("share")), 1e-9);
        assertEquals("5", quality.get(missing).get("count"));
        assertEquals(4, manifest(out).get("counts").get("by_source").get("csv").get("date_posted unreadable").asLong());
    }

    /**
     * With {@code -q} only warnings and errors reach stderr: a source that cannot be read is named
     * there once, by the {@code techdir: error:} line (it was logged at WARN first, the same words
     * twice), and recorded in the manifest.
     */
    @Test
    void quietRunNamesAMissingSourceOnceOnStderr(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("r");
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        Outcome o;
        // the log's console appender follows System.err (as 'techdir serve' relies on)
        System.setErr(new java.io.PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            o = techdir("run", "-q", "--no-warehouse", "--source", "csv:no/such/file.csv", "--out", out.toString());
        } finally {
            System.setErr(stderr);
        }
        String all = logged.toString(StandardCharsets.UTF_8) + o.err();
        assertEquals(4, o.code(), all);
        String problem = "no/such/file.csv: no such file or folder";
        assertEquals(1, all.split(java.util.regex.Pattern.quote(problem), -1).length - 1, all);
        assertEquals("techdir: error: " + problem + "\n", o.err());
        assertEquals(problem, manifest(out).get("problems").get(0).get("message").asText());
    }

    @Test
    void csvWithoutRequiredColumnIsASourceProblemNamingFileAndLine(@TempDir Path tmp) {
        Outcome o = techdir("run", "--no-warehouse", "--source", "csv:src/test/resources/job/missing-title-column.csv",
                "--out", tmp.resolve("r").toString());
        assertEquals(4, o.code(), o.err());
        assertTrue(o.err().contains("techdir: error: src/test/resources/job/missing-title-column.csv:1: missing"
                + " required column 'title'"), o.err());
    }

    @Test
    void generatedPostingsAreReproducibleAndAllAccountedFor(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        Outcome g = techdir("generate", "--postings", "300", "--seed", "3", "--out", a.toString());
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().startsWith("wrote " + a + ": 300 rows ("), g.out());
        assertEquals(0, techdir("generate", "--postings", "300", "--seed", "3", "--out", b.toString()).code());
        assertEquals(-1L, Files.mismatch(a, b), "same seed, same bytes");

        Path out = tmp.resolve("r");
        Outcome o = techdir("run", "--no-warehouse", "--source", "csv:" + a, "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode counts = manifest(out).get("counts");
        assertEquals(300, counts.get("input").asLong());
        assertTrue(counts.get("duplicates").asLong() > 0, "the generator writes duplicates");
        assertEquals(counts.get("input").asLong(), counts.get("normalized").asLong()
                + counts.get("rejected").asLong() + counts.get("duplicates").asLong());
        // Generated rows are labelled synthetic, and their figures never mix with real ones.
        assertTrue(csv(out.resolve("salary_spread.csv")).stream().allMatch(r -> r.get("origin").equals("SYNTHETIC")));
    }

    @Test
    void generateRejectsAnUnknownProfile(@TempDir Path tmp) {
        Outcome o = techdir("generate", "--postings", "5", "--profile", "cto", "--out", tmp.resolve("x.csv").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--profile: unknown profile 'cto'; expected one of market, technical-director"),
                o.err());
    }

    @Test
    void badSourceKindIsBadInput() {
        Outcome o = techdir("run", "--no-warehouse", "--source", "ftp:somewhere");
        assertEquals(3, o.code(), o.err());
        assertTrue(o.err().startsWith("techdir: error: bad --source 'ftp:somewhere'; expected KIND:LOCATION"), o.err());
    }

    @Test
    void usageErrorsExitWith2() {
        Outcome unknown = techdir("run", "--bogus");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown.err());
        Outcome date = techdir("run", "--as-of", "2026-13-01");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("--as-of '2026-13-01'; expected a date yyyy-MM-dd"), date.err());
    }

    @Test
    void asOfVersionWithoutAWarehouseIsAUsageError() {
        Outcome o = techdir("run", "--no-warehouse", "--as-of-version", "3");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--as-of-version needs a warehouse; expected --warehouse DIR|URI and no --no-warehouse"), o.err());
    }

    @Test
    void missingJobFileIsBadInput() {
        Outcome o = techdir("run", "--job", "jobs/none.properties");
        assertEquals(3, o.code());
        assertEquals("techdir: error: jobs/none.properties: no such job file\n", o.err());
    }

    @Test
    void helpListsExitCodesAndSourceKinds() {
        Outcome o = techdir("run", "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Exit codes:"), o.out());
        assertTrue(o.out().contains("4   finished, but a source or one of its files could not be read whole"), o.out());
        assertTrue(o.out().contains("francetravail:PATH"), o.out());
    }
}
