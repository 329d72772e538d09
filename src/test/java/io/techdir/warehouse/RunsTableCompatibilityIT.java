package io.techdir.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.techdir.SharedSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse written before the runs table recorded how each run ended (its status and problems
 * columns) still reads, the outcome of its rows taken from their detail, and gains the columns at
 * its next run. (The recording itself, {@code history} and {@code --as-of-version}: WarehouseIT.)
 */
class RunsTableCompatibilityIT {

    @BeforeAll
    static void spark() {
        SharedSpark.get();
    }

    static RunRecord record(String id, String finished, String detail, RunStatus status, long problems) {
        return new RunRecord(id, "j", finished.substring(0, 10), finished, finished, 1, 1, 0, 0, 1, 0, 1,
                Map.of(Warehouse.POSTINGS, 1L, Warehouse.DUPLICATES, 0L, Warehouse.REJECTS, 0L), "out", detail, status,
                problems);
    }

    @Test
    void aWarehouseWrittenBeforeTheStatusColumnStillReadsAndGainsIt(@TempDir Path tmp) {
        SparkSession spark = SharedSpark.get();
        Path wh = tmp.resolve("old");
        // the runs table as earlier versions wrote it: no status, no problems column
        StructType old = new StructType(Arrays.stream(RunRecord.SCHEMA.fields())
                .filter(f -> !f.name().equals(RunRecord.STATUS) && !f.name().equals(RunRecord.PROBLEMS))
                .toArray(StructField[]::new));
        String runsPath = wh.resolve(Warehouse.RUNS).toString();
        DeltaTable.createIfNotExists(spark).location(runsPath).addColumns(old).execute();
        List<Row> rows = new ArrayList<>();
        for (RunRecord r : List.of(
                record("old-bad", "2026-11-09T06:00:00Z", "{\"problems\":[[\"csv:x\",\"x: no such file\"]]}",
                        RunStatus.PROBLEMS, 1),
                record("old-ok", "2026-11-09T07:00:00Z", "{\"problems\":[]}", RunStatus.OK, 0),
                record("old-odd", "2026-11-09T08:00:00Z", "not json", RunStatus.UNKNOWN, -1))) {
            Object[] all = new Object[old.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = r.toRow().get(i);
            }
            rows.add(RowFactory.create(all));
        }
        spark.createDataFrame(rows, old).write().format("delta").mode("append").save(runsPath);

        Warehouse w = Warehouse.open(spark, wh.toString());
        List<RunRecord> before = w.runs();
        assertEquals(List.of(RunStatus.PROBLEMS, RunStatus.OK, RunStatus.UNKNOWN),
                before.stream().map(RunRecord::status).toList(), "derived from the detail's problems");
        assertEquals(List.of(1L, 0L, -1L), before.stream().map(RunRecord::problems).toList());

        w.appendRun(record("new-bad", "2026-11-10T06:00:00Z", "{\"problems\":[[\"a\",\"b\"],[\"c\",\"d\"]]}",
                RunStatus.PROBLEMS, 2));
        List<RunRecord> after = w.runs();
        assertEquals(4, after.size());
        assertEquals(before, after.subList(0, 3), "the older rows read as before");
        assertEquals(RunStatus.PROBLEMS, after.get(3).status());
        assertEquals(2, after.get(3).problems());
        assertTrue(Arrays.asList(w.read(Warehouse.RUNS).columns()).contains(RunRecord.STATUS), "the table gained it");
    }
}
