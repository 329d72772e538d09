package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Rows are written in input order, sorted only when the partitions do not already give it. */
class InputOrderTest {

    private static final StructType SCHEMA = new StructType().add("o", DataTypes.LongType, true);

    private static Dataset<Row> rows(SparkSession spark, List<Long> values, int partitions) {
        List<Row> rows = new ArrayList<>();
        for (Long v : values) {
            rows.add(RowFactory.create(v));
        }
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, partitions), SCHEMA);
    }

    private static List<Long> read(Dataset<Row> d) {
        List<Long> out = new ArrayList<>();
        d.toLocalIterator().forEachRemaining(r -> out.add(r.getLong(0)));
        return out;
    }

    @Test
    void contiguousAscendingPartitionsAreKeptAsTheyAre() {
        SparkSession spark = SharedSpark.get();
        List<Long> values = new ArrayList<>();
        for (long i = 0; i < 100; i++) {
            values.add((i / 10) << 40 | i); // file index in the high bits, as PostingsStage.ORDER
        }
        Dataset<Row> d = rows(spark, values, 4);
        assertTrue(InputOrder.inOrder(d, "o"));
        assertEquals(values, read(InputOrder.of(d, "o")));
        assertTrue(InputOrder.inOrder(rows(spark, List.of(), 3), "o"), "empty partitions are in order");
    }

    @Test
    void rowsOutOfOrderAreSorted() {
        SparkSession spark = SharedSpark.get();
        List<Long> swapped = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        // partitions [1..4] [5..8] exchanged: each partition ascending, but not one after the other
        List<Long> values = new ArrayList<>(swapped.subList(4, 8));
        values.addAll(swapped.subList(0, 4));
        Dataset<Row> d = rows(spark, values, 2);
        assertFalse(InputOrder.inOrder(d, "o"));
        assertEquals(swapped, read(InputOrder.of(d, "o")));

        Dataset<Row> inside = rows(spark, List.of(1L, 3L, 2L, 4L), 1);
        assertFalse(InputOrder.inOrder(inside, "o"), "a descent within a partition");
        assertEquals(List.of(1L, 2L, 3L, 4L), read(InputOrder.of(inside, "o")));
    }
}
