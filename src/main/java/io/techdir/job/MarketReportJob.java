package io.techdir.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.techdir.check.Baseline;
import io.techdir.check.CareerPaths;
import io.techdir.check.CareerReport;
import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.PostingChecker;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.RecordNames;
import io.techdir.gather.RejectCodes;
import io.techdir.gather.SourceFormatException;
import io.techdir.gather.SourceReader;
import io.techdir.gather.SourceReaders;
import io.techdir.gather.SourceSpec;
import io.techdir.gather.SourceUnavailableException;
import io.techdir.normalize.Deduplicator;
import io.techdir.normalize.PostingNormalizer;
import io.techdir.posting.PostingSchema;
import io.techdir.report.ReportTexts;
import io.techdir.spark.HeldRows;
import io.techdir.warehouse.MergeOutcome;
import io.techdir.warehouse.RunRecord;
import io.techdir.warehouse.RunSelector;
import io.techdir.warehouse.RunStatus;
import io.techdir.warehouse.Trends;
import io.techdir.warehouse.Warehouse;
import io.techdir.warehouse.WarehouseLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market-report job: gather, normalize and check every posting, deduplicate, compute the
 * market statistics and verdicts, write the report. It receives the Spark session; it neither
 * creates nor stops it.
 */
public final class MarketReportJob {

    /** The main stages' names in the manifest's {@link RunManifest#TIMINGS} (read by {@code bench-runs}). */
    public static final String GATHER_STAGE = "gather_normalize_check";
    public static final String DEDUPLICATE_STAGE = "deduplicate";
    public static final String STATISTICS_STAGE = "statistics";
    public static final String REPORT_STAGE = "report";

    private static final Logger LOG = LoggerFactory.getLogger(MarketReportJob.class);

    private MarketReportJob() {
    }

    /**
     * Runs the job; the outputs are in {@code settings.out()}. With a warehouse, the run's
     * postings, duplicates and rejects are merged into it before the report is written, and the
     * run's row is appended to its runs table after.
     */
    public static RunResult run(SparkSession spark, RunSettings settings) throws IOException {
        return run(spark, settings, null);
    }

    /**
     * {@link #run(SparkSession, RunSettings)} with its inputs planned already or being planned
     * ({@link InputPlanning#start}, e.g. before the session was made); null plans them here.
     * The manifest's {@code plan} timing is the planning's own time, {@code plan_wait} the
     * time this run waited for it.
     */
    public static RunResult run(SparkSession spark, RunSettings settings, InputPlanning planning) throws IOException {
        StageTimer timer = new StageTimer();
        Inputs inputs;
        if (planning == null) {
            inputs = timer.time("plan", () -> plan(settings.sources(), settings.gather()));
        } else {
            inputs = timer.time("plan_wait", planning::await);
            timer.record("plan", planning.millis());
        }
        // A source that cannot be read is named with its problem once, when the run ends, by whoever
        // runs the job (RunResult.problems: 'techdir: error: ...', exit code 4) and in the manifest;
        // the log only says it is skipped (a WARN line here printed the problem twice under -q).
        for (SourceProblem p : inputs.problems()) {
            LOG.info("skipping {}: it cannot be read (the problem is reported when the run ends)", p.source());
        }
        LOG.info("run {}: {} file(s) from {} source(s)", settings.runId(), inputs.tasks().size(),
                settings.sources().size());

        Dataset<Row> gathered = timer.time(GATHER_STAGE, () -> HeldRows.hold(PostingsStage.run(spark,
                inputs.readers(), inputs.tasks(), PostingNormalizer.standard(),
                new PostingChecker(settings.baseline()))));

        Column isReject = col(PostingsStage.REJECT_CODE).isNotNull();
        // A reject is its source, record, order, code and reason: the posting columns are null.
        // Read from the held rows when needed (the counts come from the tally below).
        Dataset<Row> rejects = gathered.filter(isReject).select(col(PostingSchema.SOURCE), col(PostingSchema.RECORD),
                col(PostingsStage.ORDER), col(PostingsStage.REJECT_CODE), col(PostingsStage.REJECT_REASON));
        // The full rows are held once (gathered); the deduplication computes the duplicates
        // (a few percent of the rows, on a narrow projection) eagerly, and postings is gathered
        // joined with them, broadcast: the full rows are not held twice.
        List<Row> tally = new ArrayList<>();
        Dataset<Row> postings = timer.time(DEDUPLICATE_STAGE, () -> {
            // One pass counts the rows by source and reject code (null for a posting): the rejects'
            // counts and the number of postings the deduplication sizes its key counts for.
            tally.addAll(gathered.groupBy(col(PostingSchema.SOURCE), col(PostingsStage.REJECT_CODE)).count()
                    .collectAsList());
            long postingRows = tally.stream().filter(r -> r.isNullAt(1)).mapToLong(r -> r.getLong(2)).sum();
            return Deduplicator.markDuplicates(gathered.filter(isReject.unary_$bang()), PostingsStage.ORDER,
                    postingRows);
        });
        RunCounts counts = count(postings, tally.stream().filter(r -> !r.isNullAt(1)).toList());
        // counted with the rejects and postings: another pass over the held rows would count them again
        LOG.info("read {} record(s)", counts.input());
        LOG.info("{} input = {} normalized + {} rejected + {} duplicates", counts.input(), counts.normalized(),
                counts.rejected(), counts.duplicates());
        long undated = counts.bySource(MarketStatistics.Q_DATE_UNREADABLE).values().stream()
                .mapToLong(Long::longValue).sum();
        if (undated > 0) {
            LOG.info("{} posting(s) kept without a date: their date_posted is no ISO date (data quality: {})",
                    undated, MarketStatistics.Q_DATE_UNREADABLE);
        }

        Inputs read = counts.rejectedByCode().getOrDefault(RejectCodes.SOURCE_UNREADABLE, 0L) > 0
                ? inputs.withProblems(brokenFiles(rejects)) : inputs;

        // one run at a time into a warehouse, from its opening to its runs row
        try (WarehouseLock lock = settings.warehouse() == null ? null
                : timer.time("warehouse_lock", () -> WarehouseLock.acquire(settings.warehouse()))) {
            return intoWarehouseAndReport(spark, settings, read, gathered, postings, rejects, counts, timer);
        }
    }

