package io.techdir.warehouse;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * or emptied, a checkpoint cut short or overwritten, a log that lacks the commits to rebuild a
 * table from, a data file that cannot be read, an hdfs:// host that does not exist. What Delta
 * itself reads past (an emptied checkpoint, a {@code _last_checkpoint} it cannot use) reads.
 */
class WarehouseCorruptionIT {

    static final String COMMIT_1 = "00000000000000000001.json";

    static final String CHECKPOINT_1 = "00000000000000000001.checkpoint.parquet";
    static final String CHECKPOINT_2 = "00000000000000000002.checkpoint.parquet";

    @TempDir
    static Path shared;
    static Path pristine;
    static Path checkpointed;

    /**
     * A warehouse of one run row: every table at version 0, runs at 1; and one whose runs table
     * has a checkpoint at every commit: 1 (its checkpoint interval set to 1) and 2 (the run row).
     */
    @BeforeAll
    static void warehouse() {
        pristine = shared.resolve("pristine");
        Warehouse.open(SharedSpark.get(), pristine.toString()).appendRun(run());
        checkpointed = shared.resolve("checkpointed");
        Warehouse w = Warehouse.open(SharedSpark.get(), checkpointed.toString());
        SharedSpark.get().sql("ALTER TABLE delta.`" + w.path(Warehouse.RUNS)
                + "` SET TBLPROPERTIES ('delta.checkpointInterval' = '1')");
        w.appendRun(run());
        assertTrue(Files.isRegularFile(log(checkpointed, Warehouse.RUNS).resolve(CHECKPOINT_2)));
    }

    private static RunRecord run() {
        return new RunRecord("r1", "j", "2026-11-26", "2026-11-26T06:00:00Z", "2026-11-26T06:01:00Z", 1, 1, 0, 0,
                1, 0, 1, Map.of(Warehouse.POSTINGS, 0L, Warehouse.DUPLICATES, 0L, Warehouse.REJECTS, 0L), "out", "{}",
                RunStatus.OK, 0);
    }

    /** A copy of the pristine warehouse. */
    static Path copy(Path to) throws IOException {
        return copy(pristine, to);
    }

    /** A copy of a warehouse. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
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
        assertOneLine(wh, "techdir: error: " + wh + ": cannot read table '" + table + "': its Delta log file "
                + (table.equals(Warehouse.RUNS) ? COMMIT_1 : "00000000000000000000.json") + " is corrupt (" + problem
                + "); expected the log as Delta wrote it (restore the file, or the warehouse, from a backup)\n");
    }

    /** {@code history} and a rebuild say {@code expected} alone, exit 3, and Spark logs no stack trace. */
    static void assertOneLine(Path wh, String expected) {
        Logged history = logged(() -> techdir("history", "--warehouse", wh.toString()));
        assertEquals(3, history.outcome().code(), history.outcome().err());
        assertEquals(expected, history.outcome().err(), "one line, no stack trace");
        assertEquals("", history.outcome().out());
        assertNoTrace(history.stderr());
        Logged rebuild = logged(() -> techdir("run", "-q", "--warehouse", wh.toString(), "--as-of-version", "0", "--out",
                wh.resolveSibling(wh.getFileName() + "-rebuilt").toString()));
        assertEquals(3, rebuild.outcome().code(), rebuild.outcome().err());
        assertEquals(expected, rebuild.outcome().err());
        assertNoTrace(rebuild.stderr());
    }

    /** What a command returned, and what the log wrote on the process's stderr meanwhile. */
    record Logged(Outcome outcome, String stderr) {
    }

