package io.techdir.job;

import io.techdir.check.Baseline;
import io.techdir.check.PostingChecker;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceReader;
import io.techdir.gather.SourceSpec;
import io.techdir.normalize.PostingNormalizer;
import io.techdir.posting.SourceRecord;
import java.util.Iterator;
import java.util.List;

/**
 * The benchmark's reference: the same readers, normalizer and checker as the Spark stage, run in
 * a plain single-threaded Java loop (no Spark), so Spark's overhead can be measured against it.
 */
public final class PlainLoop {

    /**
     * What the loop measured.
     *
     * @param records records read
     * @param readNanos time to read only (records parsed by the source reader)
     * @param totalNanos time to read, normalize and check
     */
    public record Result(long records, long readNanos, long totalNanos) {

        /** Records per second, read only. */
        public double readPerSecond() {
            return records / (readNanos / 1e9);
        }

        /** Records per second, read + normalize + check. */
        public double totalPerSecond() {
            return records / (totalNanos / 1e9);
        }
    }

    private PlainLoop() {
    }

    /** Reads the sources twice: once only reading, once reading, normalizing and checking. */
    public static Result run(List<SourceSpec> sources, Baseline baseline) {
        MarketReportJob.Inputs inputs = MarketReportJob.plan(sources, GatherSettings.defaults());
        PostingNormalizer normalizer = PostingNormalizer.standard();
        PostingChecker checker = new PostingChecker(baseline);
        long t0 = System.nanoTime();
        long records = 0;
        for (PostingsStage.FileTask task : inputs.tasks()) {
            Iterator<SourceRecord> it = inputs.readers().get(task.sourceIndex()).read(task.file(), task.name());
            while (it.hasNext()) {
                it.next();
                records++;
            }
        }
        long t1 = System.nanoTime();
        long order = 0;
        long hash = 0;
        for (PostingsStage.FileTask task : inputs.tasks()) {
            SourceReader reader = inputs.readers().get(task.sourceIndex());
            Iterator<SourceRecord> it = reader.read(task.file(), task.name());
            while (it.hasNext()) {
                hash += PostingsStage.toRow(it.next(), order++, normalizer, checker).size();
            }
        }
        long t2 = System.nanoTime();
        if (hash < 0) {
            throw new IllegalStateException("unreachable; keeps the loop's work alive");
        }
        return new Result(records, t1 - t0, t2 - t1);
    }
}