    /** The warehouse merge (with a warehouse), the report, the runs row. */
    private static RunResult intoWarehouseAndReport(SparkSession spark, RunSettings settings, Inputs read,
            Dataset<Row> gathered, Dataset<Row> postings, Dataset<Row> rejects, RunCounts counts, StageTimer timer)
            throws IOException {
        Warehouse warehouse = null;
        WarehouseRun merged = null;
        if (settings.warehouse() != null) {
            warehouse = timer.time("warehouse_open", () -> Warehouse.open(spark, settings.warehouse()));
            Warehouse w = warehouse;
            Dataset<Row> ordered = postings.withColumnRenamed(PostingsStage.ORDER, Warehouse.ORDER);
            Column canonical = col(PostingSchema.DUPLICATE_KIND).isNull();
            MergeOutcome m = timer.time("warehouse_merge", () -> w.merge(settings.runId(), settings.asOf(),
                    ordered.filter(canonical), ordered.filter(canonical.unary_$bang()),
                    rejects.withColumnRenamed(PostingsStage.ORDER, Warehouse.ORDER)));
            merged = WarehouseRun.merged(w.uri(), m);
            LOG.info("warehouse {}: {} new, {} seen before, {} postings in all", w.uri(), m.newPostings(),
                    m.seenBefore(), m.warehousePostings());
        }
        Dataset<Row> trendSource = warehouse == null ? null
                : warehouse.read(Warehouse.POSTINGS, merged.written().get(Warehouse.POSTINGS));
        RunResult result = report(spark, settings, read, postings, rejects, counts, timer, warehouse, merged,
                trendSource, null);
        HeldRows.release(gathered);
        return result;
    }

