package io.techdir.warehouse;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.cli.InProcess.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.SharedSpark;
import io.techdir.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse end to end with real Delta tables: idempotent merge, new / seen-before counts,
 * rebuilding a report from an earlier version, and a run killed with SIGKILL between two commits.
 * Inputs: the generic-CSV fixtures {@code job/accounting.csv} (9 records: 4 postings, 2 rejects,
 * 3 duplicates) and {@code warehouse/second.csv} (A1 seen again, A9 and A10 new, A10 with an
 * unreadable date).
 */
class WarehouseIT {

    static final String FIRST = "csv:src/test/resources/job/accounting.csv";
    static final String SECOND = "csv:src/test/resources/warehouse/second.csv";
    static final String AS_OF = "2026-11-26";

    static JsonNode run(Path wh, String source, Path out) throws IOException {
        return run(wh.toString(), source, out);
    }

    static JsonNode run(String wh, String source, Path out) throws IOException {
        Outcome o = techdir("run", "--source", source, "--warehouse", wh, "--out", out.toString(),
                "--as-of", AS_OF);
        assertEquals(0, o.code(), o.err());
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    @BeforeAll
    static void spark() {
        SharedSpark.get();
    }

    /** Every row of the merged tables, without the run ids (which differ between any two runs). */
    static Map<String, List<String>> content(Path wh) {
        Map<String, List<String>> m = new TreeMap<>();
        for (String t : Warehouse.MERGED) {
            List<String> rows = new ArrayList<>();
            for (Row r : SharedSpark.get().read().format("delta").load(wh.resolve(t).toString())
                    .drop(Warehouse.FIRST_RUN, Warehouse.LAST_RUN).collectAsList()) {
                rows.add(r.toString());
            }
            rows.sort(null);
            m.put(t, rows);
        }
        return m;
    }

    static long runs(Path wh) {
        return SharedSpark.get().read().format("delta").load(wh.resolve(Warehouse.RUNS).toString()).count();
    }

    /** One warehouse shared by the tests (each Delta run costs seconds): two runs of FIRST, then SECOND. */
    static final class Shared {
        final Path wh;
        final Path r1;
        final JsonNode first;
        final JsonNode second;
        final Map<String, List<String>> afterFirst;
        final Map<String, List<String>> afterSecond;
        final JsonNode third;
        /** A fourth run of FIRST and a missing file: it exits 4 (a source could not be read). */
        final Outcome fourth;
        final Path missing;

        Shared(Path tmp) throws IOException {
            wh = tmp.resolve("wh");
            r1 = tmp.resolve("r1");
            // A relative path (as bin/techdir passes data/warehouse) names the same tables.
            first = run(Path.of("").toAbsolutePath().relativize(wh).toString(), FIRST, r1);
            afterFirst = content(wh);
            second = run(wh, FIRST, tmp.resolve("r2"));
            afterSecond = content(wh);
            third = run(wh, SECOND, tmp.resolve("r3"));
            missing = tmp.resolve("no-such.csv");
            fourth = techdir("run", "-q", "--source", FIRST, "--source", "csv:" + missing, "--warehouse", wh.toString(),
                    "--out", tmp.resolve("r4").toString(), "--as-of", AS_OF);
        }
    }

    @TempDir
    static Path sharedDir;
    static Shared shared;

    static synchronized Shared shared() throws IOException {
        if (shared == null) {
            shared = new Shared(sharedDir);
        }
        return shared;
    }

    @Test
    void secondRunOfTheSameInputAddsNothingAndCountsEverythingSeenBefore() throws IOException {
        Shared s = shared();
        JsonNode c1 = s.first.get("counts");
        assertEquals(4, c1.get("normalized").asLong());
        assertEquals(4, c1.get("new").asLong());
        assertEquals(0, c1.get("seen_before").asLong());
        assertEquals(4, c1.get("warehouse_postings").asLong());
        assertEquals(c1.get("input").asLong(), c1.get("normalized").asLong() + c1.get("rejected").asLong()
                + c1.get("duplicates").asLong());
        JsonNode w1 = s.first.get("warehouse");
        assertEquals(0, w1.get("versions_read").get("postings").asLong());
        assertEquals(1, w1.get("versions_written").get("postings").asLong());
        assertEquals(1, w1.get("versions_written").get("runs").asLong());
        assertEquals(4, s.afterFirst.get(Warehouse.POSTINGS).size());
        assertEquals(3, s.afterFirst.get(Warehouse.DUPLICATES).size());
        assertEquals(2, s.afterFirst.get(Warehouse.REJECTS).size());

        JsonNode c2 = s.second.get("counts");
        assertEquals(0, c2.get("new").asLong());
        assertEquals(4, c2.get("seen_before").asLong());
        assertEquals(4, c2.get("warehouse_postings").asLong());
        assertEquals(s.afterFirst, s.afterSecond, "a rerun of the same input leaves the warehouse as it was");

        // A later input: A1 seen again (updated, not duplicated), A9 and A10 new.
        JsonNode c3 = s.third.get("counts");
        assertEquals(2, c3.get("new").asLong());
        assertEquals(1, c3.get("seen_before").asLong());
        assertEquals(6, c3.get("warehouse_postings").asLong());
        // The third run has no duplicate and no reject: those tables stay at the version it read.
        assertEquals(0, c3.get("duplicates").asLong());
        assertEquals(0, c3.get("rejected").asLong());
        JsonNode w3 = s.third.get("warehouse");
        for (String table : List.of(Warehouse.DUPLICATES, Warehouse.REJECTS)) {
            assertEquals(w3.get("versions_read").get(table).asLong(), w3.get("versions_written").get(table).asLong(),
                    table);
        }
        assertEquals(w3.get("versions_read").get("postings").asLong() + 1,
                w3.get("versions_written").get("postings").asLong());
        List<Row> a1 = SharedSpark.get().read().format("delta").option("versionAsOf",
                        s.third.get("warehouse").get("versions_written").get("postings").asLong())
                .load(s.wh.resolve(Warehouse.POSTINGS).toString()).filter("posting_key = 'csv:A1'").collectAsList();
        assertEquals(1, a1.size());
        assertEquals(75000.0, a1.get(0).getDouble(a1.get(0).fieldIndex("salary_min")), 0.0);

        // Trends come from the whole warehouse: after the third run, January holds A1, A4, A5 and A9.
        List<String> trends = Files.readAllLines(s.wh.resolveSibling("r3").resolve("trends.csv"));
        assertEquals("origin,month,postings,n,median,confidence", trends.get(0));
        assertTrue(trends.stream().anyMatch(l -> l.startsWith("REAL,2026-01,4,")), trends.toString());
        assertTrue(trends.stream().anyMatch(l -> l.startsWith("REAL,2026-06,1,")), trends.toString());
        assertTrue(Files.readAllLines(s.r1.resolve("trends.csv")).stream()
                .anyMatch(l -> l.startsWith("REAL,2026-01,3,")), "the first run saw three January postings");

        Outcome history = techdir("history", "--warehouse", s.wh.toString());
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains("4 run(s) in " + s.wh), history.out());
    }

