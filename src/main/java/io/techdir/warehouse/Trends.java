package io.techdir.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import io.techdir.check.MarketStatistics;
import io.techdir.check.stat.Distribution;
import io.techdir.posting.PostingSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trends across runs, from the warehouse's {@value Warehouse#POSTINGS} table (every canonical
 * posting ever seen, once): postings and median annual salary per month of publication
 * ({@code date_posted}), real and synthetic data apart. Postings without a publication date have
 * no month: they are counted apart, per origin ({@link Series#undated()}), so that the report can
 * say how many the months leave out. The median is type 7, like the report's.
 */
public final class Trends {

    private static final String MONTH = "_month";
    private static final String ORIGIN = "_origin";

    private Trends() {
    }

    /**
     * One month of one origin.
     *
     * @param origin REAL or SYNTHETIC
     * @param month yyyy-MM
     * @param postings canonical postings published that month
     * @param salaries of them, with a salary counted in statistics
     * @param median median annual gross salary in EUR, or null without salaries
     */
    public record Month(String origin, String month, long postings, long salaries, Double median) {
    }

    /**
     * The trend of a postings table.
     *
     * @param months the months, ordered by origin then month
     * @param undated canonical postings without a usable publication date, by origin (origins
     *     with none left out), in no month
     */
    public record Series(List<Month> months, Map<String, Long> undated) {

        public Series {
            months = List.copyOf(months);
            undated = Collections.unmodifiableSortedMap(new TreeMap<>(undated));
        }
    }

    /** The trend of a postings table (as of a version). */
    public static Series of(Dataset<Row> postings) {
        List<Row> rows = postings
                .select(when(col(PostingSchema.SOURCE).equalTo(MarketStatistics.SYNTHETIC_SOURCE),
                                lit(MarketStatistics.SYNTHETIC)).otherwise(lit(MarketStatistics.REAL)).as(ORIGIN),
                        when(col(PostingSchema.DATE_POSTED).rlike("^[0-9]{4}-[0-9]{2}"),
                                substring(col(PostingSchema.DATE_POSTED), 1, 7)).as(MONTH),
                        col(PostingSchema.SALARY_STAT_ANNUAL_EUR))
                .groupBy(col(ORIGIN), col(MONTH))
                .agg(count(lit(1)), collect_list(col(PostingSchema.SALARY_STAT_ANNUAL_EUR)))
                .orderBy(col(ORIGIN), col(MONTH))
                .collectAsList();
        List<Month> out = new ArrayList<>();
        Map<String, Long> undated = new TreeMap<>();
        for (Row r : rows) {
            if (r.isNullAt(1)) {
                undated.put(r.getString(0), r.getLong(2));
                continue;
            }
            List<Double> salaries = r.getList(3);
            double[] values = salaries.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Double median = values.length == 0 ? null : Distribution.of(values).median();
            out.add(new Month(r.getString(0), r.getString(1), r.getLong(2), values.length, median));
        }
        return new Series(out, undated);
    }
}
