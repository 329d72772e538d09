package io.techdir.cli;

import io.techdir.generate.CareerGenerator;
import io.techdir.generate.GeneratedCounts;
import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techdir generate}: writes synthetic postings in the generic CSV format. */
@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Writes synthetic postings (source name 'synthetic') in the generic CSV format, for scale"
                + " tests and the labelled synthetic technical-director sample; or, with --careers, synthetic"
                + " career histories (person,order,title,start,end) labelled SYNTHETIC. Same seed, same file."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--postings", paramLabel = "N", description = "Number of posting rows to write.")
    Long postings;

    @Option(names = "--careers", paramLabel = "N",
            description = "Write N synthetic career histories instead of postings.")
    Long careers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--profile", paramLabel = "market|technical-director", defaultValue = "market",
            description = "market: a mixed market with every published form, duplicates and bad rows;"
                    + " technical-director: technical-director postings only (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ((postings == null) == (careers == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "expected exactly one of --postings N and --careers N");
        }
        if (careers != null) {
            CareerGenerator generator;
            try {
                generator = new CareerGenerator(careers, seed);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            long positions = generator.write(out);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d persons, %d positions (SYNTHETIC)%n", out,
                    careers, positions);
            return ExitCode.OK.code();
        }
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(postings, seed, GeneratorProfile.fromOption(profile));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        GeneratedCounts c = new PostingGenerator(settings).write(out);
        spec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %s: %d rows (%d duplicates, %d bad rows, %d with a salary)%n",
                out, c.rows(), c.duplicates(), c.badRows(), c.withSalary());
        return ExitCode.OK.code();
    }
}
