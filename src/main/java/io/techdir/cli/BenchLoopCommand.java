package io.techdir.cli;

import io.techdir.check.Baseline;
import io.techdir.gather.SourceSpec;
import io.techdir.job.PlainLoop;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code techdir bench-loop}: the benchmark's single-threaded reference (see {@code bench/run.sh}).
 * Prints one line: {@code records=N read_per_s=X normalize_per_s=Y}.
 */
@Command(name = "bench-loop", mixinStandardHelpOptions = true,
        description = "Benchmark reference: reads, normalizes and checks the sources in one plain Java thread"
                + " (no Spark) and prints records per second.")
final class BenchLoopCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "KIND:LOCATION", required = true, description = "A source (repeatable).")
    List<String> sources;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Warm-up passes before the measured one (JIT), default ${DEFAULT-VALUE}.")
    int warmup;

    @Override
    public Integer call() {
        List<SourceSpec> specs = sources.stream().map(SourceSpec::parse).toList();
        for (int i = 0; i < warmup; i++) {
            PlainLoop.run(specs, Baseline.standard());
        }
        PlainLoop.Result r = PlainLoop.run(specs, Baseline.standard());
        spec.commandLine().getOut().printf(Locale.ROOT, "records=%d read_per_s=%.0f normalize_per_s=%.0f%n",
                r.records(), r.readPerSecond(), r.totalPerSecond());
        return ExitCode.OK.code();
    }
}
