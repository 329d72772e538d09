package io.techdir.cli;

import io.techdir.normalize.Explainer;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techdir explain}: how one string is read, rule by rule. */
@Command(name = "explain", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Prints how techdir reads one string, rule by rule: text hygiene, then for a salary the"
                + " candidate amounts, the one chosen and why, the conversions to annual gross EUR and the flags;"
                + " for experience the figures found and the one that wins; for a degree the mentions and the"
                + " level; for a title the taxonomy row matched. The result is what 'techdir run' gives.",
            "With no --field, TEXT is read as a posting's description and every field is shown."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--field", paramLabel = "salary|experience|degree|title|contract|location|all",
            defaultValue = "all", description = "What TEXT is (default: ${DEFAULT-VALUE}: a description).")
    String field;

    @Parameters(paramLabel = "TEXT", arity = "1..*",
            description = "The text as published (several words are joined by spaces; quote it to keep it whole).")
    java.util.List<String> words;

    @Override
    public Integer call() {
        Explainer.Field f;
        try {
            f = Explainer.Field.parse(field);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--field: " + e.getMessage());
        }
        String text = String.join(" ", words);
        Explainer.Explanation e = Explainer.standard().explain(f, text);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "explain %s: '%s'%n", f.name().toLowerCase(Locale.ROOT), text.replace("\n", "\\n"));
        for (Explainer.Step s : e.steps()) {
            out.println("  " + s);
        }
        for (String d : e.disagreements()) {
            out.println("  NOTE: this explanation does not match the normalizer: " + d);
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
