package io.techdir.check;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import io.techdir.posting.PostingSchema;
import io.techdir.posting.RoleFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Market statistics over canonical postings (Spark aggregations, exact figures computed on the
 * driver from the collected values by {@link Distribution} and {@link Share}). Real and synthetic
 * postings are never mixed: every figure carries its {@code origin}.
 */
public final class MarketStatistics {

    public static final String REAL = "REAL";
    public static final String SYNTHETIC = "SYNTHETIC";
    /** Source name of generated postings. */
    public static final String SYNTHETIC_SOURCE = "synthetic";

    public static final String ALL = "ALL";
    public static final String TECHNICAL_DIRECTOR = "TECHNICAL_DIRECTOR"; // RoleFamily.TECHNICAL_DIRECTOR.name()
    public static final String BASELINE_SCOPE = "BASELINE_SCOPE";
    public static final String UNKNOWN_GROUP = "(unknown)";

    /** Experience bands of minimum years asked: [0,3), [3,6), [6,11), [11,16), [16,∞). */
    public static final List<String> EXPERIENCE_BANDS = List.of("0-2", "3-5", "6-10", "11-15", "16+");

    private static final String ORIGIN = "_origin";
    private static final String BAND = "_experience_band";

    private final Dataset<Row> canonical;

    /** @param postings all postings; duplicates are dropped here */
    public MarketStatistics(Dataset<Row> postings) {
        this.canonical = postings.filter(col(PostingSchema.DUPLICATE_OF).isNull())
                .withColumn(ORIGIN, when(col(PostingSchema.SOURCE).equalTo(SYNTHETIC_SOURCE), lit(SYNTHETIC))
                        .otherwise(lit(REAL)))
                .withColumn(BAND, experienceBand(col(PostingSchema.EXPERIENCE_MIN_YEARS)));
    }

    /** The experience band of a minimum-years column (null stays null). */
    public static Column experienceBand(Column minYears) {
        return when(minYears.lt(3), lit("0-2"))
                .when(minYears.lt(6), lit("3-5"))
                .when(minYears.lt(11), lit("6-10"))
                .when(minYears.lt(16), lit("11-15"))
                .when(minYears.isNotNull(), lit("16+"));
    }

    private static Column inScope() {
        return coalesce(col(PostingSchema.BASELINE_SCOPE), lit(false));
    }

    private static Column isTechnicalDirector() {
        return coalesce(col(PostingSchema.ROLE_FAMILY).equalTo(TECHNICAL_DIRECTOR), lit(false));
    }

    /** Salary spread by population and dimension. */
    public List<SalarySpread> salarySpread() {
        List<Column> groups = new ArrayList<>();
        String[] dimensions = {"role_family", PostingSchema.ROLE_FAMILY, "region", PostingSchema.REGION,
            "experience_band", BAND, "contract_type", PostingSchema.CONTRACT_TYPE,
            "source", PostingSchema.SOURCE, "employer_kind", PostingSchema.EMPLOYER_KIND,
            "company_size_band", PostingSchema.COMPANY_SIZE_BAND};
        for (String[] pop : new String[][] {{ALL}, {TECHNICAL_DIRECTOR}, {BASELINE_SCOPE}}) {
            Column member = switch (pop[0]) {
                case ALL -> lit(true);
                case TECHNICAL_DIRECTOR -> isTechnicalDirector();
                default -> inScope();
            };
            groups.add(when(member, group(pop[0], "overall", lit("all"))));
            for (int i = 0; i < dimensions.length; i += 2) {
                if (pop[0].equals(ALL) || !dimensions[i].equals("role_family")) {
                    groups.add(when(member, group(pop[0], dimensions[i], col(dimensions[i + 1]))));
                }
            }
            if (pop[0].equals(TECHNICAL_DIRECTOR)) {
                groups.add(when(member, group(pop[0], "role_domain", col(PostingSchema.ROLE_DOMAIN))));
            }
        }
        Column disclosedByEmployer = col(PostingSchema.SALARY_DISCLOSED)
                .and(col(PostingSchema.SALARY_ESTIMATED).equalTo(false));
        List<Row> rows = canonical
                .select(col(ORIGIN), explode(array(groups.toArray(Column[]::new))).as("g"),
                        col(PostingSchema.SALARY_STAT_ANNUAL_EUR), disclosedByEmployer.as("d"))
                .filter(col("g").isNotNull())
                .groupBy(col(ORIGIN), col("g.population"), col("g.dimension"), col("g.group"))
                .agg(count(lit(1)).as("postings"), sum(when(col("d"), 1).otherwise(0)).as("disclosed"),
                        collect_list(col(PostingSchema.SALARY_STAT_ANNUAL_EUR)).as("values"))
                .orderBy(col(ORIGIN), col("population"), col("dimension"), col("group"))
                .collectAsList();
        List<SalarySpread> out = new ArrayList<>();
        for (Row r : rows) {
            List<Double> values = r.getList(6);
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            out.add(new SalarySpread(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    r.getLong(4), r.getLong(5), v.length == 0 ? null : Distribution.of(v)));
        }
        return out;
    }

