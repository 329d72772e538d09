package io.techdir.cli;

import io.techdir.check.BadConfigurationException;
import io.techdir.evaluate.BadSetException;
import io.techdir.evaluate.Evaluation;
import io.techdir.evaluate.EvaluationText;
import io.techdir.evaluate.Evaluator;
import io.techdir.evaluate.Split;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code techdir evaluate}: scores the normalizer against the hand-labelled evaluation set and the
 * labelled title set; prints the figures, the gates and the misses.
 */
@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Scores the normalizer against the hand-labelled evaluation set: per field correct/total and"
                + " accuracy for the dev and holdout splits and per input file, the gates of issue 3 (PASS/FAIL),"
                + " then the misses (file, n, source id, field, expected, got, the posting's text).",
            "Each input file is read with techdir's own readers and each record normalized as 'techdir run' does."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every gate passed",
            "  5  the figures were printed and at least one gate failed (CI can fail on it)",
            "  3  the set is broken (missing folder or file, bad labels cell, a label's title not its record's)",
            "  2  usage error",
            "  1  internal error"})
final class EvaluateCommand implements Callable<Integer> {

    /** Default set folder, relative to the project folder. */
    static final String DEFAULT_SET = "src/test/resources/evaluation";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--set", paramLabel = "DIR",
            description = "The set folder: input files and labels-*.csv (default: " + DEFAULT_SET
                    + " in the project folder).")
    Path set;

    @Option(names = "--titles", paramLabel = "DIR",
            description = "The folder of the labelled titles titles-*.csv (default: the set folder's sibling"
                    + " 'normalize', i.e. src/test/resources/normalize).")
    Path titles;

    @Option(names = "--split", paramLabel = "dev|holdout|all", defaultValue = "all",
            description = "Which labelled records to score (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "50",
            description = "Misses printed at most (default: ${DEFAULT-VALUE}).")
    int misses;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write every miss to this CSV file.")
    Path csv;

    @Override
    public Integer call() {
        Split chosen;
        try {
            chosen = Split.parse(split);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--split: " + e.getMessage());
        }
        if (misses < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--misses '" + misses + "'; expected 0 or more");
        }
        Path folder = set != null ? set : Home.relativize(Home.path().resolve(DEFAULT_SET));
        Path titleFolder = titles != null ? titles : Home.relativize(Evaluator.defaultTitles(folder));
        Evaluation e;
        try {
            e = Evaluator.evaluate(folder, titleFolder, chosen);
        } catch (BadSetException bad) {
            // the house's "bad input or configuration" (exit 3): the set is the user's to fix
            throw new BadConfigurationException(bad.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(EvaluationText.table(e));
        out.print(EvaluationText.misses(e, misses));
        if (csv != null) {
            EvaluationText.writeMissesCsv(e, csv);
            out.printf(Locale.ROOT, "wrote %s: %d misses%n", csv, e.misses().size());
        }
        out.flush();
        return e.passes() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
    }
}
