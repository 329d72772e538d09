package io.techdir.normalize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.techdir.posting.PostingSchema;
import io.techdir.spark.SliceTally;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/**
 * Narrows the {@link Deduplicator#SAME_POSTING} and {@link Deduplicator#REPOST} windows to the
 * rows they can change: a row whose posting key and repost key no other row has is canonical
 * and alone in both windows, whatever the others. Most rows are such; sorting all of them twice
 * cost most of the deduplication. One pass without a shuffle counts both keys of every row in
 * {@link KeyCounts}; the windows then run over the rows with a key seen twice (every row of any
 * group of two or more, plus rare false hits, which are alone in their groups and stay
 * canonical), and give the same duplicates as over all rows.
 */
final class SharedKeys {

    private static final long POSTING_KEY_SALT = 0x5A3E_11D7_90C2_4B6FL;
    private static final long REPOST_KEY_SALT = 0x2F8B_C46A_17E9_D305L;
    private static final String POSTING_HASH = "_posting_key_hash";
    private static final String REPOST_HASH = "_repost_key_hash";

    private SharedKeys() {
    }

    /**
     * Runs {@code windows} over the rows of {@code keys} whose posting key or repost key another
     * row may share, and collects the result.
     *
     * @param keys rows with columns {@link PostingSchema#POSTING_KEY} and
     *     {@link Deduplicator#REPOST_KEY} (null when the posting has none)
     * @param rows the number of rows of {@code keys} (sizes the counts)
     * @param windows the deduplication windows over some rows of {@code keys}
     */
    static List<Row> collect(Dataset<Row> keys, long rows, UnaryOperator<Dataset<Row>> windows) {
        if (rows == 0) {
            return windows.apply(keys).collectAsList();
        }
        // Both keys hashed by Spark (no string leaves the generated code); a posting without a
        // repost key has no hash: it is alone in the repost window.
        Dataset<Row> hashed = keys.withColumn(POSTING_HASH, xxhash64(col(PostingSchema.POSTING_KEY)))
                .withColumn(REPOST_HASH, when(col(Deduplicator.REPOST_KEY).isNotNull(),
                        xxhash64(col(Deduplicator.REPOST_KEY))));
        int bits = KeyCounts.bitsFor(2 * rows);
        // Few slices: each holds two bit sets while it counts.
        KeyCounts counts = SliceTally.of(hashed.select(col(POSTING_HASH), col(REPOST_HASH)), it -> count(it, bits),
                KeyCounts::merge, () -> new KeyCounts(bits));
        Broadcast<KeyCounts> twice = JavaSparkContext.fromSparkContext(keys.sparkSession().sparkContext())
                .broadcast(counts.twiceOnly());
        try {
            UDF2<Long, Long, Boolean> shared = (posting, repost) -> twice.value().seenTwice(
                    KeyCounts.mix(posting, POSTING_KEY_SALT))
                    || repost != null && twice.value().seenTwice(KeyCounts.mix(repost, REPOST_KEY_SALT));
            Column isShared = udf(shared, DataTypes.BooleanType).apply(col(POSTING_HASH), col(REPOST_HASH));
            return windows.apply(hashed.filter(isShared).drop(POSTING_HASH, REPOST_HASH)).collectAsList();
        } finally {
            twice.destroy();
        }
    }

    private static KeyCounts count(Iterator<Row> rows, int bits) {
        KeyCounts c = new KeyCounts(bits);
        while (rows.hasNext()) {
            Row r = rows.next();
            c.add(KeyCounts.mix(r.getLong(0), POSTING_KEY_SALT));
            if (!r.isNullAt(1)) {
                c.add(KeyCounts.mix(r.getLong(1), REPOST_KEY_SALT));
            }
        }
        return c;
    }
}
