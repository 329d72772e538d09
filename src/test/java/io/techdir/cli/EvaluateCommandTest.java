package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code techdir evaluate} on the fixture set of src/test/resources/evaluation-fixture/, in-process. */
class EvaluateCommandTest {

    private static final String FIXTURE = "src/test/resources/evaluation-fixture";

    @Test
    void printsFiguresGatesAndMissesAndWritesTheCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("misses.csv");
        InProcess.Outcome o = InProcess.techdir("evaluate", "--set", FIXTURE, "--misses", "2",
                "--csv", csv.toString());
        assertEquals(5, o.code(), "a failing gate exits 5 (GATE_FAILED), after printing everything: " + o.err());
        assertTrue(o.out().startsWith("evaluation of " + FIXTURE + " (split all): 12 labelled records"), o.out());
        assertTrue(o.out().contains("experience             8/10 80.0 %      2/2 100.0 %      10/12 83.3 %     >= 97 %"
                + "  FAIL"), o.out());
        assertTrue(o.out().contains("\nmisses: "), o.out());
        assertTrue(o.out().contains("francetravail-fixture.json#1 (184TLPS) experience: expected '6..', got '5..'"),
                o.out());
        assertTrue(o.out().contains("gates: FAIL (salary_disclosed 91.7 % < 99 %"), o.out());
        assertTrue(o.out().contains("wrote " + csv + ": "), o.out());
        assertTrue(Files.readString(csv).startsWith("file,n,source_id,field,expected,got,text"));
    }

    @Test
    void theSplitOptionIsChecked() {
        InProcess.Outcome o = InProcess.techdir("evaluate", "--set", FIXTURE, "--split", "test");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("techdir: error: --split: split 'test'; expected dev, holdout or all"), o.err());
    }

    @Test
    void aMissingSetIsBadInput(@TempDir Path dir) {
        InProcess.Outcome o = InProcess.techdir("evaluate", "--set", dir.resolve("none").toString());
        assertEquals(3, o.code(), o.out());
        assertTrue(o.err().startsWith("techdir: error: " + dir.resolve("none")
                + ": no such folder; expected the evaluation set folder"), o.err());
    }
}