    private static Column group(String population, String dimension, Column value) {
        return struct(lit(population).as("population"), lit(dimension).as("dimension"),
                coalesce(value.cast("string"), lit(UNKNOWN_GROUP)).as("group"));
    }

    /**
     * Minimum years asked, by role family (and {@code BASELINE_SCOPE}): the share in each band,
     * asking 6+ and within 6-10, among postings that state a figure.
     */
    public List<ShareFigure> experienceDemands(double claimMin, double claimMax) {
        Column years = col(PostingSchema.EXPERIENCE_MIN_YEARS);
        Map<String, Column> measures = new java.util.LinkedHashMap<>();
        for (String band : EXPERIENCE_BANDS) {
            measures.put("min_years " + band, col(BAND).equalTo(band));
        }
        measures.put("asks " + fmt(claimMin) + "+", years.geq(claimMin));
        measures.put("within " + fmt(claimMin) + "-" + fmt(claimMax), years.geq(claimMin).and(years.leq(claimMax)));
        return shares(years.isNotNull(), measures);
    }

    /** Degree levels and kinds asked, by role family, among postings that state a degree. */
    public List<ShareFigure> degreeDemands() {
        Column level = col(PostingSchema.DEGREE_LEVEL);
        Column kinds = coalesce(col(PostingSchema.DEGREE_KINDS), lit(""));
        Map<String, Column> measures = new java.util.LinkedHashMap<>();
        for (DegreeLevel l : DegreeLevel.values()) {
            measures.put("level " + l.name(), level.equalTo(l.name()));
        }
        measures.put("level BAC_5 or above", level.isin("BAC_5", "DOCTORATE"));
        for (DegreeKind k : DegreeKind.values()) {
            measures.put("kind " + k.name(), org.apache.spark.sql.functions.array_contains(
                    org.apache.spark.sql.functions.split(kinds, "\\|"), k.name()));
        }
        Column stated = level.isNotNull().or(col(PostingSchema.DEGREE_KINDS).isNotNull());
        return shares(stated, measures);
    }

    /** For each follow-on role family: postings asking for prior technical-director experience. */
    public List<ShareFigure> followOnRoles(List<RoleFamily> families) {
        List<ShareFigure> all = shares(lit(true),
                Map.of("asks prior technical-director experience",
                        coalesce(col(PostingSchema.PRIOR_TECHNICAL_DIRECTOR), lit(false))));
        List<String> names = families.stream().map(Enum::name).toList();
        return all.stream().filter(s -> names.contains(s.group())).toList();
    }

    /** Measure names of {@link #baselineDegreeShares()}. */
    public static final String DEGREE_LEVEL_MET = "degree at or above the claimed level";
    public static final String BUSINESS_SCHOOL_MENTIONED = "business school or MBA mentioned";

