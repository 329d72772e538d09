package io.techdir.check;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import io.techdir.posting.PostingSchema;
import io.techdir.spark.HeldRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Market statistics over canonical postings (Spark aggregations, exact figures computed on the
 * driver by {@link Distribution} and {@link Share} from the collected counts: how many postings
 * of a group have each salary or each number of years, rather than every value). Real and
 * synthetic postings are never mixed: every figure carries its {@code origin}.
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
    /** Postings of a cell (see {@link #cells}). */
    private static final String CELL_POSTINGS = "_postings";
    /** Dimension of the salary spread's one group of a whole population. */
    private static final String OVERALL = "overall";
    private static final String BAND = "_experience_band";

    private final Dataset<Row> canonical;

    /** @param canonical the rows of {@link #canonical(Dataset)} */
    private MarketStatistics(Dataset<Row> canonical) {
        this.canonical = canonical;
    }

    /** The canonical postings, with only the columns the statistics read (each aggregation scans narrow rows). */
    private static Dataset<Row> canonical(Dataset<Row> postings) {
        return postings.filter(col(PostingSchema.DUPLICATE_OF).isNull())
                .select(when(col(PostingSchema.SOURCE).equalTo(SYNTHETIC_SOURCE), lit(SYNTHETIC))
                                .otherwise(lit(REAL)).as(ORIGIN),
                        experienceBand(col(PostingSchema.EXPERIENCE_MIN_YEARS)).as(BAND),
                        col(PostingSchema.SOURCE), col(PostingSchema.ROLE_FAMILY), col(PostingSchema.ROLE_DOMAIN),
                        col(PostingSchema.REGION), col(PostingSchema.CONTRACT_TYPE), col(PostingSchema.EMPLOYER_KIND),
                        col(PostingSchema.COMPANY_SIZE_BAND), col(PostingSchema.SALARY_DISCLOSED),
                        col(PostingSchema.SALARY_ESTIMATED), col(PostingSchema.SALARY_STAT_ANNUAL_EUR),
                        col(PostingSchema.EXPERIENCE_MIN_YEARS), col(PostingSchema.DEGREE_LEVEL),
                        col(PostingSchema.DEGREE_KINDS), col(PostingSchema.PRIOR_TECHNICAL_DIRECTOR),
                        col(PostingSchema.BASELINE_SCOPE), col(PostingSchema.BASELINE_DEGREE),
                        col(PostingSchema.BASELINE_BUSINESS_SCHOOL), col(PostingSchema.SALARY_FLAGS),
                        col(PostingSchema.DATE_POSTED), col(PostingSchema.EXPERIENCE_FLAGS),
                        col(PostingSchema.DEGREE_FLAGS), col(PostingSchema.DEPARTMENT), col(PostingSchema.COUNTRY));
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
    List<SalarySpread> salarySpread() {
        String[] dimensions = {"role_family", PostingSchema.ROLE_FAMILY, "region", PostingSchema.REGION,
            "experience_band", BAND, "contract_type", PostingSchema.CONTRACT_TYPE,
            "source", PostingSchema.SOURCE, "employer_kind", PostingSchema.EMPLOYER_KIND,
            "company_size_band", PostingSchema.COMPANY_SIZE_BAND};
        Column disclosedByEmployer = col(PostingSchema.SALARY_DISCLOSED)
                .and(col(PostingSchema.SALARY_ESTIMATED).equalTo(false));
        List<Column> groups = new ArrayList<>();
        for (String pop : List.of(ALL, TECHNICAL_DIRECTOR, BASELINE_SCOPE)) {
            Column member = switch (pop) {
                case ALL -> lit(true);
                case TECHNICAL_DIRECTOR -> isTechnicalDirector();
                default -> inScope();
            };
            List<Column> popGroups = new ArrayList<>();
            popGroups.add(group(pop, OVERALL, lit("all")));
            for (int i = 0; i < dimensions.length; i += 2) {
                if (pop.equals(ALL) || !dimensions[i].equals("role_family")) {
                    popGroups.add(group(pop, dimensions[i], col(dimensions[i + 1])));
                }
            }
            if (pop.equals(TECHNICAL_DIRECTOR)) {
                popGroups.add(group(pop, "role_domain", col(PostingSchema.ROLE_DOMAIN)));
            }
            // null outside the population: dropped after the explode
            popGroups.forEach(g -> groups.add(when(member, g)));
        }
        Dataset<Row> exploded = cells(col(ORIGIN), col(PostingSchema.ROLE_FAMILY), col(PostingSchema.REGION), col(BAND),
                        col(PostingSchema.CONTRACT_TYPE), col(PostingSchema.SOURCE), col(PostingSchema.EMPLOYER_KIND),
                        col(PostingSchema.COMPANY_SIZE_BAND), col(PostingSchema.ROLE_DOMAIN),
                        col(PostingSchema.BASELINE_SCOPE), col(PostingSchema.SALARY_DISCLOSED),
                        col(PostingSchema.SALARY_ESTIMATED), col(PostingSchema.SALARY_STAT_ANNUAL_EUR))
                .select(col(ORIGIN), explode(array(groups.toArray(Column[]::new))).as("g"),
                        col(PostingSchema.SALARY_STAT_ANNUAL_EUR), disclosedByEmployer.as("d"), col(CELL_POSTINGS))
                .filter(col("g").isNotNull());
        // Not the values of each group but how often each value occurs in it: far fewer rows to
        // shuffle and collect, and the same figures (Distribution sorts the values anyway).
        Dataset<Row> histogram = exploded
                .groupBy(col(ORIGIN), col("g.population").as("population"), col("g.dimension").as("dimension"),
                        col("g.group").as("group"), col(PostingSchema.SALARY_STAT_ANNUAL_EUR).as("value"))
                .agg(sum(col(CELL_POSTINGS)).as("postings"),
                        sum(when(col("d"), col(CELL_POSTINGS)).otherwise(0)).as("disclosed"));
        List<Row> rows = histogram
                .groupBy(col(ORIGIN), col("population"), col("dimension"), col("group"))
                .agg(sum(col("postings")), sum(col("disclosed")),
                        collect_list(when(col("value").isNotNull(), struct(col("value"), col("postings")))))
                .orderBy(col(ORIGIN), col("population"), col("dimension"), col("group"))
                .collectAsList();
        List<SalarySpread> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new SalarySpread(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    r.getLong(4), r.getLong(5), distribution(r.getList(6))));
        }
        return out;
    }

    /**
     * The distribution of values given as rows (value, count), each value counted that many
     * times; null when there are none.
     */
    private static Distribution distribution(List<Row> valueCounts) {
        long n = 0;
        for (Row vc : valueCounts) {
            n += vc.getLong(1);
        }
        double[] v = new double[Math.toIntExact(n)];
        int i = 0;
        for (Row vc : valueCounts) {
            double value = vc.getDouble(0);
            for (long k = vc.getLong(1); k > 0; k--) {
                v[i++] = value;
            }
        }
        return v.length == 0 ? null : Distribution.of(v);
    }

    /**
     * The canonical postings grouped by {@code columns}, one row per distinct combination with
     * its number of postings in {@value #CELL_POSTINGS}: the aggregations that multiply rows
     * (one per group a posting belongs to) or split lists then work on these few rows, each
     * counted with its weight, and give the same counts.
     */
    private Dataset<Row> cells(Column... columns) {
        return canonical.groupBy(columns).agg(count(lit(1)).as(CELL_POSTINGS));
    }

    private static Column group(String population, String dimension, Column value) {
        return struct(lit(population).as("population"), lit(dimension).as("dimension"),
                coalesce(value.cast("string"), lit(UNKNOWN_GROUP)).as("group"));
    }

    /** A share to compute: its table, name, numerator and denominator conditions. */
    private record Measure(String table, String name, Column numerator, Column denominator) {
    }

    /** Table ids of {@link #shares(List)} results. */
    static final String EXPERIENCE = "experience";
    static final String DEGREE = "degree";
    static final String FOLLOW_ON = "follow_on";
    static final String BASELINE_DEGREE = "baseline_degree";

    /** Measure names of the baseline degree shares. */
    public static final String DEGREE_LEVEL_MET = "degree at or above the claimed level";
    public static final String BUSINESS_SCHOOL_MENTIONED = "business school or MBA mentioned";
    /** Measure name of the follow-on shares. */
    public static final String ASKS_PRIOR_TD = "asks prior technical-director experience";

    /**
     * All market figures of a run: salary spread, experience, degree and follow-on shares, and the
     * baseline verdicts, in a few Spark aggregations over the canonical postings' narrow rows,
     * computed once and held while they run.
     *
     * @param postings all postings; duplicates are dropped here
     */
    public static MarketReport report(Dataset<Row> postings, Baseline baseline) {
        Dataset<Row> held = HeldRows.hold(canonical(postings));
        try {
            return new MarketStatistics(held).compute(baseline);
        } finally {
            HeldRows.release(held);
        }
    }

    private MarketReport compute(Baseline baseline) {
        List<SalarySpread> spread = salarySpread();
        List<String> origins = spread.stream().map(SalarySpread::origin).distinct().sorted().toList();
        Map<String, List<ShareFigure>> shares = shares(measures(baseline));
        List<String> followOnFamilies = baseline.followOnFamilies().stream().map(Enum::name).toList();
        List<ShareFigure> followOn = shares.get(FOLLOW_ON).stream()
                .filter(f -> followOnFamilies.contains(f.group())).toList();
        List<ShareFigure> degreeShares = shares.get(BASELINE_DEGREE).stream()
                .filter(f -> f.group().equals(BASELINE_SCOPE)).toList();
        Map<String, Distribution> salary = new TreeMap<>();
        Map<String, Distribution> experience = new TreeMap<>();
        scopeDistributions(spread).forEach((origin, d) -> {
            salary.put(origin, d[0]);
            experience.put(origin, d[1]);
        });
        List<Verdict> verdicts = BaselineVerdicts.evaluate(baseline, origins, salary, experience, degreeShares,
                followOn);
        List<MarketReport.QualityFigure> quality = new ArrayList<>();
        String[] dates = quality(quality);
        return new MarketReport(origins, spread, shares.get(EXPERIENCE), shares.get(DEGREE), followOn, verdicts,
                quality, dates[0], dates[1]);
    }

    private static List<Measure> measures(Baseline b) {
        List<Measure> m = new ArrayList<>();
        Column years = col(PostingSchema.EXPERIENCE_MIN_YEARS);
        Column statesYears = years.isNotNull();
        for (String band : EXPERIENCE_BANDS) {
            m.add(new Measure(EXPERIENCE, "min_years " + band, col(BAND).equalTo(band), statesYears));
        }
        double lo = b.experienceMinYears();
        double hi = b.experienceMaxYears();
        m.add(new Measure(EXPERIENCE, "asks " + fmt(lo) + "+", years.geq(lo), statesYears));
        m.add(new Measure(EXPERIENCE, "within " + fmt(lo) + "-" + fmt(hi), years.geq(lo).and(years.leq(hi)),
                statesYears));

        Column level = col(PostingSchema.DEGREE_LEVEL);
        Column kinds = split(coalesce(col(PostingSchema.DEGREE_KINDS), lit("")), "\\|");
        Column statesDegree = level.isNotNull().or(col(PostingSchema.DEGREE_KINDS).isNotNull());
        for (DegreeLevel l : DegreeLevel.values()) {
            m.add(new Measure(DEGREE, "level " + l.name(), level.equalTo(l.name()), statesDegree));
        }
        Object[] atOrAbove = Arrays.stream(DegreeLevel.values())
                .filter(l -> l.compareTo(b.degreeMinLevel()) >= 0).map(Enum::name).toArray();
        m.add(new Measure(DEGREE, "level " + b.degreeMinLevel() + " or above", level.isin(atOrAbove), statesDegree));
        for (DegreeKind k : DegreeKind.values()) {
            m.add(new Measure(DEGREE, "kind " + k.name(), array_contains(kinds, k.name()), statesDegree));
        }

        m.add(new Measure(FOLLOW_ON, ASKS_PRIOR_TD,
                coalesce(col(PostingSchema.PRIOR_TECHNICAL_DIRECTOR), lit(false)), lit(true)));

        Column flag = col(PostingSchema.BASELINE_DEGREE);
        Column statesFlag = flag.notEqual(PostingChecker.UNKNOWN);
        m.add(new Measure(BASELINE_DEGREE, DEGREE_LEVEL_MET,
                flag.isin(PostingChecker.MATCHES, PostingChecker.LEVEL_ONLY), statesFlag));
        m.add(new Measure(BASELINE_DEGREE, BUSINESS_SCHOOL_MENTIONED,
                col(PostingSchema.BASELINE_BUSINESS_SCHOOL).equalTo(PostingChecker.MENTIONED), statesFlag));
        return m;
    }

    /** Data-quality measure ids (the {@code measure} column of {@code data_quality.csv}). */
    public static final String Q_SALARY_DISCLOSED = "salary disclosed by employer";
    public static final String Q_SALARY_ESTIMATED = "salary estimated by the board";
    public static final String Q_EXPERIENCE_STATED = "experience stated";
    public static final String Q_DEGREE_STATED = "degree stated";
    public static final String Q_DATE_MISSING = "date_posted missing";
    public static final String Q_CONTRACT_MISSING = "contract_type missing";
    public static final String Q_DEPARTMENT_MISSING = "department missing (France)";
    public static final String Q_REGION_MISSING = "region missing";
    public static final String Q_FAMILY_OTHER = "role_family OTHER";
    public static final String Q_DOMAIN_OTHER = "role_domain OTHER (technical directors)";
    /** Prefixes of the flag measures: {@code salary flag DAY_RATE}, {@code experience flag FROM_DESCRIPTION}... */
    public static final String Q_SALARY_FLAG = "salary flag ";
    public static final String Q_EXPERIENCE_FLAG = "experience flag ";
    public static final String Q_DEGREE_FLAG = "degree flag ";

    /**
     * Per source: disclosure rates (salary by the employer, board estimates, experience, degree),
     * missing fields (date, contract, département of French postings, region), unclassified roles,
     * and every salary, experience and degree flag the normalizer set; fills {@code out} and
     * returns the first and last publication dates (null when none).
     */
    private String[] quality(List<MarketReport.QualityFigure> out) {
        Map<String, Long> postings = new TreeMap<>();
        String first = null;
        String last = null;
        Column french = coalesce(col(PostingSchema.COUNTRY), lit("FR")).equalTo("FR");
        Column td = isTechnicalDirector();
        String[] measures = {Q_SALARY_DISCLOSED, Q_SALARY_ESTIMATED, Q_EXPERIENCE_STATED, Q_DEGREE_STATED,
            Q_DATE_MISSING, Q_CONTRACT_MISSING, Q_DEPARTMENT_MISSING, Q_REGION_MISSING, Q_FAMILY_OTHER,
            Q_DOMAIN_OTHER};
        Column[] conditions = {
            col(PostingSchema.SALARY_DISCLOSED).and(col(PostingSchema.SALARY_ESTIMATED).equalTo(false)),
            col(PostingSchema.SALARY_ESTIMATED),
            col(PostingSchema.EXPERIENCE_MIN_YEARS).isNotNull(),
            col(PostingSchema.DEGREE_LEVEL).isNotNull().or(col(PostingSchema.DEGREE_KINDS).isNotNull()),
            col(PostingSchema.DATE_POSTED).isNull(),
            col(PostingSchema.CONTRACT_TYPE).isNull(),
            french.and(col(PostingSchema.DEPARTMENT).isNull()),
            col(PostingSchema.REGION).isNull(),
            coalesce(col(PostingSchema.ROLE_FAMILY), lit("OTHER")).equalTo("OTHER"),
            td.and(coalesce(col(PostingSchema.ROLE_DOMAIN), lit("OTHER")).equalTo("OTHER"))};
        List<Column> keys = new ArrayList<>(List.of(col(PostingSchema.SOURCE), col(PostingSchema.DATE_POSTED),
                td.as("_td")));
        Column n = col(CELL_POSTINGS);
        List<Column> aggs = new ArrayList<>();
        aggs.add(org.apache.spark.sql.functions.min(col(PostingSchema.DATE_POSTED)));
        aggs.add(org.apache.spark.sql.functions.max(col(PostingSchema.DATE_POSTED)));
        aggs.add(sum(when(col("_td"), n).otherwise(0)));
        for (int i = 0; i < conditions.length; i++) {
            keys.add(coalesce(conditions[i], lit(false)).as("_q" + i));
            aggs.add(sum(when(col("_q" + i), n).otherwise(0)));
        }
        for (Row r : cells(keys.toArray(Column[]::new)).groupBy(col(PostingSchema.SOURCE))
                .agg(sum(n), aggs.toArray(Column[]::new))
                .orderBy(col(PostingSchema.SOURCE)).collectAsList()) {
            String source = r.getString(0);
            long all = r.getLong(1);
            postings.put(source, all);
            for (int i = 0; i < measures.length; i++) {
                long of = measures[i].equals(Q_DOMAIN_OTHER) ? r.getLong(4) : all;
                if (of > 0) {
                    out.add(new MarketReport.QualityFigure(source, measures[i], r.getLong(5 + i), of));
                }
            }
            if (!r.isNullAt(2) && (first == null || r.getString(2).compareTo(first) < 0)) {
                first = r.getString(2);
            }
            if (!r.isNullAt(3) && (last == null || r.getString(3).compareTo(last) > 0)) {
                last = r.getString(3);
            }
        }
        Dataset<Row> flagCells = cells(col(PostingSchema.SOURCE), col(PostingSchema.SALARY_FLAGS),
                col(PostingSchema.EXPERIENCE_FLAGS), col(PostingSchema.DEGREE_FLAGS));
        Dataset<Row> flags = null;
        for (String[] f : new String[][] {{Q_SALARY_FLAG, PostingSchema.SALARY_FLAGS},
            {Q_EXPERIENCE_FLAG, PostingSchema.EXPERIENCE_FLAGS}, {Q_DEGREE_FLAG, PostingSchema.DEGREE_FLAGS}}) {
            Dataset<Row> d = flagCells.filter(col(f[1]).isNotNull())
                    .select(col(PostingSchema.SOURCE), explode(split(col(f[1]), "\\|")).as("item"), n)
                    .select(col(PostingSchema.SOURCE),
                            org.apache.spark.sql.functions.concat(lit(f[0]), col("item")).as("flag"), n);
            flags = flags == null ? d : flags.union(d);
        }
        for (Row r : flags.groupBy(col(PostingSchema.SOURCE), col("flag")).agg(sum(n))
                .orderBy(col(PostingSchema.SOURCE), col("flag")).collectAsList()) {
            out.add(new MarketReport.QualityFigure(r.getString(0), r.getString(1), r.getLong(2),
                    postings.getOrDefault(r.getString(0), 0L)));
        }
        return new String[] {first, last};
    }

    /**
     * Salary (index 0) and minimum years asked (index 1) of postings in the baseline scope, by
     * origin: the salaries are those of the {@code BASELINE_SCOPE} population's overall group of
     * the salary spread; the years are counted by value.
     */
    private Map<String, Distribution[]> scopeDistributions(List<SalarySpread> spread) {
        Map<String, List<Row>> years = new TreeMap<>();
        for (Row r : canonical.filter(inScope()).groupBy(col(ORIGIN), col(PostingSchema.EXPERIENCE_MIN_YEARS))
                .count().collectAsList()) {
            List<Row> counts = years.computeIfAbsent(r.getString(0), k -> new ArrayList<>());
            if (!r.isNullAt(1)) {
                counts.add(RowFactory.create(r.getDouble(1), r.getLong(2)));
            }
        }
        Map<String, Distribution[]> out = new TreeMap<>();
        years.forEach((origin, counts) -> out.put(origin, new Distribution[] {
            spread.stream().filter(s -> s.origin().equals(origin) && s.population().equals(BASELINE_SCOPE)
                    && s.dimension().equals(OVERALL)).findFirst().orElseThrow().distribution(),
            distribution(counts)}));
        return out;
    }

    /**
     * Every share in one aggregation: per origin and group (each role family, {@code ALL},
     * {@code BASELINE_SCOPE}), k and n of each measure. Results by table id.
     */
    private Map<String, List<ShareFigure>> shares(List<Measure> measures) {
        Column scopeGroup = when(inScope(), lit(BASELINE_SCOPE));
        Column family = coalesce(col(PostingSchema.ROLE_FAMILY), lit(UNKNOWN_GROUP));
        List<Column> aggs = new ArrayList<>();
        Column n = col(CELL_POSTINGS);
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            Column den = coalesce(m.denominator(), lit(false));
            aggs.add(sum(when(den, n).otherwise(0)).as("n" + i));
            aggs.add(sum(when(den.and(coalesce(m.numerator(), lit(false))), n).otherwise(0)).as("k" + i));
        }
        List<Row> rows = cells(col(ORIGIN), col(PostingSchema.ROLE_FAMILY), col(PostingSchema.BASELINE_SCOPE),
                        col(BAND), col(PostingSchema.EXPERIENCE_MIN_YEARS), col(PostingSchema.DEGREE_LEVEL),
                        col(PostingSchema.DEGREE_KINDS), col(PostingSchema.PRIOR_TECHNICAL_DIRECTOR),
                        col(PostingSchema.BASELINE_DEGREE), col(PostingSchema.BASELINE_BUSINESS_SCHOOL))
                .withColumn("grp", explode(array(family, lit(ALL), scopeGroup)))
                .filter(col("grp").isNotNull())
                .groupBy(col(ORIGIN), col("grp"))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new))
                .orderBy(col(ORIGIN), col("grp"))
                .collectAsList();
        Map<String, List<ShareFigure>> out = new LinkedHashMap<>();
        for (Measure m : measures) {
            out.putIfAbsent(m.table(), new ArrayList<>());
        }
        for (Row r : rows) {
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                out.get(m.table()).add(new ShareFigure(r.getString(0), r.getString(1), m.name(),
                        Share.wilson(r.getLong(3 + 2 * i), r.getLong(2 + 2 * i))));
            }
        }
        return out;
    }

    private static String fmt(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
    }
}
