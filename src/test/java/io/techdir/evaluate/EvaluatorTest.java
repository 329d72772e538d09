package io.techdir.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator on the fixture set of {@code src/test/resources/evaluation-fixture/} (see its
 * README): 12 labelled records in three formats, two deliberate misses and one rejected row.
 */
class EvaluatorTest {

    static final Path FIXTURE = Path.of("src/test/resources/evaluation-fixture");
    static final Path TITLES = Path.of("src/test/resources/normalize");

    private static Evaluation all;

    @BeforeAll
    static void evaluate() {
        all = Evaluator.evaluate(FIXTURE, TITLES, Split.ALL);
    }

    @Test
    void countsRecordsPerFileAndSource() {
        assertEquals(12, all.records());
        assertEquals(List.of("francetravail-fixture.json", "glassdoor-fixture.csv", "hellowork-fixture.csv"),
                List.copyOf(all.recordsByFile().keySet()));
        assertEquals(5L, all.recordsBySource().get("francetravail"));
        assertEquals(2L, all.recordsBySource().get("glassdoor"));
        assertEquals(4L, all.recordsBySource().get("hellowork"));
        assertEquals(1L, all.recordsBySource().get("rejected"));
        assertTrue(all.titleCount() >= 300, "titles: " + all.titleCount());
    }

    @Test
    void deliberateExperienceMissIsReportedWithFieldExpectedAndGot() {
        Miss m = only(ScoredField.EXPERIENCE, "francetravail-fixture.json", 1);
        assertEquals("184TLPS", m.sourceId());
        assertEquals("6..", m.expected());
        assertEquals("5..", m.got());
        assertEquals("5 An(s) [E]", m.text());
    }

    @Test
    void deliberateSalaryMissIsReportedWithAnnualBounds() {
        Miss m = only(ScoredField.SALARY_ANNUAL_BOUNDS, "hellowork-fixture.csv", 1);
        assertEquals("74517975", m.sourceId());
        assertEquals("43000..43000", m.expected());
        assertEquals("42000..42000", m.got());
        assertEquals("42\u202F000 € / an", m.text(), "as published, with its narrow no-break space");
    }

    @Test
    void aRejectedRecordMissesEveryField() {
        List<Miss> misses = all.misses().stream()
                .filter(m -> m.file().equals("hellowork-fixture.csv") && m.n() == 5).toList();
        assertEquals(List.of(ScoredField.SALARY_DISCLOSED, ScoredField.SALARY_ESTIMATED,
                ScoredField.SALARY_ANNUAL_BOUNDS, ScoredField.EXPERIENCE, ScoredField.EXPERIENCE_REQUIRED,
                ScoredField.DEGREE_LEVEL, ScoredField.ROLE_FAMILY), misses.stream().map(Miss::field).toList());
        assertTrue(misses.get(0).got().startsWith("REJECTED "), misses.get(0).got());
        assertEquals("99999999", misses.get(0).sourceId());
    }

    @Test
    void scoresEveryOtherFieldRightAndSplitsDevFromHoldout() {
        // 12 records, one rejected: 11/12 where nothing else is wrong.
        assertEquals(new Score(11, 12), all.score(ScoredField.SALARY_DISCLOSED, Evaluation.ALL));
        assertEquals(new Score(10, 12), all.score(ScoredField.EXPERIENCE, Evaluation.ALL));
        assertEquals(new Score(9, 11), all.score(ScoredField.SALARY_ANNUAL_BOUNDS, Evaluation.ALL));
        assertEquals(new Score(2, 2), all.score(ScoredField.SALARY_DISCLOSED, Evaluation.HOLDOUT));
        assertEquals(new Score(9, 10), all.score(ScoredField.SALARY_DISCLOSED, Evaluation.DEV));
        assertEquals(new Score(4, 5), all.score(ScoredField.SALARY_DISCLOSED, "hellowork-fixture.csv"));
        assertEquals(new Score(5, 5), all.score(ScoredField.DEGREE_LEVEL, "francetravail-fixture.json"));
        assertFalse(all.passes(ScoredField.SALARY_DISCLOSED));
        assertFalse(all.passes());
        assertTrue(all.passes(ScoredField.ROLE_FAMILY), "reported, not gated");
    }

