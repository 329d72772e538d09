package io.techdir.job;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each stage of a run, in milliseconds, in the order the stages ran. */
final class StageTimer {

    /** A stage's work. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final long start = System.nanoTime();
    private final Map<String, Long> timings = new LinkedHashMap<>();

    /** Runs and times a stage. */
    <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
        long t0 = System.nanoTime();
        try {
            return work.run();
        } finally {
            timings.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
        }
    }

    /** Records a stage timed elsewhere (e.g. on another thread). */
    void record(String stage, long millis) {
        timings.merge(stage, millis, Long::sum);
    }

    /** Timings so far, plus {@code total} since this timer was made. */
    Map<String, Long> timings() {
        Map<String, Long> out = new LinkedHashMap<>(timings);
        out.put("total", (System.nanoTime() - start) / 1_000_000);
        return out;
    }
}
