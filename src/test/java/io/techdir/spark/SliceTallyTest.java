package io.techdir.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.SharedSpark;
import java.util.Iterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link SliceTally} on the shared Spark session: every row counted once, whatever the partitions. */
class SliceTallyTest {

    private static Long sum(Iterator<Row> rows) {
        long s = 0;
        while (rows.hasNext()) {
            s += rows.next().getLong(0);
        }
        return s;
    }

    @Test
    void everyRowOfEveryPartitionIsCountedOnce() {
        SparkSession spark = SharedSpark.get();
        for (int partitions : new int[] {1, 2, 7}) {
            Dataset<Row> rows = spark.range(0, 1_000, 1, partitions).toDF();
            assertEquals(999L * 1_000 / 2, SliceTally.of(rows, SliceTallyTest::sum, Long::sum, () -> -1L),
                    partitions + " partition(s)");
        }
    }

    @Test
    void noPartitionGivesTheEmptyTally() {
        SparkSession spark = SharedSpark.get();
        Dataset<Row> none = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD(),
                new StructType().add("n", DataTypes.LongType));
        assertEquals(0, none.rdd().getNumPartitions());
        assertEquals(-1L, SliceTally.of(none, SliceTallyTest::sum, Long::sum, () -> -1L));
    }
}
