package io.techdir.check;

import io.techdir.posting.Reject;
import java.util.List;

/**
 * The career-path figures of a run: what was read, the transitions out of technical-director
 * positions, and the baseline verdicts they support.
 *
 * @param files the files read, as {@code file (origin)}; empty when the run had no career input
 * @param rows data rows read, all files (kept + rejected)
 * @param rejects rows rejected, in file and line order
 * @param counts per origin: persons, positions, transitions
 * @param transitions shares per origin, base and target family
 * @param verdicts verdicts on the follow-on claims from career paths
 */
public record CareerReport(List<String> files, long rows, List<Reject> rejects, List<CareerCounts> counts,
        List<CareerTransition> transitions, List<Verdict> verdicts) {

    /** The report of a run without career input. */
    public static final CareerReport NONE = new CareerReport(List.of(), 0, List.of(), List.of(), List.of(), List.of());

    public CareerReport {
        files = List.copyOf(files);
        rejects = List.copyOf(rejects);
        counts = List.copyOf(counts);
        transitions = List.copyOf(transitions);
        verdicts = List.copyOf(verdicts);
    }

    /** Whether the run had career-path input. */
    public boolean present() {
        return !files.isEmpty();
    }
}