    @Test
    void theSplitOptionScoresOnlyItsRecords() {
        Evaluation holdout = Evaluator.evaluate(FIXTURE, TITLES, Split.HOLDOUT);
        assertEquals(2, holdout.records());
        assertEquals(new Score(2, 2), holdout.score(ScoredField.SALARY_ANNUAL_BOUNDS, Evaluation.ALL));
        assertTrue(holdout.misses().stream().allMatch(m -> m.field() == ScoredField.ROLE_FAMILY_TITLES));
    }

    @Test
    void aTitleOutOfStepIsAnErrorNamingLabelsFileAndRecord(@TempDir Path dir) throws IOException {
        Path set = copyFixture(dir);
        Path labels = set.resolve("labels-fixture.csv");
        Files.writeString(labels, Files.readString(labels).replace(",Responsable de bureau (H/F),",
                ",Responsable de magasin (H/F),"));
        BadSetException e = assertThrows(BadSetException.class,
                () -> Evaluator.evaluate(set, TITLES, Split.ALL));
        assertEquals("labels-fixture.csv:3: title 'Responsable de magasin (H/F)' for francetravail-fixture.json n 2;"
                + " expected the record's title 'Responsable de bureau (H/F)' (labels and input file are out of step:"
                + " the set is broken)", e.getMessage());
    }

    @Test
    void badLabelsAreErrorsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path set = copyFixture(dir);
        Path labels = set.resolve("labels-fixture.csv");
        String text = Files.readString(labels);
        Files.writeString(labels, text.replace("hellowork-fixture.csv,2,74523641,dev,Garde d'Enfants à Domicile dans"
                + " les Weppes H/F,true,false,EUR,13,13,HOUR", "hellowork-fixture.csv,2,74523641,dev,Garde d'Enfants à"
                + " Domicile dans les Weppes H/F,true,false,EUR,13,13,HOURLY"));
        BadSetException e = assertThrows(BadSetException.class,
                () -> Evaluator.evaluate(set, TITLES, Split.ALL));
        assertEquals("labels-fixture.csv:8: salary_period 'HOURLY'; expected one of [HOUR, DAY, WEEK, MONTH, YEAR]"
                + " or empty", e.getMessage());
        Files.writeString(labels, text.replaceFirst("file,n,", "file,number,"));
        e = assertThrows(BadSetException.class, () -> Evaluator.evaluate(set, TITLES, Split.ALL));
        assertTrue(e.getMessage().startsWith("labels-fixture.csv:1: header 'file,number,source_id,"), e.getMessage());
        Files.writeString(labels, text.replace("glassdoor-fixture.csv,2,66,", "glassdoor-fixture.csv,3,66,"));
        e = assertThrows(BadSetException.class, () -> Evaluator.evaluate(set, TITLES, Split.ALL));
        assertEquals("labels-fixture.csv:13: n '3' of glassdoor-fixture.csv; expected at most 2 (the file's records)",
                e.getMessage());
    }

    @Test
    void missesCsvHoldsEveryMiss(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("out/misses.csv");
        EvaluationText.writeMissesCsv(all, csv);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .get())) {
            assertEquals(EvaluationText.MISS_COLUMNS, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(all.misses().size(), rows.size());
            CSVRecord first = rows.get(0);
            assertEquals("francetravail-fixture.json", first.get("file"));
            assertEquals("1", first.get("n"));
            assertEquals("experience", first.get("field"));
        }
    }

    @Test
    void tableShowsGatesAndVerdict() {
        String table = EvaluationText.table(all);
        assertTrue(table.contains("salary_disclosed       9/10 90.0 %      2/2 100.0 %      11/12 91.7 %     >= 99 %"
                + "  FAIL"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("role_family_titles") && l.contains(">= 100 %")), table);
        assertTrue(table.contains("gates: FAIL (salary_disclosed 91.7 % < 99 %"), table);
        String misses = EvaluationText.misses(all, 1);
        assertTrue(misses.startsWith("misses: " + all.misses().size() + " (first 1 shown"), misses);
        assertTrue(misses.contains("francetravail-fixture.json#1 (184TLPS) experience: expected '6..', got '5..'"
                + " | 5 An(s) [E]"), misses);
    }

    private static Miss only(ScoredField field, String file, long n) {
        List<Miss> found = all.misses(field).stream().filter(m -> m.file().equals(file) && m.n() == n).toList();
        assertEquals(1, found.size(), () -> field + " misses of " + file + "#" + n + ": " + all.misses());
        return found.get(0);
    }

    static Path copyFixture(Path dir) throws IOException {
        Path set = dir.resolve("evaluation");
        Files.createDirectories(set);
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, set.resolve(f.getFileName()));
            }
        }
        return set;
    }
}
