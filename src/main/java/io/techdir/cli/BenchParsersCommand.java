package io.techdir.cli;

import io.techdir.gather.BadSourceException;
import io.techdir.gather.SourceFormatException;
import io.techdir.gather.SourceReader;
import io.techdir.gather.SourceReaders;
import io.techdir.gather.SourceSpec;
import io.techdir.gather.SourceUnavailableException;
import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import io.techdir.normalize.NormalizeBenchmark;
import io.techdir.posting.RawPosting;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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

    @Option(names = "--from", paramLabel = "KIND:LOCATION",
            description = "Postings read through the pipeline's own source readers instead (repeatable; file kinds:"
                    + " csv:PATH, francetravail:PATH), e.g. the shipped real samples: --from"
                    + " francetravail:data/samples/francetravail --from csv:data/samples/glassdoor; rejected records"
                    + " are skipped.")
    List<String> from;

    @Option(names = "--steps",
            description = "Then time the steps of a whole posting's normalization (text preparation, contract,"
                    + " remote, salary, experience, degree, role, employer, the rest) as a run takes them: where"
                    + " the whole posting's time goes.")
    boolean steps;

    @Option(names = "--postings", paramLabel = "N", defaultValue = "5000",
            description = "Postings timed: the first N of the file (default ${DEFAULT-VALUE}).")
    int postings;

    @Option(names = "--rounds", paramLabel = "R",
            description = "Rounds; each parser's best round is printed (default " + BenchParsersCommand.ROUNDS
                    + ", more for fewer than " + BenchParsersCommand.WARM_CALLS / BenchParsersCommand.ROUNDS
                    + " postings: enough for " + BenchParsersCommand.WARM_CALLS + " calls of each, so that the JIT"
                    + " compiler has compiled the parsers before the best round).")
    Integer rounds;

    /** Rounds when --rounds is not given and the input is large enough. */
    static final int ROUNDS = 12;
    /**
     * Calls of each task the default rounds add up to at least: fewer leave the parsers half
     * compiled. On this project's 2-core machine a whole posting's best round kept improving up
     * to some 175 000 calls, the JIT compiling beside it (5 000 generated postings, 2026-11-28:
     * 25-29 us after 12 rounds, 25.4 after 24, 22.8-23.9 after 40, 23.0 after 60), while a run
     * calls it for every posting it reads.
     */
    static final int WARM_CALLS = 200_000;

    @Override
    public Integer call() throws IOException {
        if (postings < 1 || rounds != null && rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--postings and --rounds: expected 1 or more, got " + postings + " and " + rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RawPosting> read;
        if (source != null && from != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--source and --from: expected one of them, not both");
        }
        if (from != null) {
            read = readSources(from, postings);
        } else if (source != null) {
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
        int effective = rounds != null ? rounds : roundsFor(read.size());
        NormalizeBenchmark.run(read, effective, out);
        if (steps) {
            NormalizeBenchmark.runSteps(read, effective, out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** The default rounds for {@code n} postings: {@link #ROUNDS}, or enough for {@link #WARM_CALLS} calls. */
    static int roundsFor(int n) {
        return Math.max(ROUNDS, (WARM_CALLS + n - 1) / n);
    }

    /** The first {@code max} postings of the sources, in order, read as a run reads them (rejects skipped). */
    private static List<RawPosting> readSources(List<String> specs, int max) {
        List<RawPosting> read = new ArrayList<>();
        for (String text : specs) {
            SourceSpec spec = SourceSpec.parse(text);
            if (!spec.kind().equals(SourceSpec.CSV) && !spec.kind().equals(SourceSpec.FRANCE_TRAVAIL)) {
                throw new BadSourceException("bad --from '" + text + "': expected a file kind (csv, francetravail)");
            }
            SourceReader reader = SourceReaders.forSpec(spec);
            List<String> files;
            try {
                files = reader.files();
                for (String file : files) {
                    reader.check(file);
                }
            } catch (SourceUnavailableException | SourceFormatException e) {
                throw new BadSourceException(e.getMessage());
            }
            for (String file : files) {
                Iterator<SourceRecord> records = reader.read(file);
                while (records.hasNext() && read.size() < max) {
                    if (records.next() instanceof RawPosting p) {
                        read.add(p);
                    }
                }
                if (records instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(file + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        if (read.isEmpty()) {
            throw new BadSourceException(String.join(", ", specs) + ": no posting read");
        }
        return read;
    }
}
