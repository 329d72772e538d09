package io.techdir.check;

import static org.apache.spark.sql.functions.col;

import io.techdir.check.StatisticsTally.Canon;
import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import io.techdir.normalize.SkillsDetector;
import io.techdir.posting.PostingSchema;
import io.techdir.spark.SliceTally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Market statistics over canonical postings: one Spark pass counts them ({@link StatisticsTally}:
 * how many postings of a group have each salary or each number of years, rather than every value),
 * and the exact figures are computed on the driver by {@link Distribution} and {@link Share} from
 * the counts. Real and synthetic postings are never mixed: every figure carries its {@code origin}.
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
    /**
     * The country whose départements and regions the statistics report: the salary spread's
     * {@code region} dimension and the missing-département measure count postings in France or of
     * unknown country; postings elsewhere are counted by {@code country} only.
     */
    public static final String FRANCE = "FR";

    /** Experience bands of minimum years asked: [0,3), [3,6), [6,11), [11,16), [16,∞). */
    public static final List<String> EXPERIENCE_BANDS = List.of("0-2", "3-5", "6-10", "11-15", "16+");

    /** Populations of the salary spread, in this order. */
    static final List<String> POPULATIONS = List.of(ALL, TECHNICAL_DIRECTOR, BASELINE_SCOPE);
    /** Dimension of the salary spread's one group of a whole population. */
    static final String OVERALL = "overall";

    /** Table ids of the shares. */
    static final String EXPERIENCE = "experience";
    static final String DEGREE = "degree";
    static final String FOLLOW_ON = "follow_on";
    static final String SKILLS = "skills";
    static final String BASELINE_DEGREE = "baseline_degree";

    /** Measure names of the baseline degree shares. */
    public static final String DEGREE_LEVEL_MET = "degree at or above the claimed level";
    public static final String BUSINESS_SCHOOL_MENTIONED = "business school or MBA mentioned";
    /** Measure name of the follow-on shares. */
    public static final String ASKS_PRIOR_TD = "asks prior technical-director experience";

    /** Data-quality measure ids (the {@code measure} column of {@code data_quality.csv}). */
    public static final String Q_SALARY_DISCLOSED = "salary disclosed by employer";
    public static final String Q_SALARY_ESTIMATED = "salary estimated by the board";
    public static final String Q_EXPERIENCE_STATED = "experience stated";
    public static final String Q_DEGREE_STATED = "degree stated";
    public static final String Q_DATE_MISSING = "date_posted missing";
    /**
     * Postings whose {@code date_posted} was published but is no date ("next week", "32/13/2026"):
     * kept without a date, so among {@value #Q_DATE_MISSING} too. The rows do not say it; the
     * counts come with the run's ({@link #report(Dataset, Baseline, Map)}).
     */
    public static final String Q_DATE_UNREADABLE = "date_posted unreadable";
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
     * missing fields (date, contract, département of French postings, region), unclassified roles
     * ({@value #Q_DOMAIN_OTHER} out of the source's technical directors, the others out of all its
     * postings); the normalizer's flags come after them. Only each measure's numerator is read:
     * the denominators are the source's counts.
     */
    static final List<StatisticsTally.Measure> QUALITY_MEASURES = List.of(
            quality(Q_SALARY_DISCLOSED, Canon::disclosedByEmployer),
            quality(Q_SALARY_ESTIMATED, c -> Boolean.TRUE.equals(c.estimated())),
            quality(Q_EXPERIENCE_STATED, c -> c.years() != null),
            quality(Q_DEGREE_STATED, MarketStatistics::statesDegree),
            quality(Q_DATE_MISSING, c -> c.datePosted() == null),
            quality(Q_CONTRACT_MISSING, c -> c.contractType() == null),
            quality(Q_DEPARTMENT_MISSING, c -> c.inFranceOrUnknown() && c.department() == null),
            quality(Q_REGION_MISSING, c -> c.region() == null),
            quality(Q_FAMILY_OTHER, c -> c.roleFamily() == null || c.roleFamily().equals("OTHER")),
            quality(Q_DOMAIN_OTHER, c -> c.technicalDirector()
                    && (c.roleDomain() == null || c.roleDomain().equals("OTHER"))));

    private static StatisticsTally.Measure quality(String name, StatisticsTally.Test test) {
        return new StatisticsTally.Measure("quality", name, test, c -> true);
    }

    private MarketStatistics() {
    }

    /** The experience band of a minimum number of years (null stays null; NaN sorts above all, as in SQL). */
    static String experienceBand(Double minYears) {
        if (minYears == null) {
            return null;
        }
        double y = minYears;
        return y < 3 ? "0-2" : y < 6 ? "3-5" : y < 11 ? "6-10" : y < 16 ? "11-15" : "16+";
    }

    /**
     * All market figures of a run: salary spread, experience, degree and follow-on shares, data
     * quality and the baseline verdicts. One Spark pass over the canonical postings' narrow rows
     * counts everything ({@link StatisticsTally}, one tally per partition, merged); the figures
     * are computed from the counts on the driver.
     *
     * @param postings all postings; duplicates are dropped here
     */
    public static MarketReport report(Dataset<Row> postings, Baseline baseline) {
        return report(postings, baseline, Map.of());
    }

    /**
     * {@link #report(Dataset, Baseline)}, with the number of each source's canonical postings
     * whose published date could not be read ({@value #Q_DATE_UNREADABLE}), counted when they
     * were read: its data-quality figure follows {@value #Q_DATE_MISSING}'s, out of the same
     * postings.
     *
     * @param unreadableDates by source; a source not named has none
     */
    public static MarketReport report(Dataset<Row> postings, Baseline baseline, Map<String, Long> unreadableDates) {
        List<StatisticsTally.Measure> measures = measures(baseline);
        Column[] columns = StatisticsTally.COLUMNS.stream().map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new);
        Dataset<Row> canonical = postings.filter(col(PostingSchema.DUPLICATE_OF).isNull()).select(columns);
        // Few slices: each tally holds its groups' salaries until it is merged.
        StatisticsTally tally = SliceTally.of(canonical, rows -> {
            StatisticsTally t = new StatisticsTally();
            while (rows.hasNext()) {
                t.add(StatisticsTally.read(rows.next()), measures);
            }
            return t;
        }, StatisticsTally::merge, StatisticsTally::new);
        return compute(tally, measures, baseline, unreadableDates);
    }

    private static MarketReport compute(StatisticsTally tally, List<StatisticsTally.Measure> measures,
            Baseline baseline, Map<String, Long> unreadableDates) {
        List<SalarySpread> spread = salarySpread(tally);
        List<String> origins = spread.stream().map(SalarySpread::origin).distinct().sorted(SQL_ORDER).toList();
        Map<String, List<ShareFigure>> shares = shares(tally, measures);
        List<String> followOnFamilies = baseline.followOnFamilies().stream().map(Enum::name).toList();
        List<ShareFigure> followOn = shares.get(FOLLOW_ON).stream()
                .filter(f -> followOnFamilies.contains(f.group())).toList();
        List<ShareFigure> degreeShares = shares.get(BASELINE_DEGREE).stream()
                .filter(f -> f.group().equals(BASELINE_SCOPE)).toList();
        Map<String, Distribution> salary = new TreeMap<>();
        Map<String, Distribution> experience = new TreeMap<>();
        tally.scopeYears.forEach((origin, years) -> {
            salary.put(origin, spread.stream().filter(s -> s.origin().equals(origin)
                    && s.population().equals(BASELINE_SCOPE) && s.dimension().equals(OVERALL))
                    .findFirst().orElseThrow().distribution());
            experience.put(origin, distribution(years));
        });
        List<Verdict> verdicts = BaselineVerdicts.evaluate(baseline, origins, salary, experience, degreeShares,
                followOn);
        List<MarketReport.QualityFigure> quality = new ArrayList<>();
        String[] dates = quality(tally, unreadableDates, quality);
        return new MarketReport(origins, spread, spreadRows(tally.dayRates), shares.get(EXPERIENCE),
                shares.get(DEGREE), shares.get(SKILLS), followOn, verdicts, quality, dates[0], dates[1]);
    }

    /**
     * Strings in SQL's order (Spark compares UTF-8 bytes, that is code points; Java's
     * {@code compareTo} compares UTF-16 units), nulls first: the figures come out in the order
     * the Spark aggregations gave them.
     */
    static final Comparator<String> SQL_ORDER = Comparator.nullsFirst((a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    });

    /** The earlier of two ISO dates, either null. */
    static String earlier(String a, String b) {
        return a == null ? b : b == null ? a : SQL_ORDER.compare(a, b) <= 0 ? a : b;
    }

    /** The later of two ISO dates, either null. */
    static String later(String a, String b) {
        return a == null ? b : b == null ? a : SQL_ORDER.compare(a, b) >= 0 ? a : b;
    }

    /** Salary spread by population and dimension, in (origin, population, dimension, group) order. */
    private static List<SalarySpread> salarySpread(StatisticsTally tally) {
        return spreadRows(tally.spread);
    }

    /** The spread of groups, in (origin, population, dimension, group) order. */
    private static List<SalarySpread> spreadRows(Map<StatisticsTally.SpreadKey, StatisticsTally.Spread> groups) {
        List<Map.Entry<StatisticsTally.SpreadKey, StatisticsTally.Spread>> rows = new ArrayList<>(groups.entrySet());
        rows.sort(Map.Entry.comparingByKey(Comparator.comparing(StatisticsTally.SpreadKey::origin, SQL_ORDER)
                .thenComparing(StatisticsTally.SpreadKey::population, SQL_ORDER)
                .thenComparing(StatisticsTally.SpreadKey::dimension, SQL_ORDER)
                .thenComparing(StatisticsTally.SpreadKey::group, SQL_ORDER)));
        List<SalarySpread> out = new ArrayList<>();
        for (Map.Entry<StatisticsTally.SpreadKey, StatisticsTally.Spread> e : rows) {
            StatisticsTally.SpreadKey k = e.getKey();
            StatisticsTally.Spread s = e.getValue();
            out.add(new SalarySpread(k.origin(), k.population(), k.dimension(), k.group(), s.postings, s.disclosed,
                    distribution(s.salaries)));
        }
        return out;
    }

    /** The distribution of the counted values; null when there are none. */
    private static Distribution distribution(ValueCounts counts) {
        return counts.isEmpty() ? null : Distribution.of(counts.expand());
    }

    /**
     * The degree table's measure of the business-school claim: one of the kinds it counts is
     * named ("kind BUSINESS_SCHOOL|MBA"); in the {@code BASELINE_SCOPE} group, the verdict's
     * figure ({@value #BUSINESS_SCHOOL_MENTIONED}), the same postings out of the same.
     */
    public static String businessSchoolMeasure() {
        return "kind " + String.join("|", PostingChecker.BUSINESS_SCHOOL_KINDS.stream().map(Enum::name).toList());
    }

    /**
     * The degree table's measure of the claim read with its kinds: the level asked is the
     * baseline's or above and one of the baseline's kinds is named ("level BAC_5 or above, kind
     * COMPUTER_SCHOOL|ENGINEERING_SCHOOL|MASTER").
     */
    public static String claimedKindsMeasure(Baseline b) {
        return "level " + b.degreeMinLevel() + " or above, kind "
                + String.join("|", b.degreeKinds().stream().map(Enum::name).sorted().toList());
    }

    /**
     * Whether {@code joined}, values joined with '|' as in the postings ("ENGINEERING_SCHOOL|MASTER"),
     * holds {@code value}; false for null. Without splitting: it runs for every posting and measure.
     */
    static boolean hasValue(String joined, String value) {
        if (joined == null) {
            return false;
        }
        int n = value.length();
        for (int i = joined.indexOf(value); i >= 0; i = joined.indexOf(value, i + 1)) {
            if ((i == 0 || joined.charAt(i - 1) == '|') && (i + n == joined.length() || joined.charAt(i + n) == '|')) {
                return true;
            }
        }
        return false;
    }

    private static boolean statesDegree(Canon c) {
        return c.degreeLevel() != null || c.degreeKinds() != null;
    }

    /** NaN is above every number, as in SQL. */
    private static boolean atLeast(Double x, double bound) {
        return x != null && (Double.isNaN(x) || x >= bound);
    }

    private static boolean atMost(Double x, double bound) {
        return x != null && !Double.isNaN(x) && x <= bound;
    }

    private static List<StatisticsTally.Measure> measures(Baseline b) {
        List<StatisticsTally.Measure> m = new ArrayList<>();
        StatisticsTally.Test statesYears = c -> c.years() != null;
        for (String band : EXPERIENCE_BANDS) {
            m.add(new StatisticsTally.Measure(EXPERIENCE, "min_years " + band, c -> band.equals(c.band()), statesYears));
        }
        double lo = b.experienceMinYears();
        double hi = b.experienceMaxYears();
        m.add(new StatisticsTally.Measure(EXPERIENCE, "asks " + fmt(lo) + "+", c -> atLeast(c.years(), lo), statesYears));
        m.add(new StatisticsTally.Measure(EXPERIENCE, "within " + fmt(lo) + "-" + fmt(hi),
                c -> atLeast(c.years(), lo) && atMost(c.years(), hi), statesYears));

        StatisticsTally.Test statesDegree = MarketStatistics::statesDegree;
        for (DegreeLevel l : DegreeLevel.values()) {
            String name = l.name();
            m.add(new StatisticsTally.Measure(DEGREE, "level " + name, c -> name.equals(c.degreeLevel()), statesDegree));
        }
        Set<String> atOrAbove = new HashSet<>();
        for (DegreeLevel l : DegreeLevel.values()) {
            if (l.compareTo(b.degreeMinLevel()) >= 0) {
                atOrAbove.add(l.name());
            }
        }
        m.add(new StatisticsTally.Measure(DEGREE, "level " + b.degreeMinLevel() + " or above",
                c -> c.degreeLevel() != null && atOrAbove.contains(c.degreeLevel()), statesDegree));
        // the claim's own reading: the level, and one of the kinds the role description names
        List<String> claimedKinds = b.degreeKinds().stream().map(Enum::name).toList();
        m.add(new StatisticsTally.Measure(DEGREE, claimedKindsMeasure(b),
                c -> c.degreeLevel() != null && atOrAbove.contains(c.degreeLevel())
                        && claimedKinds.stream().anyMatch(k -> hasValue(c.degreeKinds(), k)),
                statesDegree));
        for (DegreeKind k : DegreeKind.values()) {
            String name = k.name();
            m.add(new StatisticsTally.Measure(DEGREE, "kind " + name, c -> hasValue(c.degreeKinds(), name),
                    statesDegree));
        }
        // the business-school verdict's figure, traceable in the table: the same test and base
        StatisticsTally.Test businessSchool = c -> PostingChecker.MENTIONED.equals(c.baselineBusinessSchool());
        m.add(new StatisticsTally.Measure(DEGREE, businessSchoolMeasure(), businessSchool, statesDegree));

        // every canonical posting of the group counts: a posting naming no group asks none
        for (String group : SkillsDetector.GROUPS) {
            m.add(new StatisticsTally.Measure(SKILLS, "skill " + group, c -> hasValue(c.skills(), group), c -> true));
        }

        m.add(new StatisticsTally.Measure(FOLLOW_ON, ASKS_PRIOR_TD, c -> Boolean.TRUE.equals(c.priorTechnicalDirector()),
                c -> true));

        // out of the postings stating a degree, a level or a kind, as in the degree table: a
        // posting that names a business school and no level is one the business-school claim counts
        m.add(new StatisticsTally.Measure(BASELINE_DEGREE, DEGREE_LEVEL_MET,
                c -> PostingChecker.MATCHES.equals(c.baselineDegree())
                        || PostingChecker.LEVEL_ONLY.equals(c.baselineDegree()), statesDegree));
        m.add(new StatisticsTally.Measure(BASELINE_DEGREE, BUSINESS_SCHOOL_MENTIONED, businessSchool, statesDegree));
        return m;
    }

    /**
     * Fills {@code out} with each source's data-quality figures ({@value #Q_DATE_UNREADABLE} after
     * {@value #Q_DATE_MISSING}), then the flags the normalizer set, by source and flag; returns the
     * first and last publication dates (null when none).
     */
    private static String[] quality(StatisticsTally tally, Map<String, Long> unreadableDates,
            List<MarketReport.QualityFigure> out) {
        List<String> sources = new ArrayList<>(tally.sources.keySet());
        sources.sort(SQL_ORDER);
        String first = null;
        String last = null;
        for (String source : sources) {
            StatisticsTally.Source s = tally.sources.get(source);
            for (int i = 0; i < QUALITY_MEASURES.size(); i++) {
                String name = QUALITY_MEASURES.get(i).name();
                long of = name.equals(Q_DOMAIN_OTHER) ? s.technicalDirectors : s.postings;
                if (of > 0) {
                    out.add(new MarketReport.QualityFigure(source, name, s.quality[i], of));
                }
                if (of > 0 && name.equals(Q_DATE_MISSING)) {
                    out.add(new MarketReport.QualityFigure(source, Q_DATE_UNREADABLE,
                            unreadableDates.getOrDefault(source, 0L), of));
                }
            }
            first = earlier(first, s.firstDate);
            last = later(last, s.lastDate);
        }
        List<Map.Entry<StatisticsTally.FlagKey, Long>> flags = new ArrayList<>(tally.flags.entrySet());
        flags.sort(Map.Entry.comparingByKey(Comparator.comparing(StatisticsTally.FlagKey::source, SQL_ORDER)
                .thenComparing(StatisticsTally.FlagKey::flag, SQL_ORDER)));
        for (Map.Entry<StatisticsTally.FlagKey, Long> f : flags) {
            StatisticsTally.Source s = tally.sources.get(f.getKey().source());
            out.add(new MarketReport.QualityFigure(f.getKey().source(), f.getKey().flag(), f.getValue(),
                    s == null ? 0 : s.postings));
        }
        return new String[] {first, last};
    }

    /**
     * Every share: per origin and group (each role family, {@code ALL}, {@code BASELINE_SCOPE}),
     * in (origin, group) order, k and n of each measure. Results by table id.
     */
    private static Map<String, List<ShareFigure>> shares(StatisticsTally tally, List<StatisticsTally.Measure> measures) {
        Map<String, List<ShareFigure>> out = new LinkedHashMap<>();
        for (StatisticsTally.Measure m : measures) {
            out.putIfAbsent(m.table(), new ArrayList<>());
        }
        List<StatisticsTally.ShareKey> keys = new ArrayList<>(tally.shares.keySet());
        keys.sort(Comparator.comparing(StatisticsTally.ShareKey::origin, SQL_ORDER)
                .thenComparing(StatisticsTally.ShareKey::group, SQL_ORDER));
        for (StatisticsTally.ShareKey key : keys) {
            long[] nk = tally.shares.get(key);
            for (int i = 0; i < measures.size(); i++) {
                StatisticsTally.Measure m = measures.get(i);
                out.get(m.table()).add(new ShareFigure(key.origin(), key.group(), m.name(),
                        Share.wilson(nk[2 * i + 1], nk[2 * i])));
            }
        }
        return out;
    }

    private static String fmt(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
    }
}