    /**
     * Rebuilds the report of an earlier run from the warehouse alone (its inputs are not read
     * again): the run's postings, duplicates and rejects at the versions it wrote, with its
     * settings and baseline. The CSV tables come out identical to the original run's.
     *
     * @param warehouseUri the warehouse
     * @param selector a postings-table version, a date or an instant (see {@link RunSelector})
     * @param out the folder to write the rebuilt report to
     */
    public static RunResult rebuild(SparkSession spark, String warehouseUri, String selector, Path out)
            throws IOException {
        StageTimer timer = new StageTimer();
        Warehouse w = timer.time("warehouse_open", () -> Warehouse.openExisting(spark, warehouseUri));
        RunRecord run = RunSelector.select(w.runs(), selector, w.uri());
        LOG.info("rebuilding run {} from {} (versions {}, status {})", run.runId(), w.uri(), run.versions(),
                run.status());
        RunDetail.Restored restored = RunDetail.restore(run, out);
        RunSettings settings = restored.settings();
        Inputs inputs = new Inputs(List.of(), List.of(), restored.files(), restored.problems(),
                BaselineFile.restored(restored.baselineFile(), settings.baseline()));
        Column[] postingCols = postingColumns(col(Warehouse.ORDER).as(PostingsStage.ORDER));
        Dataset<Row> postings = timer.time("warehouse_read", () -> {
            Dataset<Row> d = w.rowsOf(run, Warehouse.POSTINGS).select(postingCols)
                    .unionByName(w.rowsOf(run, Warehouse.DUPLICATES).select(postingCols))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            d.count();
            return d;
        });
        Dataset<Row> rejects = w.rowsOf(run, Warehouse.REJECTS).select(col(PostingSchema.SOURCE),
                col(PostingSchema.RECORD), col(Warehouse.ORDER).as(PostingsStage.ORDER),
                col(Warehouse.REJECT_CODE).as(PostingsStage.REJECT_CODE),
                col(Warehouse.REJECT_REASON).as(PostingsStage.REJECT_REASON)).persist(StorageLevel.MEMORY_AND_DISK());
        // the rows do not say which dates were unreadable: the run's row does
        RunCounts counts = count(postings, rejects).with(MarketStatistics.Q_DATE_UNREADABLE,
                restored.unreadableDates());
        if (counts.input() != run.input() || counts.normalized() != run.normalized()) {
            throw new IllegalStateException(w.uri() + ": run " + run.runId() + " recorded " + run.input()
                    + " input / " + run.normalized() + " normalized, the warehouse holds " + counts.input() + " / "
                    + counts.normalized());
        }
        RunResult result = report(spark, settings, inputs, postings, rejects, counts, timer, null,
                WarehouseRun.rebuilt(w.uri(), run), w.read(Warehouse.POSTINGS, run.versions().get(Warehouse.POSTINGS)),
                run);
        rejects.unpersist(true);
        postings.unpersist(true);
        return result;
    }

    private static Column[] postingColumns(Column order) {
        List<Column> cols = new ArrayList<>();
        for (String n : PostingSchema.names()) {
            cols.add(col(n));
        }
        cols.add(order);
        return cols.toArray(Column[]::new);
    }