    @Test
    void aRunWithAnUnreadableSourceIsRecordedShownAndPassedOverByADate(@TempDir Path tmp) throws IOException {
        Shared s = shared();
        assertEquals(4, s.fourth.code(), s.fourth.err());
        List<RunRecord> runs = Warehouse.openExisting(SharedSpark.get(), s.wh.toString()).runs();
        assertEquals(List.of(RunStatus.OK, RunStatus.OK, RunStatus.OK, RunStatus.PROBLEMS),
                runs.stream().map(RunRecord::status).toList());
        assertEquals(List.of(0L, 0L, 0L, 1L), runs.stream().map(RunRecord::problems).toList());

        Outcome history = techdir("history", "--warehouse", s.wh.toString());
        assertEquals(0, history.code(), history.err());
        List<String> lines = history.out().lines().toList();
        String header = lines.get(0);
        assertTrue(header.startsWith("RUN ") && header.contains(" STATUS ") && header.contains(" PROBLEMS "), header);
        for (int i = 1; i <= runs.size(); i++) {
            String row = lines.get(i);
            RunRecord r = runs.get(i - 1);
            // FINISHED holds nanoseconds (30 characters): it overflowed a 24-wide column
            assertEquals(header.indexOf("FINISHED"), row.indexOf(r.finished()), "FINISHED under its header: " + row);
            assertEquals(header.indexOf("STATUS"), row.indexOf(" " + r.status().name() + " ") + 1, row);
            assertEquals(header.indexOf("REPORT"), row.indexOf(r.out()), "REPORT under its header: " + row);
            int end = header.indexOf("PROBLEMS") + "PROBLEMS".length(); // right-aligned: ends under its header
            assertEquals(r.problems() + " ", row.substring(end - 1, end + 1), row);
        }
        assertEquals(runs.size() + " run(s) in " + s.wh, lines.get(runs.size() + 1));

        // A date: the newest run of that day that finished OK, not the newer one with problems.
        RunRecord lastOk = runs.get(2);
        RunRecord bad = runs.get(3);
        Outcome byDate = techdir("run", "-q", "--warehouse", s.wh.toString(), "--as-of-version",
                bad.finished().substring(0, 10), "--out", tmp.resolve("by-date").toString());
        assertEquals(0, byDate.code(), byDate.err());
        assertTrue(byDate.out().contains("rebuilt: run " + lastOk.runId() + " (postings version "
                + lastOk.versions().get(Warehouse.POSTINGS) + ", finished " + lastOk.finished() + ", OK)"),
                byDate.out());

        // Its version: exactly that run, and stderr says it had problems.
        long v = bad.versions().get(Warehouse.POSTINGS);
        Outcome byVersion = techdir("run", "-q", "--warehouse", s.wh.toString(), "--as-of-version", String.valueOf(v),
                "--out", tmp.resolve("by-version").toString());
        assertEquals(4, byVersion.code(), byVersion.err());
        assertTrue(byVersion.out().contains("rebuilt: run " + bad.runId()), byVersion.out());
        assertTrue(byVersion.err().startsWith("techdir: warning: run " + bad.runId() + " finished with 1 problem(s)"
                + " (a source or a file it could not read whole): its report is rebuilt as it was, without what was not"
                + " read\ntechdir: error: " + s.missing), byVersion.err());
    }

