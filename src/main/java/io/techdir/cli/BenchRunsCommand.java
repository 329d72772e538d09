package io.techdir.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.job.MarketReportJob;
import io.techdir.job.RunManifest;
import io.techdir.job.RunSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code techdir bench-runs}: runs a job several times in one JVM, the way {@code techdir schedule}
 * runs every job it fires ({@link Main#run} in its own process), and prints each run's wall time
 * and stage timings. The first run pays the JVM's warm-up (classes loaded, code compiled by the
 * JIT, Spark's generated classes compiled); the later ones show what the same work costs once the
 * JVM is warm. {@code bench/run.sh} uses it to show both figures.
 */
@Command(name = "bench-runs", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Benchmark: runs a job N times in this one JVM, as 'schedule' runs the jobs it fires, and"
                + " prints each run's time and stage timings. The first run includes the JVM's warm-up (class"
                + " loading, JIT compilation); the later runs show the steady state.",
            "Run i writes to DIR/run-i; the arguments after '--' are 'run' options (--source, --no-warehouse,"
                    + " --as-of, ...), given to every run."},
        footer = {"%nExample: bin/techdir bench-runs --runs 3 --out /tmp/bench -- --source csv:data/generated/"
                + "bench-1000000 --no-warehouse -q"})
final class BenchRunsCommand implements Callable<Integer> {

    /** A stage of the manifest's {@code timings_ms} ({@code key}), printed as {@code label}. */
    private record Stage(String key, String label) {
    }

    /** The stages printed for each run. */
    private static final List<Stage> STAGES = List.of(new Stage(MarketReportJob.GATHER_STAGE, "gather"),
            new Stage(MarketReportJob.DEDUPLICATE_STAGE, "deduplicate"),
            new Stage(MarketReportJob.STATISTICS_STAGE, "statistics"),
            new Stage(MarketReportJob.REPORT_STAGE, "report"));

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs in this JVM (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder of the runs' reports: run i writes to DIR/run-i.")
    Path reports;

    @Parameters(paramLabel = "RUN-OPTION", arity = "0..*",
            description = "Options of 'run' for every run, after '--' (not --out).")
    List<String> runOptions = new ArrayList<>();

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs: expected 1 or more, got " + runs);
        }
        for (String o : runOptions) {
            if (o.equals("--out") || o.startsWith("--out=")) {
                throw new ParameterException(spec.commandLine(),
                        "--out after '--': each run writes to DIR/run-i of bench-runs' own --out DIR");
            }
        }
        try (RunSessions.Scope kept = RunSessions.keepBetweenRuns()) {
            return runAll(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** The runs, in the scope of one kept session (as the scheduler's). */
    private int runAll(PrintWriter out, PrintWriter err) {
        double[] walls = new double[runs];
        for (int i = 1; i <= runs; i++) {
            Path dir = reports.resolve("run-" + i);
            List<String> args = new ArrayList<>();
            args.add("run");
            args.addAll(runOptions);
            args.add("--out");
            args.add(dir.toString());
            long start = System.nanoTime();
            int code = Main.run(args.toArray(String[]::new), out, err);
            walls[i - 1] = (System.nanoTime() - start) / 1e9;
            if (code != ExitCode.OK.code()) {
                out.printf(Locale.ROOT, "run %d of %d ended with exit code %d; no further run%n", i, runs, code);
                out.flush();
                return code;
            }
            out.printf(Locale.ROOT, "run %d of %d: %.1f s (%s)%n", i, runs, walls[i - 1], stages(dir));
            out.flush();
        }
        if (runs > 1) {
            double[] later = Arrays.copyOfRange(walls, 1, runs);
            Arrays.sort(later);
            double median = later.length % 2 == 1 ? later[later.length / 2]
                    : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
            out.printf(Locale.ROOT, "first run %.1f s; later runs: best %.1f s, median %.1f s (the first run's"
                    + " warm-up: %.1f s)%n", walls[0], later[0], median, walls[0] - median);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** The stage timings of the run written to {@code dir}, from its manifest. */
    private static String stages(Path dir) {
        Path manifest = dir.resolve(RunManifest.FILE);
        JsonNode timings;
        try {
            timings = new ObjectMapper().readTree(manifest.toFile()).path(RunManifest.TIMINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(manifest + ": " + e.getMessage(), e);
        }
        List<String> parts = new ArrayList<>();
        for (Stage s : STAGES) {
            parts.add(String.format(Locale.ROOT, "%s %.1f s", s.label(), timings.path(s.key()).asLong() / 1000.0));
        }
        return String.join(", ", parts);
    }
}
