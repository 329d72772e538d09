package io.techdir.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the {@value Warehouse#RUNS} table: a completed run, its counts, the versions of the
 * merged tables it wrote, and (in {@code detail}, JSON) what is needed to rebuild its report.
 *
 * @param runId the run's id
 * @param job the job's name
 * @param asOf the report date, yyyy-MM-dd
 * @param started when the run started (ISO instant)
 * @param finished when it finished (ISO instant)
 * @param input records read
 * @param normalized canonical postings
 * @param rejected rejected records
 * @param duplicates duplicate postings
 * @param newPostings canonical postings new to the warehouse
 * @param seenBefore canonical postings the warehouse held already
 * @param warehousePostings postings in the warehouse after the run
 * @param versions per merged table, the version the run wrote
 * @param out the report folder
 * @param detail JSON: settings, inputs and problems of the run, for rebuilding its report
 * @param status how the run ended
 * @param problems sources or files the run could not read whole (-1 when unknown)
 */
public record RunRecord(String runId, String job, String asOf, String started, String finished, long input,
        long normalized, long rejected, long duplicates, long newPostings, long seenBefore, long warehousePostings,
        Map<String, Long> versions, String out, String detail, RunStatus status, long problems) {

    static final String RUN_ID = "run_id";
    static final String FINISHED = "finished";
    static final String STATUS = "status";
    static final String PROBLEMS = "problems";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Schema of the {@value Warehouse#RUNS} table. */
    public static final StructType SCHEMA = new StructType()
            .add(RUN_ID, DataTypes.StringType, false)
            .add("job", DataTypes.StringType, true)
            .add("as_of", DataTypes.StringType, true)
            .add("started", DataTypes.StringType, true)
            .add(FINISHED, DataTypes.StringType, true)
            .add("input", DataTypes.LongType, false)
            .add("normalized", DataTypes.LongType, false)
            .add("rejected", DataTypes.LongType, false)
            .add("duplicates", DataTypes.LongType, false)
            .add("new", DataTypes.LongType, false)
            .add("seen_before", DataTypes.LongType, false)
            .add("warehouse_postings", DataTypes.LongType, false)
            .add("postings_version", DataTypes.LongType, false)
            .add("duplicates_version", DataTypes.LongType, false)
            .add("rejects_version", DataTypes.LongType, false)
            .add("out", DataTypes.StringType, true)
            .add("detail", DataTypes.StringType, true)
            // added later (appended with Delta's mergeSchema): null in older rows
            .add(STATUS, DataTypes.StringType, true)
            .add(PROBLEMS, DataTypes.LongType, true);

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        for (String t : Warehouse.MERGED) {
            if (!versions.containsKey(t)) {
                throw new IllegalArgumentException("run " + runId + ": no version of table '" + t + "'");
            }
        }
    }

    Row toRow() {
        return RowFactory.create(runId, job, asOf, started, finished, input, normalized, rejected, duplicates,
                newPostings, seenBefore, warehousePostings, versions.get(Warehouse.POSTINGS),
                versions.get(Warehouse.DUPLICATES), versions.get(Warehouse.REJECTS), out, detail, status.name(), problems);
    }

    static RunRecord of(Row r) {
        Map<String, Long> v = new LinkedHashMap<>();
        v.put(Warehouse.POSTINGS, r.getLong(r.fieldIndex("postings_version")));
        v.put(Warehouse.DUPLICATES, r.getLong(r.fieldIndex("duplicates_version")));
        v.put(Warehouse.REJECTS, r.getLong(r.fieldIndex("rejects_version")));
        String detail = r.getString(r.fieldIndex("detail"));
        String status = stringOrNull(r, STATUS);
        long problems;
        RunStatus s;
        if (status != null) {
            s = java.util.Arrays.stream(RunStatus.values()).filter(x -> x.name().equals(status)).findFirst()
                    .orElse(RunStatus.UNKNOWN);
            Long p = r.isNullAt(r.fieldIndex(PROBLEMS)) ? null : r.getLong(r.fieldIndex(PROBLEMS));
            problems = p == null ? -1 : p;
        } else {
            // A row of a warehouse written before the status column: its detail lists the problems,
            // and a run exited 4 exactly when there were some.
            problems = problemsIn(detail);
            s = problems < 0 ? RunStatus.UNKNOWN : RunStatus.of(problems);
        }
        return new RunRecord(r.getString(r.fieldIndex(RUN_ID)), r.getString(r.fieldIndex("job")),
                r.getString(r.fieldIndex("as_of")), r.getString(r.fieldIndex("started")),
                r.getString(r.fieldIndex(FINISHED)), r.getLong(r.fieldIndex("input")),
                r.getLong(r.fieldIndex("normalized")), r.getLong(r.fieldIndex("rejected")),
                r.getLong(r.fieldIndex("duplicates")), r.getLong(r.fieldIndex("new")),
                r.getLong(r.fieldIndex("seen_before")), r.getLong(r.fieldIndex("warehouse_postings")), v,
                r.getString(r.fieldIndex("out")), detail, s, problems);
    }

    /** A column's value, or null when the row has no such column (a table written before it) or none. */
    private static String stringOrNull(Row r, String column) {
        scala.Option<Object> i = r.schema().getFieldIndex(column);
        if (i.isEmpty()) {
            return null;
        }
        int index = (Integer) i.get();
        return r.isNullAt(index) ? null : r.getString(index);
    }

    /** How many problems a row's detail lists; -1 when it does not say. */
    private static long problemsIn(String detail) {
        if (detail == null) {
            return -1;
        }
        try {
            JsonNode p = JSON.readTree(detail).get("problems");
            return p != null && p.isArray() ? p.size() : -1;
        } catch (JsonProcessingException e) {
            return -1;
        }
    }
}