    @Test
    void asOfVersionRebuildsTheEarlierReportsCsvTablesExactly(@TempDir Path tmp) throws IOException {
        Shared s = shared(); // the warehouse has moved on since the first run
        Path original = s.r1;
        long version = s.first.get("warehouse").get("versions_written").get("postings").asLong();

        Path rebuilt = tmp.resolve("rebuilt");
        Outcome o = techdir("run", "--warehouse", s.wh.toString(), "--as-of-version", String.valueOf(version),
                "--out", rebuilt.toString());
        assertEquals(0, o.code(), o.err());
        List<String> csvs;
        try (Stream<Path> files = Files.list(original)) {
            csvs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.contains("postings.csv") && csvs.contains("trends.csv") && csvs.size() >= 9, csvs.toString());
        for (String f : csvs) {
            assertEquals(-1L, Files.mismatch(original.resolve(f), rebuilt.resolve(f)), f + " differs");
        }
        JsonNode m = new ObjectMapper().readTree(rebuilt.resolve("manifest.json").toFile());
        assertEquals(version, m.get("warehouse").get("versions_read").get("postings").asLong());
        assertTrue(m.get("warehouse").get("versions_written").isEmpty(), "a rebuild writes nothing");
        assertEquals(s.first.get("run_id").asText(), m.get("warehouse").get("rebuilt_from_run").asText());
        assertEquals(4, runs(s.wh), "a rebuild is not a run");

        Outcome bad = techdir("run", "--warehouse", s.wh.toString(), "--as-of-version", "99", "--out",
                tmp.resolve("x").toString());
        assertEquals(3, bad.code());
        assertTrue(bad.err().contains("--as-of-version '99': no run wrote postings version 99; expected one of"
                + " [1, 2, 3, 4]"), bad.err());
    }