    /** Statistics, report files, the warehouse's runs row (normal runs), the manifest. */
    private static RunResult report(SparkSession spark, RunSettings settings, Inputs inputs, Dataset<Row> postings,
            Dataset<Row> rejects, RunCounts counts, StageTimer timer, Warehouse warehouse, WarehouseRun wh,
            Dataset<Row> trendSource, RunRecord rebuiltFrom) throws IOException {
        MarketReport report = timer.time(STATISTICS_STAGE, () -> statistics(postings, settings, counts));
        CareerInputs careerInputs = timer.time("careers_read", () -> CareerInputs.read(settings.careers()));
        CareerReport careers = timer.time("careers",
                () -> CareerPaths.compute(spark, careerInputs.files(), settings.baseline()));
        inputs = inputs.with(careerInputs);
        io.techdir.report.Table trends = trendSource == null ? null : timer.time("trends",
                () -> ReportTables.trends(Trends.of(trendSource), ReportTexts.of(settings.lang())));

        Files.createDirectories(settings.out());
        Dataset<Row> ordered = timer.time("report_order", () -> InputOrder.of(postings, PostingsStage.ORDER))
                .select(PostingSchema.names().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        Dataset<Row> rejectRows = rejects.orderBy(col(PostingsStage.ORDER)).select(col(PostingSchema.SOURCE),
                col(PostingSchema.RECORD), col(PostingsStage.REJECT_CODE), col(PostingsStage.REJECT_REASON));
        // one reading of the baseline file for the report, the run's row and the manifest
        Inputs all = inputs.withBaseline(inputs.baseline(settings.baseline()));
        inputs = all;
        List<String> outputs = timer.time(REPORT_STAGE, () -> ReportStage.write(settings, report, careers, counts,
                all, ordered.toLocalIterator(), rejectRows.toLocalIterator(), trends));
        WarehouseRun done = wh;
        if (warehouse != null) {
            // The run's row goes last: only a run whose tables are all committed is listed.
            RunRecord row = new RunRecord(settings.runId(), settings.jobName(), settings.asOf().toString(),
                    settings.started().toString(), java.time.Instant.now().toString(), counts.input(),
                    counts.normalized(), counts.rejected(), counts.duplicates(), wh.newPostings(), wh.seenBefore(),
                    wh.warehousePostings(), wh.written(), settings.out().toString(),
                    RunDetail.describe(settings, inputs.files(), inputs.problems(),
                            counts.bySource(MarketStatistics.Q_DATE_UNREADABLE), inputs.baselineFile().file()),
                    RunStatus.of(inputs.problems().size()), inputs.problems().size());
            long[] runs = timer.time("warehouse_run", () -> warehouse.appendRun(row));
            done = wh.withRuns(runs[0], runs[1]);
        }
        RunManifest.write(settings, inputs, counts, timer.timings(), outputs, done, spark.sparkContext());
        return new RunResult(settings.out(), counts, inputs.problems(), done == null ? -1 : done.newPostings(),
                done == null ? -1 : done.seenBefore(), rebuiltFrom);
    }

    /**
     * The files that broke while they were read (their {@code SOURCE_UNREADABLE} rejects, a few):
     * each is a problem of the run, like a file that could not be opened, since the records after
     * the break were not read.
     */
    private static List<SourceProblem> brokenFiles(Dataset<Row> rejects) {
        List<SourceProblem> out = new ArrayList<>();
        for (Row r : rejects.filter(col(PostingsStage.REJECT_CODE).equalTo(RejectCodes.SOURCE_UNREADABLE))
                .orderBy(col(PostingsStage.ORDER)).collectAsList()) {
            out.add(new SourceProblem(r.getString(0), r.getString(4) + "; the records after it were not read"));
        }
        return out;
    }

    /**
     * Resolves each source to its reader and files; a source that cannot be read, a file that
     * fails its check and each of a reader's {@link SourceReader#problems()} is a problem.
     */
    static Inputs plan(List<SourceSpec> specs, GatherSettings gather) {
        List<SourceReader> readers = new ArrayList<>();
        List<PostingsStage.FileTask> tasks = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        // a file named twice (two sources, a folder and a file in it) is read once: its records
        // would otherwise count twice, under the same posting ids; a landing-zone file shared by
        // web or API sources once per source, each reading its own part (sharedFilePart)
        Map<String, String> planned = new HashMap<>();
        Path home = ProjectFolder.path();
        for (SourceSpec spec : specs) {
            SourceReader reader = SourceReaders.forSpec(spec, gather);
            readers.add(reader);
            int index = readers.size() - 1;
            try {
                for (String file : reader.files()) {
                    String part = reader.sharedFilePart();
                    String again = planned.putIfAbsent((part == null ? "" : part + "\u0000") + identity(file),
                            spec.toString());
                    if (again != null) {
                        LOG.warn("{}: named by {} and by {}; read once", file, again, spec);
                        continue;
                    }
                    try {
                        reader.check(file);
                        String name = RecordNames.of(file, home);
                        tasks.add(new PostingsStage.FileTask(index, file, name));
                        files.add(InputFile.describe(spec.toString(), file, name));
                    } catch (SourceFormatException e) {
                        problems.add(new SourceProblem(spec.toString(), e.getMessage()));
                    }
                }
                reader.problems().forEach(m -> problems.add(new SourceProblem(spec.toString(), m)));
            } catch (SourceUnavailableException e) {
                problems.add(new SourceProblem(spec.toString(), e.getMessage()));
            }
        }
        return new Inputs(readers, tasks, files, problems);
    }

    /** A local file's real path (links resolved), else the name as given (a URL, a missing file). */
    private static String identity(String file) {
        try {
            return java.nio.file.Path.of(file).toRealPath().toString();
        } catch (java.io.IOException | java.nio.file.InvalidPathException | SecurityException e) {
            return file;
        }
    }

    private static RunCounts count(Dataset<Row> postings, Dataset<Row> rejects) {
        return count(postings, rejects.groupBy(col(PostingSchema.SOURCE), col(PostingsStage.REJECT_CODE)).count()
                .collectAsList());
    }

    /**
     * The run's counts from its postings and its rejects' tally; with the postings as a run reads
     * them (their {@value PostingsStage#DATE_UNREADABLE} column), also each source's canonical
     * postings whose date could not be read ({@value MarketStatistics#Q_DATE_UNREADABLE}, where
     * there are any), in the same pass.
     *
     * @param rejectTally rows (source, reject code, number of rejects)
     */
    private static RunCounts count(Dataset<Row> postings, List<Row> rejectTally) {
        Map<String, Map<String, Long>> bySource = new TreeMap<>();
        Map<String, Long> byCode = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        long normalized = 0;
        long rejected = 0;
        long duplicates = 0;
        for (Row r : rejectTally) {
            long n = r.getLong(2);
            rejected += n;
            byCode.merge(r.getString(1), n, Long::sum);
            add(bySource, r.getString(0), "rejected", n);
            add(bySource, r.getString(0), "rejected: " + r.getString(1), n);
        }
        Column undated = java.util.Arrays.asList(postings.columns()).contains(PostingsStage.DATE_UNREADABLE)
                ? col(PostingsStage.DATE_UNREADABLE).cast(DataTypes.LongType) : lit(0L);
        for (Row r : postings.groupBy(col(PostingSchema.SOURCE), col(PostingSchema.DUPLICATE_KIND))
                .agg(functions.count(lit(1)), sum(coalesce(undated, lit(0L)))).collectAsList()) {
            long n = r.getLong(2);
            if (r.isNullAt(1)) {
                normalized += n;
                add(bySource, r.getString(0), "normalized", n);
                if (r.getLong(3) > 0) {
                    add(bySource, r.getString(0), MarketStatistics.Q_DATE_UNREADABLE, r.getLong(3));
                }
            } else {
                duplicates += n;
                byKind.merge(r.getString(1), n, Long::sum);
                add(bySource, r.getString(0), "duplicates", n);
                add(bySource, r.getString(0), "duplicates: " + r.getString(1), n);
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

    private static MarketReport statistics(Dataset<Row> postings, RunSettings settings, RunCounts counts) {
        return MarketStatistics.report(postings, settings.baseline(),
                counts.bySource(MarketStatistics.Q_DATE_UNREADABLE));
    }

    /** The planned inputs of a run. */
    record Inputs(List<SourceReader> readers, List<PostingsStage.FileTask> tasks, List<InputFile> files,
            List<SourceProblem> problems, BaselineFile baselineFile) {

        /** A run's inputs: its baseline file is read when the report states it ({@link #baseline}). */
        Inputs(List<SourceReader> readers, List<PostingsStage.FileTask> tasks, List<InputFile> files,
                List<SourceProblem> problems) {
            this(readers, tasks, files, problems, null);
        }

        /**
         * The baseline file the report states: the one a rebuild restored, else {@code b}'s file
         * read now, by the run.
         */
        BaselineFile baseline(Baseline b) {
            return baselineFile != null ? baselineFile : BaselineFile.ofRun(b);
        }

        /** These inputs stating {@code f} as their baseline file. */
        Inputs withBaseline(BaselineFile f) {
            return new Inputs(readers, tasks, files, problems, f);
        }

        /**
         * These inputs and the run's career-path files (described, and their problems). A career
         * file already listed (a rebuild restores the run's inputs) is not listed twice; if it
         * changed since the run, that is a problem of the rebuilt report: its career figures come
         * from the file as it is now.
         */
        /** These inputs with more problems. */
        Inputs withProblems(List<SourceProblem> more) {
            List<SourceProblem> p = new ArrayList<>(problems);
            p.addAll(more);
            return new Inputs(readers, tasks, files, p, baselineFile);
        }

        Inputs with(CareerInputs careers) {
            List<InputFile> f = new ArrayList<>(files);
            List<SourceProblem> p = new ArrayList<>(problems);
            for (InputFile now : careers.described()) {
                InputFile then = files.stream().filter(x -> x.source().equals(now.source())
                        && x.file().equals(now.file())).findFirst().orElse(null);
                if (then == null) {
                    f.add(now);
                } else if (!then.sha256().equals(now.sha256())) {
                    p.add(new SourceProblem(CareerInputs.SOURCE + ":" + now.file(), now.file()
                            + ": changed since the run (sha256 " + then.sha256() + ", now " + now.sha256()
                            + "); the career-path figures come from the file as it is now"));
                }
            }
            p.addAll(careers.problems());
            return new Inputs(readers, tasks, f, p, baselineFile);
        }
    }
}