    /**
     * In the baseline scope, among postings stating a degree: the share asking the claimed level
     * or above, and the share mentioning a business school, from the per-posting flags.
     */
    public List<ShareFigure> baselineDegreeShares() {
        Column flag = col(PostingSchema.BASELINE_DEGREE);
        Map<String, Column> measures = new java.util.LinkedHashMap<>();
        measures.put(DEGREE_LEVEL_MET, flag.isin(PostingChecker.MATCHES, PostingChecker.LEVEL_ONLY));
        measures.put(BUSINESS_SCHOOL_MENTIONED,
                col(PostingSchema.BASELINE_BUSINESS_SCHOOL).equalTo(PostingChecker.MENTIONED));
        return shares(flag.notEqual(PostingChecker.UNKNOWN), measures).stream()
                .filter(s -> s.group().equals(BASELINE_SCOPE)).toList();
    }

    /** Minimum years asked by postings in the baseline scope, by origin. */
    public Map<String, Distribution> scopeExperience() {
        return scopeDistribution(col(PostingSchema.EXPERIENCE_MIN_YEARS));
    }

    /** Counted salaries of postings in the baseline scope, by origin. */
    public Map<String, Distribution> scopeSalary() {
        return scopeDistribution(col(PostingSchema.SALARY_STAT_ANNUAL_EUR));
    }

    private Map<String, Distribution> scopeDistribution(Column value) {
        Map<String, Distribution> out = new TreeMap<>();
        for (Row r : canonical.filter(inScope()).groupBy(col(ORIGIN))
                .agg(collect_list(value)).collectAsList()) {
            List<Double> values = r.getList(1);
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            out.put(r.getString(0), v.length == 0 ? null : Distribution.of(v));
        }
        return out;
    }

    /** Origins present among canonical postings. */
    public List<String> origins() {
        return canonical.select(col(ORIGIN)).distinct().orderBy(col(ORIGIN)).as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
    }

    /**
     * Shares of each measure among the postings meeting {@code denominator}, per role family,
     * for {@code ALL} and for {@code BASELINE_SCOPE}.
     */
    private List<ShareFigure> shares(Column denominator, Map<String, Column> measures) {
        List<ShareFigure> out = new ArrayList<>();
        Column scopeGroup = when(inScope(), lit(BASELINE_SCOPE));
        Column family = coalesce(col(PostingSchema.ROLE_FAMILY), lit(UNKNOWN_GROUP));
        Dataset<Row> grouped = canonical
                .select(col(ORIGIN), explode(array(family, lit(ALL), scopeGroup)).as("grp"),
                        denominator.as("den"), struct(measureColumns(measures)).as("m"))
                .filter(col("grp").isNotNull());
        List<Column> aggs = new ArrayList<>();
        aggs.add(sum(when(col("den"), 1).otherwise(0)).as("n"));
        int i = 0;
        for (String name : measures.keySet()) {
            aggs.add(sum(when(col("den").and(coalesce(col("m.m" + i), lit(false))), 1).otherwise(0)).as("k" + i));
            i++;
        }
        List<Row> rows = grouped.groupBy(col(ORIGIN), col("grp"))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new))
                .orderBy(col(ORIGIN), col("grp"))
                .collectAsList();
        for (Row r : rows) {
            long n = r.getLong(2);
            int j = 0;
            for (String name : measures.keySet()) {
                out.add(new ShareFigure(r.getString(0), r.getString(1), name, Share.wilson(r.getLong(3 + j), n)));
                j++;
            }
        }
        return out;
    }

    private static Column[] measureColumns(Map<String, Column> measures) {
        List<Column> cols = new ArrayList<>();
        int i = 0;
        for (Column c : measures.values()) {
            cols.add(c.as("m" + i++));
        }
        return cols.toArray(Column[]::new);
    }

    private static String fmt(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
    }
}
