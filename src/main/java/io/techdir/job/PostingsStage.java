package io.techdir.job;

import io.techdir.check.PostingChecker;
import io.techdir.gather.SourceReader;
import io.techdir.normalize.Deduplicator;
import io.techdir.normalize.MinHash;
import io.techdir.normalize.PostingNormalizer;
import io.techdir.posting.Posting;
import io.techdir.posting.PostingSchema;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Gather, normalize and per-posting check in one Spark pass: one task per input file (files are
 * read in parallel), each record read, normalized and checked in the same task, so no record is
 * held twice. The result holds one row per input record: a posting (reject columns null) or a
 * reject (posting columns null but {@code source} and {@code record}).
 */
public final class PostingsStage {

    /** Input order: file index (high bits) and record number within the file (low 40 bits). */
    public static final String ORDER = "_order";
    /** Reject code, null for a posting. */
    public static final String REJECT_CODE = "reject_code";
    /** Reject reason, null for a posting. */
    public static final String REJECT_REASON = "reject_reason";
    /**
     * Whether the posting's published date could not be read ({@link PostingNormalizer#dateUnreadable}),
     * null for a reject: counted per source with the postings (data quality), never written.
     */
    public static final String DATE_UNREADABLE = "_date_unreadable";

    /**
     * Schema of the gathered rows: the posting schema plus order and reject columns, and what the
     * deduplication reads in each of its passes, computed here once: the description's MinHash
     * signature ({@link Deduplicator#TEXT_SIGNATURE}, for near-identical texts), the repost key
     * and the text scope (dropped by the deduplication, never written); and whether the posting's
     * date was unreadable ({@value #DATE_UNREADABLE}, never written).
     */
    public static final StructType SCHEMA = PostingSchema.struct()
            .add(ORDER, DataTypes.LongType, false)
            .add(REJECT_CODE, DataTypes.StringType, true)
            .add(REJECT_REASON, DataTypes.StringType, true)
            .add(Deduplicator.TEXT_SIGNATURE, DataTypes.BinaryType, true)
            .add(Deduplicator.REPOST_KEY, DataTypes.StringType, true)
            .add(Deduplicator.TEXT_SCOPE, DataTypes.LongType, true)
            .add(DATE_UNREADABLE, DataTypes.BooleanType, true);

    /** Reject code of a record whose normalization failed (a bug to report, not bad input). */
    public static final String NORMALIZE_FAILED = "NORMALIZE_FAILED";

    private static final int ORDER_BITS = 40;
    /** Columns after the posting schema's. */
    private static final int EXTRA = SCHEMA.size() - PostingSchema.columns().size();
    private static final int TITLE = PostingSchema.indexOf(PostingSchema.TITLE);
    private static final int COMPANY = PostingSchema.indexOf(PostingSchema.COMPANY);
    private static final int DEPARTMENT = PostingSchema.indexOf(PostingSchema.DEPARTMENT);
    private static final int LOCATION = PostingSchema.indexOf(PostingSchema.LOCATION);
    private static final int REGION = PostingSchema.indexOf(PostingSchema.REGION);
    private static final int COUNTRY = PostingSchema.indexOf(PostingSchema.COUNTRY);
    private static final int ROLE_FAMILY = PostingSchema.indexOf(PostingSchema.ROLE_FAMILY);

    /**
     * One file to read, and which source reader reads it.
     *
     * @param file the path the file is read at
     * @param name the file's name in its records ({@link io.techdir.gather.RecordNames})
     */
    public record FileTask(int sourceIndex, String file, String name) {
    }

    private PostingsStage() {
    }

    /**
     * Reads every file, normalizes and checks each record.
     *
     * @param readers the source readers, by index
     * @param tasks the files to read
     */
    public static Dataset<Row> run(SparkSession spark, List<SourceReader> readers, List<FileTask> tasks,
            PostingNormalizer normalizer, PostingChecker checker) {
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            // a path holds no NUL: it ends the file's path, and its name follows
            encoded.add(i + "\t" + tasks.get(i).sourceIndex() + "\t" + tasks.get(i).file() + "\u0000"
                    + tasks.get(i).name());
        }
        // One slice per file (files read in parallel), at most 4 per core: a landing zone of
        // thousands of pages makes a few tasks of many pages, not thousands of tiny tasks.
        int maxSlices = Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        int slices = Math.max(1, Math.min(encoded.size(), maxSlices));
        Dataset<String> files = spark.createDataset(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(encoded, slices).rdd(),
                Encoders.STRING());
        List<SourceReader> shipped = List.copyOf(readers);
        FlatMapFunction<String, Row> readFile = task -> {
            String[] parts = task.split("\t", 3);
            long fileIndex = Long.parseLong(parts[0]);
            SourceReader reader = shipped.get(Integer.parseInt(parts[1]));
            int nul = parts[2].indexOf('\u0000');
            Iterator<SourceRecord> records = reader.read(parts[2].substring(0, nul), parts[2].substring(nul + 1));
            return new Iterator<>() {
                long seq;

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Row next() {
                    long order = (fileIndex << ORDER_BITS) | seq++;
                    return toRow(records.next(), order, normalizer, checker);
                }
            };
        };
        return files.flatMap(readFile, Encoders.row(SCHEMA));
    }

    public static Row toRow(SourceRecord record, long order, PostingNormalizer normalizer, PostingChecker checker) {
        int n = PostingSchema.columns().size();
        Reject r;
        if (record instanceof RawPosting raw) {
            try {
                Posting p = normalizer.normalize(raw);
                Object[] values = PostingSchema.values(p, checker.check(p), EXTRA);
                values[n] = order;
                values[n + 3] = MinHash.signature(raw.description());
                String title = (String) values[TITLE];
                String place = Deduplicator.place((String) values[DEPARTMENT], (String) values[REGION],
                        (String) values[LOCATION], (String) values[COUNTRY]);
                values[n + 4] = Deduplicator.repostKey(title, (String) values[COMPANY], place);
                values[n + 5] = Deduplicator.textScope((String) values[ROLE_FAMILY], place, title);
                values[n + 6] = PostingNormalizer.dateUnreadable(raw, p);
                return RowFactory.create(values);
            } catch (RuntimeException e) {
                // A bad record never stops the run: it is rejected with the parser's message.
                r = new Reject(raw.source(), raw.record(), NORMALIZE_FAILED,
                        raw.record() + ": could not normalize: " + e);
            }
        } else {
            r = (Reject) record;
        }
        Object[] values = new Object[n + EXTRA];
        values[PostingSchema.indexOf(PostingSchema.SOURCE)] = r.source();
        values[PostingSchema.indexOf(PostingSchema.RECORD)] = r.record();
        values[n] = order;
        values[n + 1] = r.code();
        values[n + 2] = r.reason();
        return RowFactory.create(values);
    }
}
