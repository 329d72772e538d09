package io.techdir.job;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param out the output folder
 * @param counts what became of every input record
 * @param problems sources or files that could not be read (the run went on without them)
 */
public record RunResult(Path out, RunCounts counts, List<SourceProblem> problems) {

    public RunResult {
        problems = List.copyOf(problems);
    }
}
