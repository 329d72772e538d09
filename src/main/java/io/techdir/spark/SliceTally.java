package io.techdir.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts rows into plain Java objects (bit sets, hash maps) in one Spark job: the rows are read as
 * a few slices, at most one per core of the default parallelism (each slice holds its tally until
 * it is merged), each slice counts its rows into one tally, and the tallies are merged into one on
 * the driver. An RDD job, because the tallies are Java objects merged as they are, not rows.
 */
public final class SliceTally {

    private SliceTally() {
    }

    /**
     * The merged tally of {@code rows}.
     *
     * @param count counts one slice's rows into a new tally
     * @param merge merges the second tally into the first and returns it
     * @param empty makes the tally of no rows (when {@code rows} has no partition at all)
     */
    public static <T extends Serializable> T of(Dataset<Row> rows, Function<Iterator<Row>, T> count,
            Function2<T, T, T> merge, Supplier<T> empty) {
        int partitions = rows.rdd().getNumPartitions();
        if (partitions == 0) {
            return empty.get(); // a reduce over no partition has nothing to reduce
        }
        int slices = Math.max(1, Math.min(partitions, rows.sparkSession().sparkContext().defaultParallelism()));
        return rows.coalesce(slices).javaRDD().mapPartitions(it -> List.of(count.call(it)).iterator())
                .reduce(merge);
    }
}
