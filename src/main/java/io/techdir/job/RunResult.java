package io.techdir.job;

import io.techdir.warehouse.RunRecord;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param out the output folder
 * @param counts what became of every input record
 * @param problems sources or files that could not be read (the run went on without them)
 * @param newPostings canonical postings new to the warehouse, or -1 without a warehouse
 * @param seenBefore canonical postings the warehouse held already, or -1 without a warehouse
 * @param rebuiltFrom the warehouse's record of the run whose report was rebuilt, or null for a run
 */
public record RunResult(Path out, RunCounts counts, List<SourceProblem> problems, long newPostings,
        long seenBefore, RunRecord rebuiltFrom) {

    public RunResult {
        problems = List.copyOf(problems);
    }
}
