package io.techdir.cli;

import io.techdir.check.BadConfigurationException;
import io.techdir.gather.BadSourceException;
import io.techdir.warehouse.UnreadableFile;
import io.techdir.warehouse.WarehouseException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr ({@code techdir: error: ...}) and an {@link ExitCode};
 * stack traces only with {@code --verbose}. Bad input is recognised by type
 * ({@link BadConfigurationException}, {@link BadSourceException}, {@link WarehouseException}, and a
 * Spark failure to read a warehouse file, {@link UnreadableFile}); every other exception is an
 * internal error, exit 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable e = shown(thrown);
        ExitCode code = classify(e);
        if (code == ExitCode.INTERNAL) {
            err.println("techdir: error: internal error: " + e);
            if (!verbose(parsed)) {
                err.println("techdir: hint: run again with --verbose for the stack trace, and report it");
            }
        } else {
            err.println("techdir: error: " + e.getMessage());
        }
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    static int usage(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("techdir: error: " + e.getMessage());
        err.println("techdir: hint: " + cl.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCode.USAGE.code();
    }

    static int exitCodeOf(Throwable e) {
        return classify(shown(e)).code();
    }

    /** What to say of an exception: a warehouse file Spark could not read is bad input, wherever its rows were used. */
    private static Throwable shown(Throwable e) {
        Throwable unreadable = UnreadableFile.of(e);
        return unreadable != null ? unreadable : e;
    }

    private static ExitCode classify(Throwable e) {
        if (e instanceof ParameterException) {
            return ExitCode.USAGE;
        }
        if (e instanceof BadConfigurationException || e instanceof BadSourceException
                || e instanceof WarehouseException) {
            return ExitCode.BAD_INPUT;
        }
        // Any other exception, IllegalArgumentException included, is a bug of ours, not bad input.
        return ExitCode.INTERNAL;
    }

    private static boolean verbose(ParseResult parsed) {
        ParseResult p = parsed;
        while (p != null) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
            p = p.subcommand();
        }
        return false;
    }
}
