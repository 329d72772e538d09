package io.techdir.cli;

import io.techdir.gather.BadSourceException;
import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import io.techdir.normalize.NormalizeBenchmark;
import io.techdir.posting.RawPosting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code techdir bench-parsers}: the parsers' benchmark ({@link NormalizeBenchmark}) in the JVM
 * every techdir command runs in (see {@code bench/run.sh}).
 */
@Command(name = "bench-parsers", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Benchmark of the parsers alone, no Spark: times each parser, a whole posting"
                + " (normalize) and its short fields (short) on one thread, best of several rounds, and compares"
                + " them with issue 3's targets (20 and 5 microseconds). Without --source it generates "
                + BenchParsersCommand.GENERATED + " postings (seed " + BenchParsersCommand.SEED
                + ", the input of the README's tables) into a temporary file."})
final class BenchParsersCommand implements Callable<Integer> {

    /** Postings generated when no source is given (the README tables' input). */
    static final int GENERATED = 20_000;
    /** The generator's seed for them. */
    static final int SEED = 7;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "FILE",
            description = "A CSV file in the columns 'bin/techdir generate' writes (title, company, location,"
                    + " salary_text, experience_text, education_text, description, ...).")
    Path source;

    @Option(names = "--postings", paramLabel = "N", defaultValue = "5000",
            description = "Postings timed: the first N of the file (default ${DEFAULT-VALUE}).")
    int postings;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "12",
            description = "Rounds; each parser's best round is printed (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        if (postings < 1 || rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--postings and --rounds: expected 1 or more, got " + postings + " and " + rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RawPosting> read;
        if (source != null) {
            if (!Files.isReadable(source) || Files.isDirectory(source)) {
                throw new BadSourceException(source + ": cannot read the file (missing or not readable)");
            }
            try {
                read = NormalizeBenchmark.read(source, postings);
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                // Commons CSV's parse errors name the line ("... at line: 5, position: 48")
                Throwable why = e.getCause() != null ? e.getCause() : e;
                throw new BadSourceException(source + ": not a CSV file with a header row: " + why.getMessage());
            }
            if (read.isEmpty()) {
                throw new BadSourceException(source + ": no posting row after the header");
            }
        } else {
            Path file = Files.createTempFile("techdir-bench-parsers", ".csv");
            try {
                new PostingGenerator(new GeneratorSettings(Math.max(GENERATED, postings), SEED,
                        GeneratorProfile.MARKET)).write(file);
                read = NormalizeBenchmark.read(file, postings);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        NormalizeBenchmark.run(read, rounds, out);
        out.flush();
        return ExitCode.OK.code();
    }
}
