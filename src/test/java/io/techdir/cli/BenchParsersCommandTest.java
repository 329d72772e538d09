package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code techdir bench-parsers}, run in-process on small inputs: its table, and its errors. */
class BenchParsersCommandTest {

    private static final List<String> ROWS = List.of("hygiene", "salary", "experience", "degree", "contract",
            "remote", "role", "location", "employer", "skills", "prior", "normalize", "short");
    private static final Pattern ROW = Pattern.compile("(\\w+) +(\\d+) strings/s +(\\d+\\.\\d\\d) us/posting");

    @Test
    void timesEveryParserOnTheFirstPostingsOfAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("postings.csv");
        new PostingGenerator(new GeneratorSettings(80, 3, GeneratorProfile.MARKET)).write(file);

        InProcess.Outcome o = InProcess.techdir("bench-parsers", "--source", file.toString(), "--postings", "50",
                "--rounds", "2");

        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.get(0).startsWith("50 postings, best of 2 rounds, "), o.out());
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version() + ", collectors "), o.out());
        for (int i = 0; i < ROWS.size(); i++) {
            Matcher m = ROW.matcher(lines.get(2 + i));
            assertTrue(m.matches(), lines.get(2 + i));
            assertEquals(ROWS.get(i), m.group(1));
            double micros = Double.parseDouble(m.group(3));
            // strings per second and microseconds per posting are the same measure
            assertEquals(1e6 / micros, Double.parseDouble(m.group(2)), 1e6 / micros * 0.01 + 1, lines.get(2 + i));
        }
        Matcher whole = ROW.matcher(lines.get(2 + ROWS.indexOf("normalize")));
        Matcher shortFields = ROW.matcher(lines.get(2 + ROWS.indexOf("short")));
        assertTrue(whole.matches() && shortFields.matches());
        assertTrue(lines.get(2 + ROWS.size()).startsWith(String.format(java.util.Locale.ROOT,
                "issue 3: whole posting %s us (target < 20), short fields %s us (target < 5): ", whole.group(3),
                shortFields.group(3))), o.out());
        // the whole posting per 1 000 characters of the descriptions timed (the file's first 50)
        double characters = io.techdir.normalize.NormalizeBenchmark.read(file, 50).stream()
                .mapToInt(p -> p.description() == null ? 0 : p.description().length()).average().orElseThrow();
        Matcher perCharacters = Pattern.compile("descriptions: (\\d+) characters on average; whole posting "
                + "(\\d+\\.\\d\\d) us per 1 000 characters").matcher(lines.get(3 + ROWS.size()));
        assertTrue(perCharacters.matches(), o.out());
        assertEquals(Math.round(characters), Long.parseLong(perCharacters.group(1)));
        assertEquals(Double.parseDouble(whole.group(3)) * 1000 / characters, Double.parseDouble(perCharacters.group(2)),
                0.02 + Double.parseDouble(perCharacters.group(2)) * 0.01, o.out());
    }

    @Test
    void aMissingFileIsBadInputNamedOnOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("none.csv");
        InProcess.Outcome o = InProcess.techdir("bench-parsers", "--source", missing.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), o.code());
        assertEquals("techdir: error: " + missing + ": cannot read the file (missing or not readable)",
                o.err().strip());
    }

    @Test
    void aFileWithoutPostingsIsBadInput(@TempDir Path dir) throws Exception {
        Path empty = java.nio.file.Files.writeString(dir.resolve("empty.csv"), "title,company,description\n");
        InProcess.Outcome o = InProcess.techdir("bench-parsers", "--source", empty.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), o.code());
        assertEquals("techdir: error: " + empty + ": no posting row after the header", o.err().strip());

        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.csv"),
                "title,company,description\n\"Directeur technique\"x,Acme,texte\n");
        o = InProcess.techdir("bench-parsers", "--source", broken.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), o.code(), o.err());
        assertTrue(o.err().startsWith("techdir: error: " + broken + ": not a CSV file with a header row: "), o.err());
        assertTrue(o.err().strip().endsWith(" at line: 2, position: 48"), o.err());
    }

    @Test
    void noRoundIsAUsageError() {
        InProcess.Outcome o = InProcess.techdir("bench-parsers", "--rounds", "0");
        assertEquals(ExitCode.USAGE.code(), o.code());
        assertTrue(o.err().startsWith("techdir: error: --postings and --rounds: expected 1 or more"), o.err());
    }

    @Test
    void readsPostingsThroughTheSourceReaders() {
        // real postings, read as a run reads them: France Travail JSON and a Glassdoor export
        InProcess.Outcome o = InProcess.techdir("bench-parsers",
                "--from", "francetravail:src/test/resources/evaluation-fixture/francetravail-fixture.json",
                "--from", "csv:src/test/resources/gather/glassdoor-excerpt.csv", "--postings", "1000", "--rounds", "2");

        assertEquals(0, o.code(), o.err());
        Matcher first = Pattern.compile("(\\d+) postings, best of 2 rounds, .*").matcher(o.out().lines().findFirst().orElse(""));
        assertTrue(first.matches(), o.out());
        int read = Integer.parseInt(first.group(1));
        assertTrue(read > 10 && read < 1000, "postings read from both files: " + read);
        Matcher whole = ROW.matcher(o.out().lines().toList().get(2 + ROWS.indexOf("normalize")));
        assertTrue(whole.matches() && Double.parseDouble(whole.group(3)) > 0, o.out());

        // --postings takes the first N, across the sources in order
        o = InProcess.techdir("bench-parsers",
                "--from", "francetravail:src/test/resources/evaluation-fixture/francetravail-fixture.json",
                "--from", "csv:src/test/resources/gather/glassdoor-excerpt.csv", "--postings", "7", "--rounds", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("7 postings, best of 1 rounds, "), o.out());
    }

    @Test
    void fewPostingsGetMoreRoundsByDefault() {
        assertEquals(40, BenchParsersCommand.roundsFor(5000), "200 000 calls of each task at least");
        assertEquals(BenchParsersCommand.ROUNDS, BenchParsersCommand.roundsFor(BenchParsersCommand.WARM_CALLS / 12 + 1));
        assertEquals(BenchParsersCommand.ROUNDS, BenchParsersCommand.roundsFor(100_000));
        assertEquals(541, BenchParsersCommand.roundsFor(370), "200 000 calls of each task at least");
        assertEquals(BenchParsersCommand.WARM_CALLS, BenchParsersCommand.roundsFor(1));
    }

    @Test
    void badSourcesAreNamedOnOneLine() {
        InProcess.Outcome o = InProcess.techdir("bench-parsers", "--from", "csv:no/such/file.csv");
        assertEquals(ExitCode.BAD_INPUT.code(), o.code());
        assertEquals("techdir: error: no/such/file.csv: no such file or folder", o.err().strip());

        o = InProcess.techdir("bench-parsers", "--from", "web:https://example.org/jobs");
        assertEquals(ExitCode.BAD_INPUT.code(), o.code());
        assertEquals("techdir: error: bad --from 'web:https://example.org/jobs': expected a file kind (csv, francetravail)",
                o.err().strip());

        o = InProcess.techdir("bench-parsers", "--from", "csv:src/test/resources/gather/generic-missing-column.csv");
        assertEquals(ExitCode.BAD_INPUT.code(), o.code());
        assertTrue(o.err().startsWith("techdir: error: src/test/resources/gather/generic-missing-column.csv:1: missing"
                + " required column"), o.err());

        o = InProcess.techdir("bench-parsers", "--from", "csv:src/test/resources/gather/generic-empty.csv");
        assertEquals(ExitCode.BAD_INPUT.code(), o.code(), o.err());

        o = InProcess.techdir("bench-parsers", "--source", "x.csv", "--from", "csv:y.csv");
        assertEquals(ExitCode.USAGE.code(), o.code());
        assertEquals("techdir: error: --source and --from: expected one of them, not both", o.err().strip().lines()
                .findFirst().orElse(""));
    }

    @Test
    void stepsOfAWholePostingAddUpToTheirSum(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("postings.csv");
        new PostingGenerator(new GeneratorSettings(60, 4, GeneratorProfile.MARKET)).write(file);

        InProcess.Outcome o = InProcess.techdir("bench-parsers", "--source", file.toString(), "--postings", "40",
                "--rounds", "2", "--steps");

        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        int head = 2 + ROWS.size() + 2; // the rows, the issue 3 line, the descriptions' line
        assertTrue(lines.get(head).startsWith("steps of normalize(), best round of each, wall time"), o.out());
        Pattern step = Pattern.compile(" +(\\S+) +(\\d+\\.\\d\\d) us/posting");
        List<String> names = List.of("prepare", "contract", "remote", "salary", "experience", "degree", "role",
                "employer", "skills+prior+id");
        double sum = 0;
        for (int k = 0; k < names.size(); k++) {
            Matcher m = step.matcher(lines.get(head + 1 + k));
            assertTrue(m.matches(), lines.get(head + 1 + k));
            assertEquals(names.get(k), m.group(1));
            sum += Double.parseDouble(m.group(2));
        }
        Matcher total = step.matcher(lines.get(head + 1 + names.size()));
        assertTrue(total.matches() && total.group(1).equals("sum"), o.out());
        assertEquals(sum, Double.parseDouble(total.group(2)), 0.01 * names.size(), o.out());
        assertEquals(head + 2 + names.size(), lines.size(), o.out());
    }
}
