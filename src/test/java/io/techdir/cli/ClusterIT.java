package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default job on a real Spark standalone cluster: a master and a worker started as separate
 * processes on 127.0.0.1 from the Maven classpath (a minimal SPARK_HOME whose {@code jars/} links
 * to it), the driver in a third process with {@code --master spark://127.0.0.1:PORT}; its CSV
 * tables must equal the embedded run's, byte for byte. Skipped with {@code -Dtechdir.cluster-test=false}.
 */
class ClusterIT {

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Path buildDir() throws URISyntaxException {
        return Path.of(ClusterIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    static List<String> java(String classpath, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-javaagent") && !a.startsWith("-agentlib")) {
                cmd.add(a);
            }
        }
        cmd.add("-Xmx768m");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Process start(List<String> cmd, Path sparkHome, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    /** Waits until the master's status page ({@code /json/}) contains the text. */
    static String awaitStatus(int uiPort, String text, Process p, Path log, int seconds) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest get = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + uiPort + "/json/")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), log + " ended:\n" + Files.readString(log));
            try {
                last = http.send(get, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                if (last.replace(" ", "").contains(text)) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + text + "' in the master's status after " + seconds + " s:\n" + last);
    }

    static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        for (ProcessHandle c : children) {
            c.destroyForcibly();
        }
    }

    @Test
    void defaultJobOnAStandaloneClusterEqualsTheEmbeddedRun(@TempDir Path tmp) throws Exception {
        Assumptions.assumeFalse("false".equals(System.getProperty("techdir.cluster-test")), "cluster test off");
        Path build = buildDir();
        String deps = Files.readString(build.resolve("classpath.txt"), StandardCharsets.UTF_8).trim();
        String classes = build.resolve("classes").toString();
        Path sparkHome = tmp.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        for (String jar : deps.split(java.io.File.pathSeparator)) {
            Path j = Path.of(jar);
            Files.createSymbolicLink(sparkHome.resolve("jars").resolve(j.getFileName()), j);
        }
        String cp = classes + java.io.File.pathSeparator + deps;
        // The default job's sources as absolute paths, in both runs: executors do not share the
        // driver's working folder (the CLI makes them absolute for a cluster master anyway), and the
        // record names (file:line, hence posting ids) must be the same in both runs.
        List<String> sources = new ArrayList<>();
        for (String src : io.techdir.job.JobDefinition.load(Path.of(RunCommand.DEFAULT_JOB)).sources()) {
            sources.add("--source");
            sources.add(Home.absolute(io.techdir.gather.SourceSpec.parse(src)).toString());
        }
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Process m = null;
        Process w = null;
        try {
            int ui = freePort();
            m = start(java(cp, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    String.valueOf(port), "--webui-port", String.valueOf(ui)), sparkHome, tmp.resolve("master.log"));
            awaitStatus(ui, "\"status\":\"ALIVE\"", m, tmp.resolve("master.log"), 120);
            w = start(java(cp, "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "2",
                    "--memory", "1536m", "--work-dir", tmp.resolve("work").toString(), "--webui-port",
                    String.valueOf(freePort())), sparkHome, tmp.resolve("worker.log"));
            awaitStatus(ui, "\"aliveworkers\":1", w, tmp.resolve("worker.log"), 120);

            Path clusterOut = tmp.resolve("cluster");
            List<String> driverArgs = new ArrayList<>(List.of("-Dspark.executor.memory=512m", "-Dspark.cores.max=2",
                    "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                    "-Dspark.executor.extraClassPath=" + classes, "io.techdir.cli.Main", "run", "--master", master,
                    "--out", clusterOut.toString(), "--as-of", "2026-11-26", "--warehouse",
                    tmp.resolve("wh-cluster").toString()));
            driverArgs.addAll(sources);
            Process driver = start(java(cp, driverArgs.toArray(String[]::new)), sparkHome, tmp.resolve("driver.log"));
            assertTrue(driver.waitFor(8, TimeUnit.MINUTES), "driver still running");
            String driverLog = Files.readString(tmp.resolve("driver.log"));
            assertEquals(0, driver.exitValue(), driverLog);
            String status = awaitStatus(ui, "\"completedapps\":[{", m, tmp.resolve("master.log"), 30);
            assertTrue(status.contains("techdir market-report"), "the run was an application of the master: " + status);
            try (Stream<Path> executors = Files.list(tmp.resolve("work"))) {
                assertTrue(executors.findAny().isPresent(), "the worker launched executors");
            }

            SharedSpark.get();
            Path localOut = tmp.resolve("embedded");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> localArgs = new ArrayList<>(List.of("run", "--out", localOut.toString(), "--as-of",
                    "2026-11-26", "--warehouse", tmp.resolve("wh-local").toString()));
            localArgs.addAll(sources);
            int code = Main.run(localArgs.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());

            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertEquals(json.readTree(localOut.resolve("manifest.json").toFile()).get("counts").toString(),
                    json.readTree(clusterOut.resolve("manifest.json").toFile()).get("counts").toString(),
                    "same counts; driver log:\n" + driverLog);
            List<String> csvs;
            try (Stream<Path> files = Files.list(localOut)) {
                csvs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
            }
            assertTrue(csvs.size() >= 8, csvs.toString());
            for (String f : csvs) {
                List<String> a = Files.readAllLines(localOut.resolve(f));
                List<String> b = Files.readAllLines(clusterOut.resolve(f));
                StringBuilder diff = new StringBuilder();
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    String x = i < a.size() ? a.get(i) : "<none>";
                    String y = i < b.size() ? b.get(i) : "<none>";
                    if (!x.equals(y)) {
                        diff.append("\nembedded ").append(i + 1).append(": ").append(x)
                                .append("\ncluster  ").append(i + 1).append(": ").append(y);
                    }
                }
                assertEquals(-1L, Files.mismatch(localOut.resolve(f), clusterOut.resolve(f)), f + " differs:" + diff);
            }
            assertTrue(driverLog.contains("seen before"), driverLog);
        } finally {
            stop(w);
            stop(m);
        }
    }
}
