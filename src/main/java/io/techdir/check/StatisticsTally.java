package io.techdir.check;

import io.techdir.normalize.NormalizationConventions;
import io.techdir.posting.PostingSchema;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The counts behind every market figure, for some canonical postings: each partition counts its
 * own rows into one tally, the tallies are {@link #merge merged}, and {@link MarketStatistics}
 * turns the whole into figures on the driver. What is counted:
 * <ul>
 *   <li>the salary spread: per origin, population, dimension and group, the postings, those
 *       whose salary the employer disclosed, and how many have each salary;
 *   <li>the shares: per origin and group (role family, {@code ALL}, {@code BASELINE_SCOPE}), the
 *       numerator and denominator of each {@link Measure};
 *   <li>the minimum years asked by the postings in the baseline scope, per origin;
 *   <li>per source: postings, technical directors, first and last publication dates, the
 *       data-quality conditions ({@link MarketStatistics#quality}), and each flag the normalizer set.
 * </ul>
 * Not thread-safe; serializable (it travels from the executors to the driver).
 */
final class StatisticsTally implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A canonical posting's values the statistics read, in the order of {@link #COLUMNS}. */
    record Canon(String origin, String band, String source, String roleFamily, String roleDomain, String region,
            String contractType, String employerKind, String sizeBand, Boolean disclosed, Boolean estimated,
            Double salary, Double years, String degreeLevel, String degreeKinds, Boolean priorTechnicalDirector,
            Boolean baselineScope, String baselineDegree, String baselineBusinessSchool, String salaryFlags,
            String datePosted, String experienceFlags, String degreeFlags, String department, String country,
            String sector, String skills, Double dayRate) {

        /** Whether the employer disclosed the salary (a board's estimate is not). */
        boolean disclosedByEmployer() {
            return Boolean.TRUE.equals(disclosed) && Boolean.FALSE.equals(estimated);
        }

        boolean technicalDirector() {
            return MarketStatistics.TECHNICAL_DIRECTOR.equals(roleFamily);
        }

        boolean inScope() {
            return Boolean.TRUE.equals(baselineScope);
        }

        /** Whether the posting is in France, or of unknown country (most sources are French). */
        boolean inFranceOrUnknown() {
            return country == null || MarketStatistics.FRANCE.equals(country);
        }
    }

    /** The columns a {@link Canon} is read from (the posting schema's names), after the origin and band. */
    static final List<String> COLUMNS = List.of(PostingSchema.SOURCE, PostingSchema.ROLE_FAMILY,
            PostingSchema.ROLE_DOMAIN, PostingSchema.REGION, PostingSchema.CONTRACT_TYPE,
            PostingSchema.EMPLOYER_KIND, PostingSchema.COMPANY_SIZE_BAND, PostingSchema.SALARY_DISCLOSED,
            PostingSchema.SALARY_ESTIMATED, PostingSchema.SALARY_STAT_ANNUAL_EUR, PostingSchema.EXPERIENCE_MIN_YEARS,
            PostingSchema.DEGREE_LEVEL, PostingSchema.DEGREE_KINDS, PostingSchema.PRIOR_TECHNICAL_DIRECTOR,
            PostingSchema.BASELINE_SCOPE, PostingSchema.BASELINE_DEGREE, PostingSchema.BASELINE_BUSINESS_SCHOOL,
            PostingSchema.SALARY_FLAGS, PostingSchema.DATE_POSTED, PostingSchema.EXPERIENCE_FLAGS,
            PostingSchema.DEGREE_FLAGS, PostingSchema.DEPARTMENT, PostingSchema.COUNTRY, PostingSchema.SECTOR,
            PostingSchema.SKILLS, PostingSchema.SALARY_ANNUAL_MIN_EUR, PostingSchema.SALARY_ANNUAL_MAX_EUR);

    /** A row of {@link #COLUMNS} as a {@link Canon}. */
    static Canon read(Row r) {
        String source = r.getString(0);
        Double years = r.isNullAt(10) ? null : r.getDouble(10);
        return new Canon(MarketStatistics.SYNTHETIC_SOURCE.equals(source) ? MarketStatistics.SYNTHETIC
                : MarketStatistics.REAL, MarketStatistics.experienceBand(years), source, r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), bool(r, 7),
                bool(r, 8), r.isNullAt(9) ? null : r.getDouble(9), years, r.getString(11), r.getString(12),
                bool(r, 13), bool(r, 14), r.getString(15), r.getString(16), r.getString(17), r.getString(18),
                r.getString(19), r.getString(20), r.getString(21), r.getString(22), r.getString(23), r.getString(24),
                SalaryRules.dayRateEur(bool(r, 7), bool(r, 8), r.getString(17), number(r, 25), number(r, 26),
                        DAYS_PER_YEAR));
    }

    /** The days a year the normalizer multiplied a day rate by. */
    private static final double DAYS_PER_YEAR = NormalizationConventions.standard().daysPerYear();

    private static Double number(Row r, int i) {
        return r.isNullAt(i) ? null : r.getDouble(i);
    }

    private static Boolean bool(Row r, int i) {
        return r.isNullAt(i) ? null : r.getBoolean(i);
    }

    /** A condition on a canonical posting (false for unknown values, as SQL's coalesce(..., false)). */
    interface Test extends Serializable {
        boolean test(Canon c);
    }

    /** A share to compute: its table, name, numerator and denominator conditions. */
    record Measure(String table, String name, Test numerator, Test denominator) implements Serializable {
    }

    record SpreadKey(String origin, String population, String dimension, String group) implements Serializable {
    }

    record ShareKey(String origin, String group) implements Serializable {
    }

    record FlagKey(String source, String flag) implements Serializable {
    }

    /** One salary-spread group: its postings, those the employer disclosed, its salaries. */
    static final class Spread implements Serializable {
        private static final long serialVersionUID = 1L;
        long postings;
        long disclosed;
        final ValueCounts salaries = new ValueCounts();

        void merge(Spread o) {
            postings += o.postings;
            disclosed += o.disclosed;
            salaries.addAll(o.salaries);
        }
    }

    /** One source: postings, technical directors, date range, data-quality conditions met. */
    static final class Source implements Serializable {
        private static final long serialVersionUID = 1L;
        long postings;
        long technicalDirectors;
        String firstDate;
        String lastDate;
        final long[] quality = new long[MarketStatistics.QUALITY_MEASURES.size()];

        void merge(Source o) {
            postings += o.postings;
            technicalDirectors += o.technicalDirectors;
            firstDate = MarketStatistics.earlier(firstDate, o.firstDate);
            lastDate = MarketStatistics.later(lastDate, o.lastDate);
            for (int i = 0; i < quality.length; i++) {
                quality[i] += o.quality[i];
            }
        }
    }

    final Map<SpreadKey, Spread> spread = new HashMap<>();
    /** Freelance day rates (EUR a day), per origin and population, dimension {@code overall}. */
    final Map<SpreadKey, Spread> dayRates = new HashMap<>();
    /** Per origin and group: n0, k0, n1, k1... of the measures. */
    final Map<ShareKey, long[]> shares = new HashMap<>();
    /** Per origin with postings in the baseline scope: how many ask each minimum of years. */
    final Map<String, ValueCounts> scopeYears = new HashMap<>();
    final Map<String, Source> sources = new HashMap<>();
    final Map<FlagKey, Long> flags = new HashMap<>();

    /** Counts one canonical posting. */
    void add(Canon c, List<Measure> measures) {
        spread(c);
        for (String group : new String[] {c.roleFamily() == null ? MarketStatistics.UNKNOWN_GROUP : c.roleFamily(),
            MarketStatistics.ALL, c.inScope() ? MarketStatistics.BASELINE_SCOPE : null}) {
            if (group == null) {
                continue;
            }
            long[] nk = shares.computeIfAbsent(new ShareKey(c.origin(), group), k -> new long[2 * measures.size()]);
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                if (m.denominator().test(c)) {
                    nk[2 * i]++;
                    if (m.numerator().test(c)) {
                        nk[2 * i + 1]++;
                    }
                }
            }
        }
        if (c.inScope()) {
            ValueCounts years = scopeYears.computeIfAbsent(c.origin(), k -> new ValueCounts());
            if (c.years() != null) {
                years.add(c.years(), 1);
            }
        }
        Source s = sources.computeIfAbsent(c.source(), k -> new Source());
        s.postings++;
        s.technicalDirectors += c.technicalDirector() ? 1 : 0;
        s.firstDate = MarketStatistics.earlier(s.firstDate, c.datePosted());
        s.lastDate = MarketStatistics.later(s.lastDate, c.datePosted());
        for (int i = 0; i < s.quality.length; i++) {
            s.quality[i] += MarketStatistics.QUALITY_MEASURES.get(i).numerator().test(c) ? 1 : 0;
        }
        flags(c.source(), MarketStatistics.Q_SALARY_FLAG, c.salaryFlags());
        flags(c.source(), MarketStatistics.Q_EXPERIENCE_FLAG, c.experienceFlags());
        flags(c.source(), MarketStatistics.Q_DEGREE_FLAG, c.degreeFlags());
    }

    private void spread(Canon c) {
        boolean disclosed = c.disclosedByEmployer();
        for (String population : MarketStatistics.POPULATIONS) {
            boolean member = switch (population) {
                case MarketStatistics.ALL -> true;
                case MarketStatistics.TECHNICAL_DIRECTOR -> c.technicalDirector();
                default -> c.inScope();
            };
            if (!member) {
                continue;
            }
            count(c, disclosed, population, MarketStatistics.OVERALL, "all");
            if (c.dayRate() != null) {
                Spread d = dayRates.computeIfAbsent(new SpreadKey(c.origin(), population, MarketStatistics.OVERALL,
                        "all"), k -> new Spread());
                d.postings++;
                d.disclosed++;
                d.salaries.add(c.dayRate(), 1);
            }
            if (population.equals(MarketStatistics.ALL)) {
                count(c, disclosed, population, "role_family", c.roleFamily());
            }
            count(c, disclosed, population, "country", c.country());
            if (c.inFranceOrUnknown()) {
                // France's regions only: a US state's dollars are no French region's pay (see country)
                count(c, disclosed, population, "region", c.region());
            }
            count(c, disclosed, population, "experience_band", c.band());
            count(c, disclosed, population, "contract_type", c.contractType());
            count(c, disclosed, population, "source", c.source());
            count(c, disclosed, population, "employer_kind", c.employerKind());
            count(c, disclosed, population, "company_size_band", c.sizeBand());
            count(c, disclosed, population, "sector", c.sector());
            if (population.equals(MarketStatistics.TECHNICAL_DIRECTOR)) {
                count(c, disclosed, population, "role_domain", c.roleDomain());
            }
        }
    }

    private void count(Canon c, boolean disclosed, String population, String dimension, String group) {
        Spread s = spread.computeIfAbsent(new SpreadKey(c.origin(), population, dimension,
                group == null ? MarketStatistics.UNKNOWN_GROUP : group), k -> new Spread());
        s.postings++;
        s.disclosed += disclosed ? 1 : 0;
        if (c.salary() != null) {
            s.salaries.add(c.salary(), 1);
        }
    }

    private void flags(String source, String prefix, String joined) {
        if (joined == null) {
            return;
        }
        // as SQL's split: every item, empty ones included
        for (String item : joined.split("\\|", -1)) {
            flags.merge(new FlagKey(source, prefix + item), 1L, Long::sum);
        }
    }

    /** Adds {@code o}'s counts to these; returns this tally. */
    StatisticsTally merge(StatisticsTally o) {
        o.spread.forEach((k, v) -> spread.merge(k, v, (a, b) -> {
            a.merge(b);
            return a;
        }));
        o.dayRates.forEach((k, v) -> dayRates.merge(k, v, (a, b) -> {
            a.merge(b);
            return a;
        }));
        o.shares.forEach((k, v) -> shares.merge(k, v, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }));
        o.scopeYears.forEach((k, v) -> scopeYears.merge(k, v, (a, b) -> {
            a.addAll(b);
            return a;
        }));
        o.sources.forEach((k, v) -> sources.merge(k, v, (a, b) -> {
            a.merge(b);
            return a;
        }));
        o.flags.forEach((k, v) -> flags.merge(k, v, Long::sum));
        return this;
    }
}
