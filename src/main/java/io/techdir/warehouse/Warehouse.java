package io.techdir.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.techdir.posting.PostingSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Delta Lake warehouse of a folder or Hadoop URI ({@code file:}, {@code hdfs:}, {@code s3a:}):
 * four tables under it, each written by single Delta commits (MERGE or append), so a run killed at
 * any moment leaves every table at its last committed version, and a rerun of the same inputs adds
 * no row.
 *
 * <ul>
 *   <li>{@value #POSTINGS}: canonical postings, merged on {@code posting_key};</li>
 *   <li>{@value #DUPLICATES}: postings marked as duplicates, merged on {@code posting_id};</li>
 *   <li>{@value #REJECTS}: rejected records, merged on {@code source} and {@code record};</li>
 *   <li>{@value #RUNS}: one row per completed run (appended last).</li>
 * </ul>
 * Every merged row carries {@value #FIRST_SEEN}/{@value #LAST_SEEN} (report dates) and
 * {@value #FIRST_RUN}/{@value #LAST_RUN}: at the versions a run wrote, the rows whose
 * {@value #LAST_RUN} is that run are exactly what it read, which is how a report is rebuilt.
 */
public final class Warehouse {

    /** Canonical postings table. */
    public static final String POSTINGS = "postings";
    /** Duplicate postings table. */
    public static final String DUPLICATES = "duplicates";
    /** Rejected records table. */
    public static final String REJECTS = "rejects";
    /** Runs table. */
    public static final String RUNS = "runs";
    /** The merged tables, in the order a run writes them (then {@value #RUNS}). */
    public static final List<String> MERGED = List.of(POSTINGS, DUPLICATES, REJECTS);
    /** Every table, in the order a run writes them. */
    public static final List<String> TABLES = List.of(POSTINGS, DUPLICATES, REJECTS, RUNS);

    /** Input order of the row in the run that last saw it. */
    public static final String ORDER = "input_order";
    /** Reject code column. */
    public static final String REJECT_CODE = "reject_code";
    /** Reject reason column. */
    public static final String REJECT_REASON = "reject_reason";
    /** Report date (yyyy-MM-dd) of the first run that saw the row. */
    public static final String FIRST_SEEN = "first_seen";
    /** Report date (yyyy-MM-dd) of the latest run that saw the row. */
    public static final String LAST_SEEN = "last_seen";
    /** Run id of the first run that saw the row. */
    public static final String FIRST_RUN = "first_run_id";
    /** Run id of the latest run that saw the row. */
    public static final String LAST_RUN = "last_run_id";

    /**
     * Fault injection for tests: a table name; after committing that table the run prints
     * {@code techdir-warehouse: committed TABLE} on stderr and waits to be killed.
     */
    public static final String PAUSE_PROPERTY = "techdir.warehouse.pause-after";

    private static final StructType SEEN = new StructType()
            .add(FIRST_SEEN, DataTypes.StringType, true)
            .add(LAST_SEEN, DataTypes.StringType, true)
            .add(FIRST_RUN, DataTypes.StringType, true)
            .add(LAST_RUN, DataTypes.StringType, true);

    /** Schema of {@value #POSTINGS} and {@value #DUPLICATES}. */
    public static final StructType POSTINGS_SCHEMA = withSeen(PostingSchema.struct()
            .add(ORDER, DataTypes.LongType, true));

    /** Schema of {@value #REJECTS}. */
    public static final StructType REJECTS_SCHEMA = withSeen(new StructType()
            .add(PostingSchema.SOURCE, DataTypes.StringType, true)
            .add(PostingSchema.RECORD, DataTypes.StringType, true)
            .add(ORDER, DataTypes.LongType, true)
            .add(REJECT_CODE, DataTypes.StringType, true)
            .add(REJECT_REASON, DataTypes.StringType, true));

    private final SparkSession spark;
    private final String uri;

    private Warehouse(SparkSession spark, String uri) {
        this.spark = spark;
        // A plain path is made absolute: Delta takes a relative location for a table name.
        String u = uri.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? uri
                : java.nio.file.Path.of(uri).toAbsolutePath().normalize().toString();
        this.uri = u.endsWith("/") && u.length() > 1 ? u.substring(0, u.length() - 1) : u;
    }

    /**
     * Opens a warehouse, creating its missing tables (empty, version 0).
     *
     * @param uri a folder or Hadoop URI
     */
    public static Warehouse open(SparkSession spark, String uri) {
        Objects.requireNonNull(uri, "uri");
        WarehouseLock.refuseFile(uri);
        Warehouse w = new Warehouse(spark, uri);
        List<String> missing = w.checkLogs();
        try {
            for (String t : missing) {
                w.create(t);
            }
        } catch (Exception e) { // Delta and Spark throw checked exceptions undeclared
            throw new WarehouseException(uri + ": cannot open the warehouse: " + cause(e), e);
        }
        return w;
    }

    /**
     * Opens a warehouse to read it, creating nothing: for {@code history} and rebuilds, where a
     * mistyped path must be said, not turned into an empty warehouse.
     *
     * @param uri a folder or Hadoop URI
     * @throws WarehouseException when there is no warehouse there (one line naming it)
     */
    public static Warehouse openExisting(SparkSession spark, String uri) {
        refuseAbsent(uri);
        Warehouse w = new Warehouse(spark, uri);
        List<String> missing = w.checkLogs();
        if (missing.size() == TABLES.size()) {
            throw new WarehouseException("no warehouse at " + uri + " (no Delta table there); expected the folder"
                    + " or URI a run wrote (techdir run --warehouse)");
        }
        if (!missing.isEmpty()) {
            throw new WarehouseException(uri + ": not a whole warehouse: no Delta table " + String.join(", ", missing)
                    + "; expected the tables " + String.join(", ", TABLES));
        }
        return w;
    }

    /**
     * Refuses, without Spark, a local warehouse whose folder does not exist or is a file (what
     * can be said before a session starts; {@link #openExisting} says the rest).
     */
    public static void refuseAbsent(String uri) {
        Objects.requireNonNull(uri, "uri");
        WarehouseLock.refuseFile(uri);
        java.nio.file.Path folder = WarehouseLock.localFolder(uri);
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new WarehouseException("no warehouse at " + uri + " (no such folder); expected the folder or URI"
                    + " a run wrote (techdir run --warehouse)");
        }
    }

    /** The warehouse's folder or URI. */
    public String uri() {
        return uri;
    }

    /** Where a table lives. */
    public String path(String table) {
        return uri + "/" + table;
    }

    /** The latest committed version of a table. */
    public long version(String table) {
        try {
            return DeltaTable.forPath(spark, path(table)).history(1).select("version").head().getLong(0);
        } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
            throw new WarehouseException(uri + ": cannot read table '" + table + "': " + cause(e), e);
        }
    }

    /** Latest versions of every table, in a fixed order. */
    public Map<String, Long> versions() {
        Map<String, Long> v = new LinkedHashMap<>();
        for (String t : TABLES) {
            v.put(t, version(t));
        }
        return v;
    }

    /** A table as of a version. */
    public Dataset<Row> read(String table, long version) {
        try {
            return spark.read().format("delta").option("versionAsOf", version).load(path(table));
        } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
            throw new WarehouseException(path(table) + ": cannot read version " + version + ": " + cause(e), e);
        }
    }

    /** A table's latest version. */
    public Dataset<Row> read(String table) {
        try {
            return spark.read().format("delta").load(path(table));
        } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
            throw new WarehouseException(uri + ": cannot read table '" + table + "': " + cause(e), e);
        }
    }

    /**
     * Checks the Delta log of every table there is ({@link DeltaLogCheck}) before Delta reads any:
     * a corrupt commit file is said in one line naming the table and the file (Delta would read it
     * in Spark tasks, even to tell whether the table exists, and fail with their stack traces).
     *
     * @return the tables that have no log (not created yet)
     * @throws WarehouseException when a log is corrupt or the file system cannot be reached
     */
    private List<String> checkLogs() {
        List<String> missing = new ArrayList<>();
        for (String t : TABLES) {
            String problem;
            try {
                org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
                if (!DeltaLogCheck.exists(path(t), conf)) {
                    missing.add(t);
                    continue;
                }
                problem = DeltaLogCheck.problem(path(t), conf);
            } catch (java.io.IOException | RuntimeException e) {
                // the file system cannot be resolved or reached (an unknown hdfs:// host...)
                throw new WarehouseException(uri + ": cannot open the warehouse: " + cause(e), e);
            }
            if (problem != null) {
                throw new WarehouseException(uri + ": cannot read table '" + t + "': " + problem
                        + "; expected the log as Delta wrote it (restore the file, or the warehouse, from a backup)");
            }
        }
        return missing;
    }

    /**
     * What went wrong, in one short line: the innermost cause's type and message (Spark's and
     * Hadoop's outer messages wrap it in lines of context).
     */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? "" : root.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        if (m.length() > 200) {
            m = m.substring(0, 200) + "...";
        }
        return root.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }

    /**
     * Merges one run's rows: postings, then duplicates, then rejects (three Delta commits; a
     * table the run has no rows for is left at its version, as a MERGE of nothing would leave it).
     * What was new and what was seen before are the postings MERGE's own counts of inserted and
     * updated rows: each key of the run is one source row, updated when the table holds the key.
     *
     * @param runId the run
     * @param asOf the run's report date (becomes {@code first_seen}/{@code last_seen})
     * @param canonical canonical postings: the posting columns plus {@value #ORDER}
     * @param duplicates duplicate postings: the posting columns plus {@value #ORDER}
     * @param rejects rejects: source, record, {@value #ORDER}, reject code and reason
     * @return what was new, and the versions read and written
     */
    public MergeOutcome merge(String runId, LocalDate asOf, Dataset<Row> canonical, Dataset<Row> duplicates,
            Dataset<Row> rejects) {
        Map<String, Long> read = new LinkedHashMap<>();
        for (String t : MERGED) {
            read.put(t, version(t));
        }
        Map<String, Long> written = new LinkedHashMap<>();
        Upsert postings = upsert(POSTINGS, List.of(PostingSchema.POSTING_KEY), canonical, runId, asOf,
                read.get(POSTINGS));
        written.put(POSTINGS, postings.version());
        written.put(DUPLICATES, upsert(DUPLICATES, List.of(PostingSchema.POSTING_ID), duplicates, runId, asOf,
                read.get(DUPLICATES)).version());
        written.put(REJECTS, upsert(REJECTS, List.of(PostingSchema.SOURCE, PostingSchema.RECORD), rejects, runId,
                asOf, read.get(REJECTS)).version());
        long total = read(POSTINGS, written.get(POSTINGS)).count();
        return new MergeOutcome(postings.inserted(), postings.updated(), total, read, written);
    }

    /**
     * Appends a completed run's row (the last commit of a run).
     *
     * @return the {@value #RUNS} version read (before) and written
     */
    public long[] appendRun(RunRecord run) {
        long before = version(RUNS);
        spark.createDataFrame(List.of(run.toRow()), RunRecord.SCHEMA).coalesce(1)
                .write().format("delta").mode("append")
                // a warehouse written before the status and problems columns gains them here
                .option("mergeSchema", "true").save(path(RUNS));
        long after = version(RUNS);
        pauseIfAsked(RUNS);
        return new long[] {before, after};
    }

    /** Every completed run, oldest first. */
    public List<RunRecord> runs() {
        List<RunRecord> out = new ArrayList<>();
        for (Row r : read(RUNS).orderBy(col(RunRecord.FINISHED), col(RunRecord.RUN_ID)).collectAsList()) {
            out.add(RunRecord.of(r));
        }
        return out;
    }

    /**
     * A run that merged rows into the warehouse but wrote no {@value #RUNS} row: killed before its
     * end (or, while another process holds the warehouse, still running).
     *
     * @param runId the run
     * @param rows per merged table, the rows whose latest run it is
     */
    public record Interrupted(String runId, Map<String, Long> rows) {
    }

    /**
     * The runs that are the latest run ({@value #LAST_RUN}) of some merged rows but have no
     * {@value #RUNS} row, oldest first (a run id starts with its start time). A run merges table
     * by table and appends its runs row last: one killed in between leaves rows that no listed run
     * accounts for; this finds them. Once a completed run has seen those rows again (a rerun of the
     * same inputs), they are its rows and the interrupted run is no longer reported.
     */
    public List<Interrupted> interruptedRuns() {
        java.util.Set<String> completed = new java.util.HashSet<>();
        for (Row r : read(RUNS).select(col(RunRecord.RUN_ID)).collectAsList()) {
            completed.add(r.getString(0));
        }
        Map<String, Map<String, Long>> found = new java.util.TreeMap<>();
        for (String t : MERGED) {
            for (Row r : read(t).groupBy(col(LAST_RUN)).count().collectAsList()) {
                String id = r.getString(0);
                if (id != null && !completed.contains(id)) {
                    found.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(t, r.getLong(1));
                }
            }
        }
        List<Interrupted> out = new ArrayList<>();
        found.forEach((id, rows) -> {
            Map<String, Long> all = new LinkedHashMap<>();
            MERGED.forEach(t -> all.put(t, rows.getOrDefault(t, 0L)));
            out.add(new Interrupted(id, all));
        });
        return out;
    }

    /**
     * The rows one run read, at the versions it wrote: for {@value #POSTINGS},
     * {@value #DUPLICATES} and {@value #REJECTS}.
     */
    public Dataset<Row> rowsOf(RunRecord run, String table) {
        Long v = run.versions().get(table);
        if (v == null) {
            throw new WarehouseException(uri + ": run " + run.runId() + " names no version of table '" + table + "'");
        }
        return read(table, v).filter(col(LAST_RUN).equalTo(lit(run.runId())));
    }

    private void create(String table) {
        StructType schema = switch (table) {
            case REJECTS -> REJECTS_SCHEMA;
            case RUNS -> RunRecord.SCHEMA;
            default -> POSTINGS_SCHEMA;
        };
        DeltaTable.createIfNotExists(spark).location(path(table)).addColumns(schema).execute();
    }

    /**
     * What one MERGE did: the version written, and the rows it updated (keys the table held) and
     * inserted (new keys).
     */
    private record Upsert(long version, long updated, long inserted) {
    }

    /**
     * MERGE of one run's rows on the key. Without rows there is nothing to merge: the table stays
     * at {@code versionRead} (a MERGE of no rows would commit nothing either, after its jobs).
     */
    private Upsert upsert(String table, List<String> key, Dataset<Row> rows, String runId, LocalDate asOf,
            long versionRead) {
        if (rows.isEmpty()) {
            pauseIfAsked(table);
            return new Upsert(versionRead, 0, 0);
        }
        StructType schema = table.equals(REJECTS) ? REJECTS_SCHEMA : POSTINGS_SCHEMA;
        List<Column> cols = new ArrayList<>();
        for (String f : schema.fieldNames()) {
            if (!SEEN.getFieldIndex(f).isDefined()) {
                cols.add(col(f));
            }
        }
        String day = asOf.toString();
        // One row per key (the first in input order), so that MERGE never sees two source rows for a key.
        Dataset<Row> source = rows.select(cols.toArray(Column[]::new))
                .withColumn(FIRST_SEEN, lit(day)).withColumn(LAST_SEEN, lit(day))
                .withColumn(FIRST_RUN, lit(runId)).withColumn(LAST_RUN, lit(runId));
        source = firstPerKey(source, key);
        String on = String.join(" AND ", key.stream().map(k -> "t.`" + k + "` <=> s.`" + k + "`").toList());
        Map<String, String> update = new LinkedHashMap<>();
        Map<String, String> insert = new LinkedHashMap<>();
        for (String f : schema.fieldNames()) {
            insert.put("`" + f + "`", "s.`" + f + "`");
            switch (f) {
                case FIRST_SEEN -> update.put(f, "least(t.first_seen, s.first_seen)");
                case FIRST_RUN -> update.put(f, "CASE WHEN s.first_seen < t.first_seen THEN s.first_run_id"
                        + " ELSE t.first_run_id END");
                case LAST_SEEN -> update.put(f, "greatest(t.last_seen, s.last_seen)");
                default -> update.put("`" + f + "`", "s.`" + f + "`");
            }
        }
        // Delta's counts of what it did: num_affected_rows, num_updated_rows, num_deleted_rows,
        // num_inserted_rows
        Row metrics = DeltaTable.forPath(spark, path(table)).as("t")
                .merge(source.as("s"), on)
                .whenMatched().updateExpr(update)
                .whenNotMatched().insertExpr(insert)
                .execute().first();
        long v = version(table);
        pauseIfAsked(table);
        return new Upsert(v, metrics.<Long>getAs("num_updated_rows"), metrics.<Long>getAs("num_inserted_rows"));
    }

    private static Dataset<Row> firstPerKey(Dataset<Row> rows, List<String> key) {
        org.apache.spark.sql.expressions.WindowSpec w = org.apache.spark.sql.expressions.Window
                .partitionBy(key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .orderBy(col(ORDER));
        return rows.withColumn("_rank", org.apache.spark.sql.functions.row_number().over(w))
                .filter(col("_rank").equalTo(1)).drop("_rank");
    }

    private static void pauseIfAsked(String table) {
        if (table.equals(System.getProperty(PAUSE_PROPERTY))) {
            System.err.println("techdir-warehouse: committed " + table);
            System.err.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static StructType withSeen(StructType s) {
        StructType out = s;
        for (var f : SEEN.fields()) {
            out = out.add(f);
        }
        return out;
    }
}