    /** Runs a command with the process's stderr (where the log's console writes) captured. */
    static Logged logged(java.util.function.Supplier<Outcome> command) {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return new Logged(command.get(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    /** At most a line of Spark's (a job aborted), no stack trace. */
    static void assertNoTrace(String stderr) {
        assertFalse(stderr.contains("\tat ") || stderr.contains("Caused by:") || stderr.lines().count() > 1, stderr);
    }

    /** {@code history} of a warehouse Delta reads: its one run, nothing on stderr. */
    static void assertReads(Path wh) {
        Logged history = logged(() -> techdir("history", "--warehouse", wh.toString()));
        assertEquals(0, history.outcome().code(), history.outcome().err() + history.stderr());
        assertTrue(history.outcome().out().contains("1 run(s) in " + wh), history.outcome().out());
        assertEquals("", history.outcome().err() + history.stderr());
    }

    static String checkpointProblem(Path wh, String file, String problem) {
        return "techdir: error: " + wh + ": cannot read table 'runs': its Delta checkpoint " + file + " is corrupt ("
                + problem + "); expected the log as Delta wrote it (restore the file, or the warehouse, from a backup)\n";
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
    void theIntactCheckpointedWarehouseReads() {
        assertReads(checkpointed);
    }

    @Test
    void aCheckpointCutShortIsNamedBeforeDeltaReadsIt(@TempDir Path tmp) throws IOException {
        // it failed with an internal error (exit 1), and a run's merges were committed before it
        Path wh = copy(checkpointed, tmp.resolve("wh"));
        Path checkpoint = log(wh, Warehouse.RUNS).resolve(CHECKPOINT_2);
        byte[] whole = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, java.util.Arrays.copyOf(whole, whole.length / 2));
        dropChecksum(checkpoint);
        assertOneLine(wh, checkpointProblem(wh, CHECKPOINT_2, "cut short: " + whole.length / 2 + " bytes, where"
                + " _last_checkpoint records " + whole.length));
    }

    @Test
    void aCheckpointOverwrittenIsNamedByItsMagicBytesOrItsChecksum(@TempDir Path tmp) throws IOException {
        Path wh = copy(checkpointed, tmp.resolve("wh"));
        Path checkpoint = log(wh, Warehouse.RUNS).resolve(CHECKPOINT_2);
        byte[] whole = Files.readAllBytes(checkpoint);
        byte[] zeros = new byte[whole.length];
        Files.write(checkpoint, zeros); // its size as _last_checkpoint records it
        assertOneLine(wh, checkpointProblem(wh, CHECKPOINT_2, "its checksum does not match: it changed after it was"
                + " written"));
        dropChecksum(checkpoint);
        assertOneLine(wh, checkpointProblem(wh, CHECKPOINT_2, "not a Parquet file: it does not start with PAR1"));
        byte[] cut = whole.clone();
        cut[cut.length - 1] = 0;
        Files.write(checkpoint, cut);
        assertOneLine(wh, checkpointProblem(wh, CHECKPOINT_2, "cut short or overwritten: it does not end with PAR1"));
    }

    @Test
    void whatDeltaReadsPastReads(@TempDir Path tmp) throws IOException {
        // an emptied checkpoint: Delta passes over a checkpoint file of no bytes, and uses checkpoint 1
        Path emptied = copy(checkpointed, tmp.resolve("emptied"));
        Files.write(log(emptied, Warehouse.RUNS).resolve(CHECKPOINT_2), new byte[0]);
        dropChecksum(log(emptied, Warehouse.RUNS).resolve(CHECKPOINT_2));
        assertReads(emptied);
        // _last_checkpoint naming a checkpoint that is not there: Delta lists the log
        Path missing = copy(checkpointed, tmp.resolve("missing"));
        Files.delete(log(missing, Warehouse.RUNS).resolve(CHECKPOINT_2));
        dropChecksum(log(missing, Warehouse.RUNS).resolve(CHECKPOINT_2));
        assertReads(missing);
    }

    @Test
    void aLastCheckpointThatIsNotJsonIsNamed(@TempDir Path tmp) throws IOException {
        // Delta read past it, after three tries, sleeps and a stack trace each
        Path wh = copy(checkpointed, tmp.resolve("wh"));
        Path last = log(wh, Warehouse.RUNS).resolve("_last_checkpoint");
        String whole = Files.readString(last);
        Files.writeString(last, whole.substring(0, whole.indexOf("\"type\":\"") + 10)); // within a name
        dropChecksum(last);
        assertOneLine(wh, "techdir: error: " + wh + ": cannot read table 'runs': its Delta log file _last_checkpoint is"
                + " corrupt (line 1: cut short; it only points to the latest checkpoint: Delta does without it, so"
                + " removing it is safe); expected the log as Delta wrote it (restore the file, or the warehouse, from a"
                + " backup)\n");
    }

    @Test
    void aLogThatLacksTheCommitsToRebuildATableFromIsNamed(@TempDir Path tmp) throws IOException {
        // _last_checkpoint names checkpoint 2, which is gone, and so are checkpoint 1 and commit 0:
        // Delta failed with 27 kB of its warnings' stack traces above the line
        Path wh = copy(checkpointed, tmp.resolve("wh"));
        for (String f : List.of(CHECKPOINT_2, CHECKPOINT_1, "00000000000000000000.json")) {
            Files.delete(log(wh, Warehouse.RUNS).resolve(f));
            dropChecksum(log(wh, Warehouse.RUNS).resolve(f));
        }
        assertOneLine(wh, "techdir: error: " + wh + ": cannot read table 'runs': its Delta log has no commit file"
                + " 00000000000000000000.json and no checkpoint after it to rebuild the table from (_last_checkpoint"
                + " names the checkpoint of version 2, which is missing or empty); expected the log as Delta wrote it"
                + " (restore the file, or the warehouse, from a backup)\n");
    }

    @Test
    void aDataFileThatCannotBeReadIsNamedInOneLineWhenItIsRead(@TempDir Path tmp) throws IOException {
        // not checked beforehand (it would mean reading every data file): Spark reads it in a task,
        // which failed with an internal error (exit 1) and two stack traces in the log
        Path wh = copy(tmp.resolve("wh"));
        Path data;
        try (Stream<Path> files = Files.list(wh.resolve(Warehouse.RUNS))) {
            data = files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(data);
        Files.write(data, java.util.Arrays.copyOf(whole, whole.length - 1));
        dropChecksum(data);
        assertOneLine(wh, "techdir: error: " + data + ": cannot read this file of the warehouse (it is not a"
                + " Parquet file. Expected magic number at tail, but found [" + whole[whole.length - 5] + ", " + whole[whole.length - 4]
                + ", " + whole[whole.length - 3] + ", " + whole[whole.length - 2] + "]); expected the file as Delta wrote"
                + " it (restore the file, or the warehouse, from a backup)\n");
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
