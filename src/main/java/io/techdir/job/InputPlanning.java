package io.techdir.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A run's inputs being planned on a background thread: the files of each source listed, their
 * headers checked, and each file read once for its size and SHA-256 ({@link InputFile}). On
 * 1 000 000 generated postings (1.1 GB) the checksums alone take about two seconds; started
 * before the Spark session, they overlap its start instead of following it.
 * {@link MarketReportJob#run(org.apache.spark.sql.SparkSession, RunSettings, InputPlanning)}
 * waits for the result; a planning error is thrown there, as it would be without this class.
 */
public final class InputPlanning {

    private final CompletableFuture<MarketReportJob.Inputs> inputs;
    private volatile long millis;

    private InputPlanning(RunSettings settings) {
        inputs = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                return MarketReportJob.plan(settings.sources(), settings.gather());
            } finally {
                millis = (System.nanoTime() - t0) / 1_000_000;
            }
        }, work -> {
            Thread t = new Thread(work, "techdir-plan");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Starts planning the inputs of a run. */
    public static InputPlanning start(RunSettings settings) {
        return new InputPlanning(settings);
    }

    /** Waits for the plan; throws what planning threw. */
    MarketReportJob.Inputs await() {
        try {
            return inputs.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** How long planning took (known once {@link #await()} returned). */
    long millis() {
        return millis;
    }
}
