package io.techdir.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code techdir} command line. Only {@link #main} calls {@code System.exit}; {@link #run}
 * returns the exit code (tests call it).
 */
@Command(name = "techdir",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Technical-director job-market observatory: gathers postings, normalizes them, checks them"
                + " against the documented baseline and writes Excel and CSV reports.",
        subcommands = {RunCommand.class, JobsCommand.class, ScheduleCommand.class, ServeCommand.class, HistoryCommand.class,
            GenerateCommand.class, BenchLoopCommand.class, BenchParsersCommand.class, BenchRunsCommand.class,
            EvaluateCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; try 'techdir run'");
    }

    /** Runs the command line and returns the exit code, writing to the given streams. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command line (exit codes and error handling of the house). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usage);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Exit codes come from ExitCode, the one place they are defined, on every command's help.
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            codes.put(String.valueOf(c.code()), c.meaning());
        }
        for (CommandLine c : java.util.List.of(cl, cl.getSubcommands().get("run"), cl.getSubcommands().get("generate"))) {
            c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        }
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }
}
