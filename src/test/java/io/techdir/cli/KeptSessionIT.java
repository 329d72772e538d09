package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs made one after another in one process ({@code bench-runs}, as the scheduler makes them)
 * share one local Spark session, and a process ends with its session stopped; separate
 * processes each have their own. Run in child JVMs: this test JVM's shared session would be
 * used by every run made in it.
 */
class KeptSessionIT {

    private static final String SOURCE = "csv:src/test/resources/job/accounting.csv";

    @Test
    void runsOfOneProcessShareOneSessionAndGiveTheSameReports(@TempDir Path tmp) throws Exception {
        Path bench = tmp.resolve("bench");
        Child c = child(tmp, "bench-runs", "--runs", "2", "--out", bench.toString(), "--", "--no-warehouse",
                "--source", SOURCE, "--as-of", "2026-11-26", "-q");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("run 2 of 2:"), c.out());
        JsonNode first = manifest(bench.resolve("run-1"));
        JsonNode second = manifest(bench.resolve("run-2"));
        assertEquals("local[*]", first.get("spark").get("master").asText());
        assertEquals(first.get("spark").get("application_id").asText(),
                second.get("spark").get("application_id").asText(), "the second run used the first run's session");
        assertNotEquals(first.get("run_id").asText(), second.get("run_id").asText());
        for (String f : new String[] {"postings.csv", "rejects.csv", "salary_spread.csv", "baseline_check.csv"}) {
            assertArrayEquals(Files.readAllBytes(bench.resolve("run-1").resolve(f)),
                    Files.readAllBytes(bench.resolve("run-2").resolve(f)), f);
        }

        // a run alone makes its own session (and stops it: the process ends)
        Path alone = tmp.resolve("alone");
        Child a = child(tmp, "run", "--no-warehouse", "--source", SOURCE, "--as-of", "2026-11-26", "-q", "--out",
                alone.toString());
        assertEquals(0, a.code(), a.err());
        assertNotEquals(first.get("spark").get("application_id").asText(),
                manifest(alone).get("spark").get("application_id").asText());
        assertArrayEquals(Files.readAllBytes(bench.resolve("run-1").resolve("postings.csv")),
                Files.readAllBytes(alone.resolve("postings.csv")));
    }

    @Test
    void twoRunsAtOnceShareTheKeptSession(@TempDir Path tmp) throws Exception {
        // as two jobs of one scheduler firing at the same time
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Child c = childMain(tmp, ConcurrentRuns.class.getName(), a.toString(), b.toString(), "--no-warehouse",
                "--source", SOURCE, "--as-of", "2026-11-26", "-q");
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().contains("exit 0 " + a), c.out() + c.err());
        assertTrue(c.out().contains("exit 0 " + b), c.out() + c.err());
        assertEquals(manifest(a).get("spark").get("application_id").asText(),
                manifest(b).get("spark").get("application_id").asText());
        assertArrayEquals(Files.readAllBytes(a.resolve("postings.csv")), Files.readAllBytes(b.resolve("postings.csv")));
    }

    private record Child(int code, String out, String err) {
    }

    /** Runs {@code techdir ARGS} in a child JVM (this JVM's flags and class path) within 3 minutes. */
    private static Child child(Path tmp, String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 1];
        all[0] = Main.class.getName();
        System.arraycopy(args, 0, all, 1, args.length);
        return childMain(tmp, all);
    }

    /** Runs the main class {@code args[0]} with the other arguments in a child JVM, within 3 minutes. */
    private static Child childMain(Path tmp, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-javaagent") && !a.startsWith("-agentlib")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        try {
            assertTrue(p.waitFor(3, TimeUnit.MINUTES), String.join(" ", args) + " within 3 minutes");
        } finally {
            p.destroyForcibly();
        }
        return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }
}
