package io.techdir.cli;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code techdir bench-runs}: several runs of one job in one JVM, as the scheduler makes them. */
class BenchRunsCommandIT {

    private static final Pattern RUN_LINE = Pattern.compile(
            "run (\\d) of 2: ([\\d.]+) s \\(gather ([\\d.]+) s, deduplicate ([\\d.]+) s, statistics ([\\d.]+) s,"
                    + " report ([\\d.]+) s\\)");

    @BeforeAll
    static void spark() {
        SharedSpark.get();
    }

    @Test
    void runsTheJobTwiceInOneJvmWithTheSameOutputs(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("bench");
        Outcome o = techdir("bench-runs", "--runs", "2", "--out", out.toString(), "--", "--no-warehouse",
                "--as-of", "2026-11-26", "-q");
        assertEquals(0, o.code(), o.err());
        Matcher m = RUN_LINE.matcher(o.out());
        double[] walls = new double[2];
        for (int i = 0; i < 2; i++) {
            assertTrue(m.find(), o.out());
            assertEquals(String.valueOf(i + 1), m.group(1));
            walls[i] = Double.parseDouble(m.group(2));
            double stages = 0;
            for (int g = 3; g <= 6; g++) {
                stages += Double.parseDouble(m.group(g));
            }
            assertTrue(stages > 0 && stages <= walls[i] + 0.1, "the stages fit in the run: " + m.group());
        }
        assertTrue(o.out().contains(String.format(java.util.Locale.ROOT,
                "first run %.1f s; later runs: best %.1f s, median %.1f s", walls[0], walls[1], walls[1])), o.out());
        // each run wrote its own report, and a second run in the same JVM gives the same postings
        for (String f : new String[] {"postings.csv", "rejects.csv", "salary_spread.csv", "baseline_check.csv"}) {
            assertArrayEquals(Files.readAllBytes(out.resolve("run-1").resolve(f)),
                    Files.readAllBytes(out.resolve("run-2").resolve(f)), f);
        }
        assertTrue(Files.size(out.resolve("run-2").resolve("market-report.xlsx")) > 0);
    }

    @Test
    void stopsAtTheFirstRunThatFails(@TempDir Path tmp) {
        Path out = tmp.resolve("bench");
        Outcome o = techdir("bench-runs", "--runs", "2", "--out", out.toString(), "--", "--no-warehouse",
                "--source", "csv:" + tmp.resolve("missing.csv"));
        assertEquals(ExitCode.SOURCE_FAILED.code(), o.code(), o.out() + o.err());
        assertTrue(o.out().contains("run 1 of 2 ended with exit code " + ExitCode.SOURCE_FAILED.code()
                + "; no further run"), o.out());
        assertTrue(o.err().contains("missing.csv"), o.err());
        assertFalse(Files.exists(out.resolve("run-2")));
    }

    @Test
    void refusesNoRunAndAnOutOfItsOwn(@TempDir Path tmp) {
        Outcome none = techdir("bench-runs", "--runs", "0", "--out", tmp.toString());
        assertEquals(ExitCode.USAGE.code(), none.code());
        assertTrue(none.err().contains("--runs: expected 1 or more, got 0"), none.err());
        Outcome out = techdir("bench-runs", "--out", tmp.toString(), "--", "--out", tmp.resolve("x").toString());
        assertEquals(ExitCode.USAGE.code(), out.code());
        assertTrue(out.err().contains("each run writes to DIR/run-i"), out.err());
        Outcome noDash = techdir("bench-runs", "--out", tmp.toString(), "--no-warehouse");
        assertEquals(ExitCode.USAGE.code(), noDash.code());
    }
}
