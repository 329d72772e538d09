package io.techdir.warehouse;

/**
 * How a run recorded in the {@value Warehouse#RUNS} table ended (its {@code status} column).
 * A run that failed outright writes no row; a run killed midway neither (see
 * {@link Warehouse#interruptedRuns()}).
 */
public enum RunStatus {
    /** Every source and file was read whole (the run exited 0). */
    OK,
    /**
     * The run finished and wrote its report, but a source or a file of one could not be read whole
     * (it exited 4): its figures lack what was not read; {@code problems} says how many.
     */
    PROBLEMS,
    /** A row written before runs recorded their outcome, whose detail does not say either. */
    UNKNOWN;

    /** The status of a run with this many problems. */
    public static RunStatus of(long problems) {
        return problems == 0 ? OK : PROBLEMS;
    }
}
