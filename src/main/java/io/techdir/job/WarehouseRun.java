package io.techdir.job;

import io.techdir.warehouse.MergeOutcome;
import io.techdir.warehouse.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run did with the warehouse, for the manifest: its URI, the counts against it and the
 * versions of each table read and written (written is empty for a rebuild, which only reads).
 *
 * @param uri the warehouse
 * @param newPostings canonical postings new to the warehouse
 * @param seenBefore canonical postings the warehouse held already
 * @param warehousePostings postings in the warehouse after the run
 * @param read per table, the version read
 * @param written per table, the version written
 * @param rebuiltFrom the run whose report was rebuilt, or null for a normal run
 * @param rebuiltStatus how that run ended ({@code RunStatus}), or null for a normal run
 */
record WarehouseRun(String uri, long newPostings, long seenBefore, long warehousePostings, Map<String, Long> read,
        Map<String, Long> written, String rebuiltFrom, String rebuiltStatus) {

    static WarehouseRun merged(String uri, MergeOutcome m) {
        return new WarehouseRun(uri, m.newPostings(), m.seenBefore(), m.warehousePostings(),
                new LinkedHashMap<>(m.versionsRead()), new LinkedHashMap<>(m.versionsWritten()), null, null);
    }

    static WarehouseRun rebuilt(String uri, RunRecord r) {
        return new WarehouseRun(uri, r.newPostings(), r.seenBefore(), r.warehousePostings(),
                new LinkedHashMap<>(r.versions()), new LinkedHashMap<>(), r.runId(), r.status().name());
    }

    /** The same with the runs table's versions read and written added. */
    WarehouseRun withRuns(long runsRead, long runsWritten) {
        Map<String, Long> r = new LinkedHashMap<>(read);
        Map<String, Long> w = new LinkedHashMap<>(written);
        r.put(io.techdir.warehouse.Warehouse.RUNS, runsRead);
        w.put(io.techdir.warehouse.Warehouse.RUNS, runsWritten);
        return new WarehouseRun(uri, newPostings, seenBefore, warehousePostings, r, w, rebuiltFrom, rebuiltStatus);
    }

    /** The manifest's {@code warehouse} object. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", uri);
        m.put("versions_read", read);
        m.put("versions_written", written);
        if (rebuiltFrom != null) {
            m.put("rebuilt_from_run", rebuiltFrom);
            m.put("rebuilt_run_status", rebuiltStatus);
        }
        return m;
    }
}
