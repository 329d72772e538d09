package io.techdir.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * Rows computed once and held by the executors for several later queries, as Spark's own row
 * format ({@link Dataset#localCheckpoint(boolean, StorageLevel)}), instead of
 * {@link Dataset#persist(StorageLevel)}'s in-memory columnar cache.
 *
 * <p>Why: the columnar cache costs a conversion on the way in (column builders, per-column
 * statistics) and on every query out (a generated columnar iterator per query, compiled by the JIT
 * each time, that turns the columns back into rows). The postings are read back as whole rows by
 * nearly every later query, so the conversion bought nothing. The price: the rows lose their
 * lineage, so a lost executor fails the run instead of recomputing them (a run is a batch that can
 * be started again).
 */
public final class HeldRows {

    private HeldRows() {
    }

    /** Computes {@code rows} now and holds them (memory, then local disk); see {@link #release}. */
    public static Dataset<Row> hold(Dataset<Row> rows) {
        return rows.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Frees rows held by {@link #hold}, waiting until the executors have dropped them; a dataset
     * that does not hold rows is left as it is. Spark would free them anyway once the dataset is
     * garbage, but a long-lived scheduler process should not wait for that. The wait did not show
     * in the run times; not waiting let a run end while the removal was still queued, and stopping
     * the session then logged a warning with a stack trace ("Block rdd_4_2 was not removed
     * normally") on about half of the runs.
     */
    public static void release(Dataset<Row> held) {
        if (held instanceof org.apache.spark.sql.classic.Dataset<Row> d && d.logicalPlan() instanceof LogicalRDD l) {
            l.rdd().unpersist(true);
        }
    }
}
