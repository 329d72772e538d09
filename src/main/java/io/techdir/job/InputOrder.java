package io.techdir.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts rows in input order for writing, without a global sort when they already are: the
 * gathered rows come one slice of input files per partition, in file order, and filters and
 * broadcast joins keep that; sorting a million full rows again would cost a shuffle of all of them.
 * One pass over the order column checks it (each partition ascending, partitions following each
 * other); anything else (rows read back from the warehouse, a changed plan) is sorted.
 */
final class InputOrder {

    private static final Logger LOG = LoggerFactory.getLogger(InputOrder.class);

    private InputOrder() {
    }

    /** {@code rows} in ascending {@code orderColumn}, sorted only when they are not already. */
    static Dataset<Row> of(Dataset<Row> rows, String orderColumn) {
        boolean kept = inOrder(rows, orderColumn);
        LOG.debug("rows {} in input order{}", kept ? "already" : "not", kept ? "" : ": sorting them");
        return kept ? rows : rows.orderBy(col(orderColumn));
    }

    /**
     * Whether reading the partitions one after the other gives ascending {@code orderColumn}
     * values (null values or an empty dataset count as in order only when there are none).
     */
    static boolean inOrder(Dataset<Row> rows, String orderColumn) {
        MapPartitionsFunction<Row, String> span = it -> {
            long first = 0;
            long last = 0;
            long n = 0;
            boolean sorted = true;
            while (it.hasNext()) {
                Row r = it.next();
                if (r.isNullAt(0)) {
                    sorted = false;
                    continue;
                }
                long v = r.getLong(0);
                if (n == 0) {
                    first = v;
                } else if (v <= last) {
                    sorted = false;
                }
                last = v;
                n++;
            }
            return List.of(n + "," + first + "," + last + "," + sorted).iterator();
        };
        List<String> spans = new ArrayList<>(rows.select(col(orderColumn)).mapPartitions(span, Encoders.STRING())
                .collectAsList());
        long previous = Long.MIN_VALUE;
        for (String s : spans) {
            String[] p = s.split(",");
            if (!Boolean.parseBoolean(p[3])) {
                return false;
            }
            if (Long.parseLong(p[0]) == 0) {
                continue;
            }
            if (Long.parseLong(p[1]) <= previous) {
                return false;
            }
            previous = Long.parseLong(p[2]);
        }
        return true;
    }
}