    /**
     * The warehouse's rows do not say which dates a run could not read (A10's "la semaine
     * prochaine"): the run's row does, and a rebuilt report counts them as the run did.
     */
    @Test
    void aRebuiltReportCountsTheDatesItsRunCouldNotRead(@TempDir Path tmp) throws IOException {
        Shared s = shared();
        Path original = s.wh.resolveSibling("r3");
        assertEquals(1, s.third.get("counts").get("by_source").get("csv").get("date_posted unreadable").asLong());
        long version = s.third.get("warehouse").get("versions_written").get("postings").asLong();
        Path rebuilt = tmp.resolve("rebuilt");
        Outcome o = techdir("run", "-q", "--warehouse", s.wh.toString(), "--as-of-version", String.valueOf(version),
                "--out", rebuilt.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readAllLines(original.resolve("data_quality.csv")).stream()
                .anyMatch(l -> l.startsWith("csv,date_posted unreadable,") && l.contains(",1,")), "A10");
        assertEquals(-1L, Files.mismatch(original.resolve("data_quality.csv"), rebuilt.resolve("data_quality.csv")));
        JsonNode m = new ObjectMapper().readTree(rebuilt.resolve("manifest.json").toFile());
        assertEquals(s.third.get("counts").get("by_source").toString(), m.get("counts").get("by_source").toString());
    }

    @Test
    void runKilledBetweenCommitsThenANormalRunLeavesTheSameWarehouseAsTwoCleanRuns(@TempDir Path tmp)
            throws Exception {
        Shared s = shared();

        Path killed = tmp.resolve("killed");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-javaagent") && !a.startsWith("-agentlib")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-Xmx1g", "-D" + Warehouse.PAUSE_PROPERTY + "=" + Warehouse.POSTINGS,
                "-cp", System.getProperty("java.class.path"), "io.techdir.cli.Main", "run", "--source", FIRST,
                "--warehouse", killed.toString(), "--out", tmp.resolve("k").toString(), "--as-of", AS_OF, "--master",
                "local[1]"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process child = pb.start();
        boolean committed = false;
        StringBuilder log = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                log.append(line).append('\n');
                if (line.equals("techdir-warehouse: committed postings")) {
                    committed = true;
                    break;
                }
            }
            assertTrue(committed, log.toString());
            child.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        // Killed between two commits: postings committed, the other tables untouched, no run row.
        Map<String, List<String>> half = content(killed);
        assertEquals(4, half.get(Warehouse.POSTINGS).size());
        assertTrue(half.get(Warehouse.DUPLICATES).isEmpty());
        assertTrue(half.get(Warehouse.REJECTS).isEmpty());
        assertEquals(0, runs(killed));
        assertFalse(Files.exists(tmp.resolve("k").resolve("manifest.json")));
        Outcome history = techdir("history", "--warehouse", killed.toString());
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().matches("(?s).*\ninterrupted: run \\d{8}T\\d{6}Z-market-report merged 4 posting\\(s\\),"
                + " 0 duplicate\\(s\\), 0 reject\\(s\\) but wrote no runs row .*\n0 run\\(s\\) in .*"), history.out());

        JsonNode after = run(killed, FIRST, tmp.resolve("k2")).get("counts");
        assertEquals(0, after.get("new").asLong(), "the killed run's postings were committed");
        assertEquals(s.afterSecond, content(killed));
        assertEquals(1, runs(killed), "only completed runs are listed");
        Outcome historyAfter = techdir("history", "--warehouse", killed.toString());
        assertFalse(historyAfter.out().contains("interrupted"), "the normal run took the killed run's rows over: "
                + historyAfter.out());
    }
}
