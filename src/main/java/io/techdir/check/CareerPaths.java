package io.techdir.check;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.techdir.normalize.RoleClassifier;
import io.techdir.posting.Reject;
import io.techdir.posting.RoleFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Transitions out of technical-director positions in anonymised career histories, on Spark.
 *
 * <p>Each position's title is classified with {@link RoleClassifier} (title only: no description,
 * NAF or ROME code). A window over each person (per file), ordered by {@code order}, pairs a
 * position with the next one; a <em>transition</em> is a {@code TECHNICAL_DIRECTOR} position
 * followed by the position of order + 1 (a pair across a rejected row is not one). The counts per
 * next family become shares with Wilson intervals in {@link CareerShares}, and verdicts in
 * {@link BaselineVerdicts#careers}. Origins ({@code REAL}, {@code SYNTHETIC}) are never mixed.
 */
public final class CareerPaths {

    private static final String FILE = "file";
    private static final String ORIGIN = "origin";
    private static final String PERSON = "person";
    private static final String ORDER = "order";
    private static final String TITLE = "title";
    private static final String FAMILY = "family";
    private static final String NEXT_ORDER = "next_order";
    private static final String NEXT_FAMILY = "next_family";
    private static final String TD = RoleFamily.TECHNICAL_DIRECTOR.name();

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(FILE, DataTypes.StringType, false),
            DataTypes.createStructField(ORIGIN, DataTypes.StringType, false),
            DataTypes.createStructField(PERSON, DataTypes.StringType, false),
            DataTypes.createStructField(ORDER, DataTypes.IntegerType, false),
            DataTypes.createStructField(TITLE, DataTypes.StringType, false)));

    private CareerPaths() {
    }

    /** The role family of a title, as the posting normalizer classifies it. */
    static String family(String title) {
        return RoleClassifier.standard().classify(title, null, null, null).family().name();
    }

    /**
     * The career figures of the parsed files ({@link CareerReport#NONE} when there are none).
     *
     * @param spark the session (not stopped here)
     * @param files parsed career files
     * @param baseline gives the follow-on families and the verdict thresholds
     */
    public static CareerReport compute(SparkSession spark, List<CareerFile> files, Baseline baseline) {
        if (files.isEmpty()) {
            return CareerReport.NONE;
        }
        List<Row> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long read = 0;
        for (CareerFile f : files) {
            names.add(f.file() + " (" + f.origin() + ")");
            read += f.rows();
            rejects.addAll(f.rejects());
            for (CareerPosition p : f.positions()) {
                rows.add(RowFactory.create(f.file(), f.origin(), p.person(), p.order(), p.title()));
            }
        }
        UserDefinedFunction classify = udf((UDF1<String, String>) CareerPaths::family, DataTypes.StringType);
        WindowSpec career = Window.partitionBy(col(FILE), col(PERSON)).orderBy(col(ORDER));
        Dataset<Row> steps = spark.createDataFrame(rows, SCHEMA)
                .withColumn(FAMILY, classify.apply(col(TITLE)))
                .withColumn(NEXT_ORDER, lead(col(ORDER), 1).over(career))
                .withColumn(NEXT_FAMILY, lead(col(FAMILY), 1).over(career))
                .cache();
        try {
            Column td = col(FAMILY).equalTo(TD);
            Column transition = td.and(col(NEXT_ORDER).equalTo(col(ORDER).plus(1)));
            Column leaving = transition.and(col(NEXT_FAMILY).notEqual(TD));
            List<CareerCounts> counts = new ArrayList<>();
            for (Row r : steps.groupBy(col(ORIGIN))
                    .agg(countDistinct(col(FILE), col(PERSON)), count(lit(1)), ones(td), ones(transition), ones(leaving))
                    .orderBy(col(ORIGIN)).collectAsList()) {
                counts.add(new CareerCounts(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4),
                        r.getLong(5)));
            }
            Map<String, Map<String, Long>> byOrigin = new TreeMap<>();
            for (CareerCounts c : counts) {
                byOrigin.put(c.origin(), new TreeMap<>());
            }
            for (Row r : steps.filter(transition).groupBy(col(ORIGIN), col(NEXT_FAMILY)).count().collectAsList()) {
                byOrigin.get(r.getString(0)).put(r.getString(1), r.getLong(2));
            }
            List<CareerTransition> transitions = new ArrayList<>();
            byOrigin.forEach((origin, c) -> transitions.addAll(CareerShares.of(origin, c,
                    baseline.followOnFamilies())));
            return new CareerReport(names, read, rejects, counts, transitions,
                    BaselineVerdicts.careers(baseline, transitions));
        } finally {
            steps.unpersist();
        }
    }

    private static Column ones(Column condition) {
        return sum(when(condition, 1L).otherwise(0L));
    }
}
