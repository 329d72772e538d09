package io.techdir.job;

import static org.apache.spark.sql.functions.col;

import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.PostingChecker;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceFormatException;
import io.techdir.gather.SourceReader;
import io.techdir.gather.SourceReaders;
import io.techdir.gather.SourceSpec;
import io.techdir.gather.SourceUnavailableException;
import io.techdir.normalize.Deduplicator;
import io.techdir.normalize.PostingNormalizer;
import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market-report job: gather, normalize and check every posting, deduplicate, compute the
 * market statistics and verdicts, write the report. It receives the Spark session; it neither
 * creates nor stops it.
 */
public final class MarketReportJob {

    private static final Logger LOG = LoggerFactory.getLogger(MarketReportJob.class);

    private MarketReportJob() {
    }

    /** Runs the job; the outputs are in {@code settings.out()}. */
    public static RunResult run(SparkSession spark, RunSettings settings) throws IOException {
        StageTimer timer = new StageTimer();
        Inputs inputs = timer.time("plan", () -> plan(settings.sources(), settings.gather()));
        for (SourceProblem p : inputs.problems()) {
            LOG.warn("skipping {}: {}", p.source(), p.message());
        }
        LOG.info("run {}: {} file(s) from {} source(s)", settings.runId(), inputs.tasks().size(),
                settings.sources().size());

        Dataset<Row> gathered = PostingsStage.run(spark, inputs.readers(), inputs.tasks(),
                        PostingNormalizer.standard(), new PostingChecker(settings.baseline()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long read = timer.time("gather_normalize_check", gathered::count);
        LOG.info("read {} record(s)", read);

        Column isReject = col(PostingsStage.REJECT_CODE).isNotNull();
        Dataset<Row> rejects = gathered.filter(isReject).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> postings = timer.time("deduplicate", () -> {
            Dataset<Row> d = Deduplicator.markDuplicates(gathered.filter(isReject.unary_$bang()),
                    PostingsStage.ORDER).persist(StorageLevel.MEMORY_AND_DISK());
            d.count();
            rejects.count();
            return d;
        });
        gathered.unpersist(); // postings and rejects hold all of it now
        RunCounts counts = count(postings, rejects);
        LOG.info("{} input = {} normalized + {} rejected + {} duplicates", counts.input(), counts.normalized(),
                counts.rejected(), counts.duplicates());

        MarketReport report = timer.time("statistics", () -> statistics(postings, settings));

        Files.createDirectories(settings.out());
        Dataset<Row> ordered = postings.orderBy(col(PostingsStage.ORDER))
                .select(PostingSchema.names().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        Dataset<Row> rejectRows = rejects.orderBy(col(PostingsStage.ORDER)).select(col(PostingSchema.SOURCE),
                col(PostingSchema.RECORD), col(PostingsStage.REJECT_CODE), col(PostingsStage.REJECT_REASON));
        List<String> outputs = timer.time("report", () -> ReportStage.write(settings, report, counts,
                inputs, ordered.toLocalIterator(), rejectRows.toLocalIterator()));
        RunManifest.write(settings, inputs, counts, timer.timings(), outputs);
        rejects.unpersist();
        postings.unpersist();
        return new RunResult(settings.out(), counts, inputs.problems());
    }

    /** Resolves each source to its reader and files; a source that cannot be read is a problem. */
    static Inputs plan(List<SourceSpec> specs, GatherSettings gather) {
        List<SourceReader> readers = new ArrayList<>();
        List<PostingsStage.FileTask> tasks = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (SourceSpec spec : specs) {
            SourceReader reader = SourceReaders.forSpec(spec, gather);
            readers.add(reader);
            int index = readers.size() - 1;
            try {
                for (String file : reader.files()) {
                    try {
                        reader.check(file);
                        tasks.add(new PostingsStage.FileTask(index, file));
                        files.add(InputFile.describe(spec.toString(), file));
                    } catch (SourceFormatException e) {
                        problems.add(new SourceProblem(spec.toString(), e.getMessage()));
                    }
                }
            } catch (SourceUnavailableException e) {
                problems.add(new SourceProblem(spec.toString(), e.getMessage()));
            }
        }
        return new Inputs(readers, tasks, files, problems);
    }

    private static RunCounts count(Dataset<Row> postings, Dataset<Row> rejects) {
        Map<String, Map<String, Long>> bySource = new TreeMap<>();
        Map<String, Long> byCode = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        long normalized = 0;
        long rejected = 0;
        long duplicates = 0;
        for (Row r : rejects.groupBy(col(PostingSchema.SOURCE), col(PostingsStage.REJECT_CODE)).count()
                .collectAsList()) {
            long n = r.getLong(2);
            rejected += n;
            byCode.merge(r.getString(1), n, Long::sum);
            add(bySource, r.getString(0), "rejected", n);
        }
        for (Row r : postings.groupBy(col(PostingSchema.SOURCE), col(PostingSchema.DUPLICATE_KIND)).count()
                .collectAsList()) {
            long n = r.getLong(2);
            if (r.isNullAt(1)) {
                normalized += n;
                add(bySource, r.getString(0), "normalized", n);
            } else {
                duplicates += n;
                byKind.merge(r.getString(1), n, Long::sum);
                add(bySource, r.getString(0), "duplicates", n);
            }
        }
        for (Map<String, Long> m : bySource.values()) {
            m.put("input", m.getOrDefault("normalized", 0L) + m.getOrDefault("rejected", 0L)
                    + m.getOrDefault("duplicates", 0L));
        }
        return new RunCounts(normalized + rejected + duplicates, normalized, rejected, duplicates, byCode, byKind,
                bySource);
    }

    private static void add(Map<String, Map<String, Long>> bySource, String source, String what, long n) {
        bySource.computeIfAbsent(source, k -> new LinkedHashMap<>()).merge(what, n, Long::sum);
    }

    private static MarketReport statistics(Dataset<Row> postings, RunSettings settings) {
        return new MarketStatistics(postings).report(settings.baseline());
    }

    /** The planned inputs of a run. */
    record Inputs(List<SourceReader> readers, List<PostingsStage.FileTask> tasks, List<InputFile> files,
            List<SourceProblem> problems) {
    }
}
