package io.techdir.warehouse;

import java.util.Map;

/**
 * What merging one run into the warehouse did.
 *
 * @param newPostings canonical postings of the run whose key the warehouse did not hold
 * @param seenBefore canonical postings of the run whose key it held already
 * @param warehousePostings postings in the warehouse after the merge
 * @param versionsRead per merged table, the version before the merge
 * @param versionsWritten per merged table, the version the merge committed
 */
public record MergeOutcome(long newPostings, long seenBefore, long warehousePostings, Map<String, Long> versionsRead,
        Map<String, Long> versionsWritten) {

    public MergeOutcome {
        versionsRead = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versionsRead));
        versionsWritten = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versionsWritten));
    }
}
