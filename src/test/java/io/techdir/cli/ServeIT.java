package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code techdir serve} in a child JVM, and {@link ServeClient} in others, as {@code bin/techdir}
 * starts them (the client with the project's classes alone on its class path): runs handed over
 * share the server's Spark session and give the reports a run of its own gives; output, logs and
 * exit codes come back; relative paths are the caller's; requests of another build are declined;
 * a caller hanging up cancels its run; SIGTERM stops the server and removes its socket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {

    private static final String SOURCE_FILE = "src/test/resources/job/accounting.csv";
    private static final String SOURCE = "csv:" + SOURCE_FILE;
    private static final String BUILD = "build-1";

    private Path tmp;

    private Path socket;
    private Process server;
    private Path serverOut;
    private Path serverErr;

    @BeforeAll
    void startServer(@TempDir Path dir) throws Exception {
        tmp = dir;
        // a stale socket (a server killed with SIGKILL leaves one): clients do not forward to it, and
        // a new server takes its place
        socket = tmp.resolve("s.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket));
        Child stale = client(Path.of(""), BUILD, "run", "--no-warehouse", "--source", SOURCE);
        assertEquals(ServeProtocol.NOT_FORWARDED, stale.code(), stale.err());
        assertEquals("", stale.err(), "no server, nothing said: the launcher runs the command itself");

        serverOut = tmp.resolve("server.out");
        serverErr = tmp.resolve("server.err");
        server = java(Path.of(""), serverOut, serverErr, List.of("-Dtechdir.build.stamp=" + BUILD),
                Main.class.getName(), "serve", "--no-warm-up", "--socket", socket.toString()).start();
        waitFor(() -> read(serverOut).contains("serving runs on"), "the server listening");
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void runsHandedOverShareTheServersSessionAndWriteWhatARunOfTheirOwnWrites() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Child first = client(Path.of(""), BUILD, "run", "--no-warehouse", "--source", SOURCE, "--as-of",
                "2026-11-27", "--out", a.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("postings: "), first.out());
        assertTrue(first.err().contains("INFO  MarketReportJob: run "), "the run's log comes back: " + first.err());
        Child second = client(Path.of(""), BUILD, "run", "-q", "--no-warehouse", "--source", SOURCE, "--as-of",
                "2026-11-27", "--out", b.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals("", second.err(), "-q: no log lines");
        assertEquals(manifest(a).get("spark").get("application_id").asText(),
                manifest(b).get("spark").get("application_id").asText(), "one session for both");
        // -q was for that run alone: the server logs at its own level again (its line after the
        // second run is written once the level is restored)
        assertEquals(2, read(serverErr).split("run ended, exit code 0", -1).length - 1, read(serverErr));

        // a run of its own, in this JVM: the same postings
        Path own = tmp.resolve("own");
        int code = Main.run(new String[] {"run", "-q", "--no-warehouse", "--source", SOURCE, "--as-of",
            "2026-11-27", "--out", own.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertEquals(0, code);
        for (String f : new String[] {"postings.csv", "rejects.csv", "salary_spread.csv", "baseline_check.csv"}) {
            assertArrayEquals(Files.readAllBytes(own.resolve(f)), Files.readAllBytes(a.resolve(f)), f);
        }
        assertNotEquals(manifest(own).get("spark").get("application_id").asText(),
                manifest(a).get("spark").get("application_id").asText());
    }

    @Test
    @Order(2)
    void relativePathsAreTheCallersAndExitCodesAndErrorsComeBack() throws Exception {
        Path caller = Files.createDirectories(tmp.resolve("caller"));
        Files.copy(Path.of(SOURCE_FILE), caller.resolve("in.csv"));
        Child c = client(caller, BUILD, "run", "-q", "--no-warehouse", "--source", "csv:in.csv", "--source",
                "csv:missing.csv", "--as-of", "2026-11-27", "--out", "rel");
        assertEquals(ExitCode.SOURCE_FAILED.code(), c.code(), c.err());
        assertTrue(Files.isRegularFile(caller.resolve("rel").resolve("postings.csv")), "written in the caller's folder");
        assertTrue(c.err().contains("techdir: error: " + caller.resolve("missing.csv")), c.err());
        assertTrue(c.out().contains("postings: "), c.out());

        Child usage = client(caller, BUILD, "run", "--as-of", "yesterday");
        assertEquals(ExitCode.USAGE.code(), usage.code(), usage.err());
        assertTrue(usage.err().contains("--as-of 'yesterday'"), usage.err());
    }

    @Test
    @Order(3)
    void anotherBuildOrCommandIsDeclinedAndRunsAtTheCaller() throws Exception {
        Child other = client(Path.of(""), "build-2", "run", "--no-warehouse", "--source", SOURCE);
        assertEquals(ServeProtocol.NOT_FORWARDED, other.code());
        assertTrue(other.err().contains("runs another build of techdir; restart it to serve this one; running it here"),
                other.err());
        Child history = client(Path.of(""), BUILD, "history");
        assertEquals(ServeProtocol.NOT_FORWARDED, history.code());
        assertTrue(history.err().contains("runs 'run' commands only"), history.err());
    }

    @Test
    @Order(4)
    void aCallerHangingUpCancelsItsRunAndTheNextRunIsServed() throws Exception {
        Path input = tmp.resolve("big.csv");
        new PostingGenerator(new GeneratorSettings(200_000, 7, GeneratorProfile.MARKET)).write(input);
        String before = read(serverErr);
        Path out = tmp.resolve("hangup.out");
        Path err = tmp.resolve("hangup.err");
        Process p = clientProcess(Path.of(""), out, err, BUILD, "run", "--no-warehouse", "--source", "csv:" + input,
                "--out", tmp.resolve("cancelled").toString()).start();
        waitFor(() -> read(serverErr).substring(before.length()).contains("run for"), "the run started");
        // another caller meanwhile: told that it waits, served after
        Path nextOut = tmp.resolve("next.out");
        Path nextErr = tmp.resolve("next.err");
        Process next = clientProcess(Path.of(""), nextOut, nextErr, BUILD, "run", "-q", "--no-warehouse", "--source",
                SOURCE, "--as-of", "2026-11-27", "--out", tmp.resolve("next").toString()).start();
        waitFor(() -> read(nextErr).contains("techdir: waiting for the server on " + socket.toAbsolutePath()
                + " to finish the run in progress"), "the waiting notice");
        p.destroy(); // SIGTERM, as Ctrl-C: the client's shutdown hook closes the connection
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        waitFor(() -> read(serverErr).substring(before.length()).contains("run ended, exit code"), "the run ended");
        String log = read(serverErr).substring(before.length());
        assertTrue(log.contains("the caller hung up during the run: its Spark jobs were cancelled"), log);
        String ended = log.substring(log.indexOf("run ended, exit code "), log.indexOf('\n', log.indexOf("run ended")));
        assertNotEquals("run ended, exit code 0", ended, "the cancelled run failed");

        assertTrue(next.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, next.exitValue(), read(nextErr) + "\nserver:\n" + read(serverErr).substring(before.length()));
        assertTrue(read(nextOut).contains("postings: "), read(nextOut));
    }

    @Test
    @Order(5)
    void sigtermStopsTheServerAndRemovesItsSocket() throws Exception {
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(socket));
        assertTrue(read(serverOut).contains("stopped"));
        Child after = client(Path.of(""), BUILD, "run");
        assertEquals(ServeProtocol.NOT_FORWARDED, after.code());
    }

    private record Child(int code, String out, String err) {
    }

    /** Runs {@link ServeClient} in a child JVM in {@code directory}, with only the project's classes. */
    private Child client(Path directory, String build, String... args) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = clientProcess(directory, out, err, build, args).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "client within 3 minutes");
        return new Child(p.exitValue(), read(out), read(err));
    }

    private ProcessBuilder clientProcess(Path directory, Path out, Path err, String build, String... args)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-cp", Path.of(ServeClient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString(), ServeClient.class.getName(), socket.toAbsolutePath().toString(), build));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(directory.toAbsolutePath().toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
    }

    /** A child JVM with this JVM's flags and class path. */
    private static ProcessBuilder java(Path directory, Path out, Path err, List<String> props, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-javaagent") && !a.startsWith("-agentlib")) {
                cmd.add(a);
            }
        }
        cmd.add("-Xmx1g");
        cmd.addAll(props);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(directory.toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, what + " within 2 minutes");
            Thread.sleep(100);
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }
}
