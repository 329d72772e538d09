package io.techdir.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the techdir command line in-process (as {@code bin/techdir} would), for tests. */
public final class InProcess {

    /** What a command printed and returned. */
    public record Outcome(int code, String out, String err) {
    }

    private InProcess() {
    }

    /** Runs {@code techdir ARGS...} and returns its exit code and what it printed. */
    public static Outcome techdir(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
