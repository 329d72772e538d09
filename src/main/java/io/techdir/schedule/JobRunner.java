package io.techdir.schedule;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs one job file for the scheduler, writing what it prints to the run's log. */
@FunctionalInterface
public interface JobRunner {

    /**
     * Runs the job.
     *
     * @param jobFile the job file
     * @param log the run's log
     * @return the exit code (0 = success)
     */
    int run(Path jobFile, PrintWriter log) throws Exception;
}
