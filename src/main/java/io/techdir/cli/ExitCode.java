package io.techdir.cli;

/**
 * Exit codes of every techdir command: the one place they are defined (listed in {@code --help}
 * and the README).
 */
public enum ExitCode {
    /** Success, also when the market contradicts the baseline and when some rows were rejected. */
    OK(0, "success (also when the market contradicts the baseline or some rows or pages were rejected)"),
    /** A bug: the message says what failed; {@code --verbose} prints the stack trace. */
    INTERNAL(1, "internal error"),
    /** The command line is wrong. */
    USAGE(2, "usage error (unknown option, bad value)"),
    /** An input or configuration file is bad (job file, baseline, --source syntax). */
    BAD_INPUT(3, "bad input or configuration"),
    /**
     * The run finished and wrote its outputs, but at least one source, or a file of one, could not
     * be read whole (missing, unreadable, broken midway; an unreachable site).
     */
    SOURCE_FAILED(4, "finished, but a source or one of its files could not be read whole (missing or unreadable file, a file broken midway, unreachable site)"),
    /** {@code evaluate} ran and printed its figures, and at least one accuracy gate failed. */
    GATE_FAILED(5, "evaluate: the figures were printed and at least one accuracy gate failed");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** What it means, for {@code --help}. */
    public String meaning() {
        return meaning;
    }
}
