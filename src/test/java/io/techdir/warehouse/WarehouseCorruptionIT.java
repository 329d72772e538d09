package io.techdir.warehouse;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse that cannot be read is bad input (exit 3, one line naming the warehouse and the
 * cause), not an internal error with Spark's stack traces: a Delta log file overwritten, cut short
 * or emptied, an hdfs:// host that does not exist.
 */
class WarehouseCorruptionIT {

    static final String COMMIT_1 = "00000000000000000001.json";

    @TempDir
    static Path shared;
    static Path pristine;

    /** A warehouse of one run row: every table at version 0, runs at 1. */
    @BeforeAll
    static void warehouse() {
        pristine = shared.resolve("pristine");
        Warehouse w = Warehouse.open(SharedSpark.get(), pristine.toString());
        w.appendRun(new RunRecord("r1", "j", "2026-11-26", "2026-11-26T06:00:00Z", "2026-11-26T06:01:00Z", 1, 1, 0, 0,
                1, 0, 1, Map.of(Warehouse.POSTINGS, 0L, Warehouse.DUPLICATES, 0L, Warehouse.REJECTS, 0L), "out", "{}",
                RunStatus.OK, 0));
    }

    /** A copy of the pristine warehouse. */
    static Path copy(Path to) throws IOException {
        try (Stream<Path> all = Files.walk(pristine)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(pristine.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static Path log(Path wh, String table) {
        return wh.resolve(table).resolve("_delta_log");
    }

    /** Hadoop's checksum of a local file: without it, the file's content is what is read. */
    static void dropChecksum(Path file) throws IOException {
        Files.delete(file.resolveSibling("." + file.getFileName() + ".crc"));
    }

    static void assertOneLine(Path wh, String table, String problem) {
        String expected = "techdir: error: " + wh + ": cannot read table '" + table + "': its Delta log file "
                + (table.equals(Warehouse.RUNS) ? COMMIT_1 : "00000000000000000000.json") + " is corrupt (" + problem
                + "); expected the log as Delta wrote it (restore the file, or the warehouse, from a backup)\n";
        Outcome history = techdir("history", "--warehouse", wh.toString());
        assertEquals(3, history.code(), history.err());
        assertEquals(expected, history.err(), "one line, no stack trace");
        assertEquals("", history.out());
        Outcome rebuild = techdir("run", "-q", "--warehouse", wh.toString(), "--as-of-version", "0", "--out",
                wh.resolveSibling(wh.getFileName() + "-rebuilt").toString());
        assertEquals(3, rebuild.code(), rebuild.err());
        assertEquals(expected, rebuild.err());
    }

    @Test
    void theIntactWarehouseReads() {
        Outcome history = techdir("history", "--warehouse", pristine.toString());
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains("1 run(s) in " + pristine), history.out());
    }

    @Test
    void anOverwrittenCommitFileIsNamedByItsChecksum(@TempDir Path tmp) throws IOException {
        Path wh = copy(tmp.resolve("wh"));
        Files.writeString(log(wh, Warehouse.RUNS).resolve(COMMIT_1), "garbage\n");
        assertOneLine(wh, Warehouse.RUNS, "its checksum does not match: it changed after it was written");
    }

    @Test
    void withoutDeltasVersionChecksumsTooTheLogIsCheckedBeforeDeltaReadsIt(@TempDir Path tmp) throws IOException {
        // without its NNN.crc files Delta replays the log in Spark tasks to tell whether the table
        // exists: that failed with a SparkException (exit 1) and Spark's stack traces in the log
        Path wh = copy(tmp.resolve("wh"));
        Files.writeString(log(wh, Warehouse.RUNS).resolve(COMMIT_1), "garbage\n");
        try (Stream<Path> files = Files.list(log(wh, Warehouse.RUNS))) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("\\d{20}\\.crc")).toList()) {
                Files.delete(p);
            }
        }
        assertOneLine(wh, Warehouse.RUNS, "its checksum does not match: it changed after it was written");
    }

    @Test
    void aCommitFileThatIsNotJsonIsNamed(@TempDir Path tmp) throws IOException {
        Path wh = copy(tmp.resolve("wh"));
        Path commit = log(wh, Warehouse.RUNS).resolve(COMMIT_1);
        Files.writeString(commit, "garbage\n");
        dropChecksum(commit);
        assertOneLine(wh, Warehouse.RUNS, "line 1: not JSON");
    }

    @Test
    void aCommitFileCutShortIsNamed(@TempDir Path tmp) throws IOException {
        Path wh = copy(tmp.resolve("wh"));
        Path commit = log(wh, Warehouse.RUNS).resolve(COMMIT_1);
        // cut inside the file name of the data file it adds, as a write stopped midway leaves it
        String whole = Files.readString(commit);
        int cut = whole.indexOf("\"path\":\"") + 12;
        Files.writeString(commit, whole.substring(0, cut));
        dropChecksum(commit);
        List<String> lines = Files.readAllLines(commit);
        assertTrue(lines.size() >= 1 && whole.startsWith(String.join("\n", lines)), whole);
        assertOneLine(wh, Warehouse.RUNS, "line " + lines.size() + ": cut short");
    }

    @Test
    void anEmptiedCommitFileIsNamedNotReadAsNoRuns(@TempDir Path tmp) throws IOException {
        // Delta read an emptied commit as a commit of nothing: history listed 0 runs, exit 0
        Path wh = copy(tmp.resolve("wh"));
        Files.write(log(wh, Warehouse.RUNS).resolve(COMMIT_1), new byte[0]);
        assertOneLine(wh, Warehouse.RUNS, "empty");
    }

    @Test
    void theCorruptTableIsNamedWhicheverItIs(@TempDir Path tmp) throws IOException {
        Path wh = copy(tmp.resolve("wh"));
        Path commit = log(wh, Warehouse.POSTINGS).resolve("00000000000000000000.json");
        Files.writeString(commit, "{\"commitInfo\":{}}\n[1, 2]\n");
        dropChecksum(commit);
        assertOneLine(wh, Warehouse.POSTINGS, "line 2: not a JSON object");
    }

    @Test
    void anUnknownHdfsHostIsBadInputInOneLine() {
        String uri = "hdfs://no-such-host.invalid:8020/x";
        long start = System.nanoTime();
        Outcome history = techdir("history", "--warehouse", uri);
        assertEquals(3, history.code(), history.err());
        assertEquals("techdir: error: " + uri + ": cannot open the warehouse: UnknownHostException:"
                + " no-such-host.invalid\n", history.err());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "fails fast, no retries");
    }
}
