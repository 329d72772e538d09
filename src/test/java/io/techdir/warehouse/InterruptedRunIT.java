package io.techdir.warehouse;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.cli.InProcess.Outcome;
import io.techdir.posting.PostingSchema;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run interrupted between its merge and its runs row (the merge without the final append, through
 * the package's API) is reported by {@code history}, until a completed run takes its rows over.
 * (A real SIGKILL between two commits: WarehouseIT.)
 */
class InterruptedRunIT {

    static final String KILLED = "20261127T060000Z-j";
    static final String RERUN = "20261127T070000Z-j";

    @BeforeAll
    static void spark() {
        SharedSpark.get();
    }

    /** Canonical postings with the keys given: the posting columns (null but the ids) and the input order. */
    static Dataset<Row> postings(SparkSession spark, String... keys) {
        StructType schema = PostingSchema.struct().add(Warehouse.ORDER, DataTypes.LongType, true);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Object[] v = new Object[schema.size()];
            v[PostingSchema.indexOf(PostingSchema.POSTING_ID)] = "id-" + keys[i];
            v[PostingSchema.indexOf(PostingSchema.POSTING_KEY)] = keys[i];
            v[PostingSchema.indexOf(PostingSchema.SOURCE)] = "csv";
            v[schema.size() - 1] = (long) i;
            rows.add(RowFactory.create(v));
        }
        return spark.createDataFrame(rows, schema);
    }

    static Dataset<Row> noRejects(SparkSession spark) {
        StructType schema = new StructType().add(PostingSchema.SOURCE, DataTypes.StringType, true)
                .add(PostingSchema.RECORD, DataTypes.StringType, true).add(Warehouse.ORDER, DataTypes.LongType, true)
                .add(Warehouse.REJECT_CODE, DataTypes.StringType, true)
                .add(Warehouse.REJECT_REASON, DataTypes.StringType, true);
        return spark.createDataFrame(List.of(), schema);
    }

    static RunRecord completed(String runId, MergeOutcome m) {
        return new RunRecord(runId, "j", "2026-11-27", "2026-11-27T07:00:00Z", "2026-11-27T07:01:00Z", 2, 2, 0, 0,
                m.newPostings(), m.seenBefore(), m.warehousePostings(), m.versionsWritten(), "out", "{\"problems\":[]}",
                RunStatus.OK, 0);
    }

    @Test
    void aRunMergedWithoutItsRunsRowIsReportedUntilACompletedRunTakesItsRowsOver(@TempDir Path tmp) {
        SparkSession spark = SharedSpark.get();
        Path wh = tmp.resolve("wh");
        Warehouse w = Warehouse.open(spark, wh.toString());
        LocalDate day = LocalDate.of(2026, 11, 27);
        // the interruption: postings merged, then no runs row (the process died before appendRun)
        w.merge(KILLED, day, postings(spark, "csv:1", "csv:2"), postings(spark), noRejects(spark));

        assertEquals(List.of(new Warehouse.Interrupted(KILLED, Map.of(Warehouse.POSTINGS, 2L, Warehouse.DUPLICATES,
                0L, Warehouse.REJECTS, 0L))), w.interruptedRuns());
        Outcome history = techdir("history", "--warehouse", wh.toString());
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains("interrupted: run " + KILLED + " merged 2 posting(s), 0 duplicate(s), 0"
                + " reject(s) but wrote no runs row (killed before its end, or still running); it cannot be rebuilt,"
                + " and a run of the same inputs takes its rows over\n0 run(s) in " + wh), history.out());

        // a rerun that sees one of its postings again: the other is still the interrupted run's
        MergeOutcome m = w.merge(RERUN, day, postings(spark, "csv:1"), postings(spark), noRejects(spark));
        w.appendRun(completed(RERUN, m));
        assertEquals(List.of(new Warehouse.Interrupted(KILLED, Map.of(Warehouse.POSTINGS, 1L, Warehouse.DUPLICATES,
                0L, Warehouse.REJECTS, 0L))), w.interruptedRuns());

        // a rerun of the same inputs: every row is a completed run's again
        String rerun2 = "20261127T080000Z-j";
        m = w.merge(rerun2, day, postings(spark, "csv:1", "csv:2"), postings(spark), noRejects(spark));
        w.appendRun(completed(rerun2, m));
        assertEquals(List.of(), w.interruptedRuns());
        Outcome after = techdir("history", "--warehouse", wh.toString());
        assertEquals(0, after.code(), after.err());
        assertFalse(after.out().contains("interrupted"), after.out());
        assertTrue(after.out().contains("2 run(s) in " + wh), after.out());
    }
}
