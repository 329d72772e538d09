package io.techdir.job;

import io.techdir.check.Baseline;
import io.techdir.check.BaselineVerdicts;
import io.techdir.check.CareerReport;
import io.techdir.check.CareerShares;
import io.techdir.check.CareerTransition;
import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.SalarySpread;
import io.techdir.check.ShareFigure;
import io.techdir.check.Verdict;
import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import io.techdir.check.stat.Suppression;
import io.techdir.posting.Reject;
import io.techdir.report.ChartKind;
import io.techdir.report.ChartSpec;
import io.techdir.report.Figure;
import io.techdir.report.Language;
import io.techdir.report.ReportTexts;
import io.techdir.report.Suppressed;
import io.techdir.report.Table;
import io.techdir.report.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The market figures of a run as report tables (one CSV each, one sheet each), with the
 * small-cell rule applied: figures of groups with n below {@link Suppression#SUPPRESS_BELOW} are
 * shown as "n < 5", groups below {@link Suppression#LOW_CONFIDENCE_BELOW} are marked. Notes and
 * human-readable values come from {@link ReportTexts} in the report's language; identifiers
 * (origin, group, measure, verdict, confidence) stay the same in every language.
 */
final class ReportTables {

    static final String OK = "OK";
    static final String LOW = "LOW";
    static final String SUPPRESSED = "SUPPRESSED";

    /** Column shared by every market table: name, French label, English label. */
    private static final String[] ORIGIN = {"origin", "Origine des données", "Data origin"};
    /** Column of the small-cell rule's outcome ({@link #confidence(long)}). */
    private static final String[] CONFIDENCE = {"confidence", "Fiabilité", "Confidence"};

    private static final ReportTexts FR = ReportTexts.of(Language.FR);
    private static final ReportTexts EN = ReportTexts.of(Language.EN);

    private ReportTables() {
    }

    /** {@code baseline_check.csv}: the verdict on each claim, from postings and from career paths. */
    static Table baselineCheck(MarketReport r, CareerReport careers, Baseline b, ReportTexts t) {
        Table.Builder tb = Table.builder("baseline_check", "Vérification", "Baseline check")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("population", "Population", "Population", ValueFormat.TEXT)
                .column("claim", "Affirmation", "Claim", ValueFormat.TEXT)
                .column("verdict", "Verdict", "Verdict", ValueFormat.TEXT)
                .column("n", "n", "n", ValueFormat.INTEGER)
                .column("figure", "Valeur", "Figure", ValueFormat.DECIMAL)
                .column("ci_low", "IC 95 % bas", "95 % CI low", ValueFormat.DECIMAL)
                .column("ci_high", "IC 95 % haut", "95 % CI high", ValueFormat.DECIMAL)
                .column("unit", "Unité", "Unit", ValueFormat.TEXT)
                .column("evidence", "Source des données", "Evidence", ValueFormat.TEXT)
                .column("wording", "Formulation d'origine", "Original wording", ValueFormat.TEXT)
                .column("rule", "Règle appliquée", "Rule applied", ValueFormat.TEXT);
        List<Verdict> all = new ArrayList<>(r.verdicts());
        all.addAll(careers.verdicts());
        for (Verdict v : all) {
            Object[] figures = figures(v);
            tb.row(v.origin(), v.population(), v.claim(), v.verdict(), v.n(), figures[0], figures[1], figures[2],
                    t.get("unit." + v.unit()), t.get(evidence(v.claim())), v.wording(), rule(v, b, t));
        }
        noPostings(r, tb, t);
        tb.note(t.get("baseline.note.verdicts"));
        tb.note(t.get("baseline.note.origins"));
        tb.note(t.get("baseline.note.evidence"));
        tb.note(t.get("baseline.note.population", b.population(), MarketStatistics.BASELINE_SCOPE));
        if (!careers.present()) {
            tb.note(t.get("career.none"));
        }
        return tb.build();
    }

    /**
     * How a verdict's figure and interval are shown, by the verdict's unit: euros without decimals,
     * years with one, a share as a percentage with one, postings as a whole number. The Summary's
     * wording of the same figures ({@code ReportStage}) follows it, so the two sheets agree.
     */
    static ValueFormat format(String unit) {
        return switch (unit) {
            case "EUR/year" -> ValueFormat.EUR;
            case "years" -> ValueFormat.YEARS;
            case "share" -> ValueFormat.PERCENT;
            case "postings" -> ValueFormat.INTEGER;
            default -> ValueFormat.DECIMAL;
        };
    }

    /**
     * A verdict's figure, interval low and high as the report shows them, under the small-cell
     * rule of every other table: none on no observation ({@code n = 0}: nothing to show, not a 0),
     * {@link Suppressed} below {@link Suppression#SUPPRESS_BELOW} observations (a median or a share
     * of 4 postings is not published beside an "n < 5" in the salary or degree table of the same
     * postings), else each number in its unit's {@link #format}. The Summary words these cells.
     */
    static Object[] figures(Verdict v) {
        Double[] numbers = {v.figure(), v.low(), v.high()};
        Object[] cells = new Object[3];
        for (int i = 0; i < 3; i++) {
            Double d = numbers[i];
            cells[i] = d == null || v.n() == 0 ? null
                    : Suppression.suppressed(v.n()) ? Suppressed.INSTANCE : new Figure(d, format(v.unit()));
        }
        return cells;
    }

    /**
     * The note of a table left empty because the run kept no unique posting (every record rejected
     * or a duplicate): it says so, instead of an empty table and notes about figures not there.
     */
    private static void noPostings(MarketReport r, Table.Builder tb, ReportTexts t) {
        if (r.origins().isEmpty()) {
            tb.note(t.get("no_postings"));
        }
    }

    /** The text key of the evidence a claim's verdict uses. */
    private static String evidence(String claim) {
        if (claim.startsWith(BaselineVerdicts.CAREER_CLAIM)) {
            return "evidence.careers";
        }
        return claim.startsWith("follow_on:") ? "evidence.postings_prior_td" : "evidence.postings";
    }

    /** The rule a verdict applied, in the report's language. */
    static String rule(Verdict v, Baseline b, ReportTexts t) {
        String claim = v.claim();
        if (claim.startsWith(BaselineVerdicts.CAREER_CLAIM)) {
            String target = claim.substring(BaselineVerdicts.CAREER_CLAIM.length());
            return target.equals("ANY")
                    ? t.get("rule.follow_on_career_any", number(BaselineVerdicts.CAREER_MAJORITY, t),
                            b.minObservations())
                    : t.get("rule.follow_on_career", t.get("family." + target),
                            number(BaselineVerdicts.CAREER_MIN_SHARE, t), b.minObservations());
        }
        if (claim.startsWith("follow_on:")) {
            return t.get("rule.follow_on", b.followOnMinPostings(), t.get("family." + v.population()));
        }
        return switch (claim) {
            case "salary" -> t.get("rule.salary", number(b.salaryFloorAnnualEur(), t), b.minObservations());
            case "experience" -> t.get("rule.experience", number(b.experienceMinYears(), t),
                    number(b.experienceMaxYears(), t), b.minObservations());
            case "degree" -> t.get("rule.degree", b.degreeMinLevel(), number(b.degreeMajority(), t),
                    b.minObservations());
            case "business_school" -> t.get("rule.business_school", number(b.businessSchoolMinShare(), t),
                    b.minObservations());
            default -> v.rule();
        };
    }

    /** A parameter as people write it in the language ({@code 0,5} in French, {@code 0.5} in English). */
    static String number(double v, ReportTexts t) {
        Locale l = t.language() == Language.FR ? Locale.FRANCE : Locale.UK;
        return v == Math.rint(v) ? String.format(l, "%,.0f", v) : String.format(l, "%s", v).replace(".",
                t.language() == Language.FR ? "," : ".");
    }

    /** {@code salary_spread.csv}: advertised annual gross salaries by group. */
    static Table salarySpread(MarketReport r, ReportTexts t) {
        Table.Builder tb = Table.builder("salary_spread", "Salaires", "Salary spread")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("population", "Population", "Population", ValueFormat.TEXT)
                .column("dimension", "Dimension", "Dimension", ValueFormat.TEXT)
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("postings", "Offres", "Postings", ValueFormat.INTEGER)
                .column("disclosed", "Offres avec salaire de l'employeur", "Postings with the employer's salary", ValueFormat.INTEGER)
                .column("disclosure_rate", "Taux d'affichage", "Disclosure rate", ValueFormat.PERCENT)
                .column("n", "n salaires retenus", "n salaries counted", ValueFormat.INTEGER);
        distributionColumns(tb)
                .column("median_monthly", "Médiane mensuelle (÷ 12)", "Monthly median (÷ 12)", ValueFormat.EUR)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
        for (SalarySpread s : r.salarySpread()) {
            List<Object> row = new ArrayList<>(List.of(s.origin(), s.population(), s.dimension(), s.group(),
                    s.postings(), s.disclosed()));
            row.add(s.postings() < Suppression.SUPPRESS_BELOW ? Suppressed.INSTANCE : s.disclosureRate());
            long n = s.counted();
            row.add(n);
            Distribution d = distributionCells(row, s.distribution(), n);
            row.add(d == null ? (s.distribution() == null ? null : Suppressed.INSTANCE) : d.median() / 12);
            row.add(confidence(n));
            tb.row(row);
        }
        for (String origin : r.origins()) {
            tb.chart(chart(ChartKind.COLUMN, "chart.salary.distribution", origin)
                    .seriesPerRow().labels("population").values("p10", "p25", "median", "p75", "p90")
                    .where("origin", origin).where("dimension", "overall")
                    .axisTitles("", "", FR.get("axis.eur_year"), EN.get("axis.eur_year")).build());
            tb.chart(chart(ChartKind.BAR, "chart.salary.region", origin)
                    .labels("group").values("p10", "median", "p90")
                    .where("origin", origin).where("population", MarketStatistics.ALL).where("dimension", "region")
                    .axisTitles(FR.get("axis.region"), EN.get("axis.region"), FR.get("axis.eur_year"),
                            EN.get("axis.eur_year")).build());
        }
        noPostings(r, tb, t);
        tb.note(t.get("salary.note.scope"));
        tb.note(t.get("salary.note.method", Suppression.SUPPRESS_BELOW, Suppression.LOW_CONFIDENCE_BELOW));
        return tb.build();
    }

    /**
     * {@code day_rates.csv}: freelance day rates, in EUR a day, per origin and population, apart
     * from the salaries (a day rate is not an employee's pay); a block under the salary spread.
     */
    static Table dayRates(MarketReport r, ReportTexts t) {
        Table.Builder tb = Table.builder("day_rates", "Taux journaliers (indépendants)", "Freelance day rates")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("population", "Population", "Population", ValueFormat.TEXT)
                .column("n", "n taux retenus", "n day rates counted", ValueFormat.INTEGER);
        distributionColumns(tb)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
        for (SalarySpread s : r.dayRates()) {
            long n = s.counted();
            List<Object> row = new ArrayList<>(List.of(s.origin(), s.population(), n));
            distributionCells(row, s.distribution(), n);
            row.add(confidence(n));
            tb.row(row);
        }
        tb.note(t.get(r.dayRates().isEmpty() ? "day_rates.none" : "day_rates.note"));
        return tb.build();
    }

    /** The columns of a distribution in EUR: p10, p25, median, p75, p90, mean, the median's interval. */
    private static Table.Builder distributionColumns(Table.Builder tb) {
        return tb.column("p10", "P10", "P10", ValueFormat.EUR)
                .column("p25", "P25", "P25", ValueFormat.EUR)
                .column("median", "Médiane", "Median", ValueFormat.EUR)
                .column("p75", "P75", "P75", ValueFormat.EUR)
                .column("p90", "P90", "P90", ValueFormat.EUR)
                .column("mean", "Moyenne", "Mean", ValueFormat.EUR)
                .column("median_ci_low", "Médiane IC 95 % bas", "Median 95 % CI low", ValueFormat.EUR)
                .column("median_ci_high", "Médiane IC 95 % haut", "Median 95 % CI high", ValueFormat.EUR);
    }

    /**
     * Adds the cells of {@link #distributionColumns} to {@code row}: empty without values,
     * {@code n < 5} when suppressed ({@link Suppression}); returns the distribution when shown, else null.
     */
    private static Distribution distributionCells(List<Object> row, Distribution d, long n) {
        if (d == null || Suppression.suppressed(n)) {
            for (int i = 0; i < 8; i++) {
                row.add(d == null ? null : Suppressed.INSTANCE);
            }
            return null;
        }
        row.addAll(List.of(d.p10(), d.p25(), d.median(), d.p75(), d.p90(), d.mean(), d.medianLow(), d.medianHigh()));
        return d;
    }

    /** A chart builder whose titles are a text key in both languages. */
    private static ChartSpec.Builder chart(ChartKind kind, String key, Object... args) {
        return ChartSpec.builder(kind, FR.get(key, args), EN.get(key, args));
    }

    /** {@code experience_demands.csv}. */
    static Table experience(MarketReport r, ReportTexts t) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            for (String group : List.of(MarketStatistics.ALL, MarketStatistics.BASELINE_SCOPE)) {
                charts.add(chart(ChartKind.COLUMN, "chart.experience", group, origin)
                        .labels("measure").values("share").where("origin", origin).where("group", group)
                        .whereMatches("measure", "min_years .*")
                        .axisTitles(FR.get("axis.years"), EN.get("axis.years"), FR.get("axis.share_postings"),
                                EN.get("axis.share_postings")).build());
            }
        }
        return shares(r, "experience_demands", "Expérience", "Experience", r.experience(), charts,
                List.of(t.get("experience.note")), t);
    }

    /** {@code degree_demands.csv}. */
    static Table degrees(MarketReport r, ReportTexts t) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            for (String group : List.of(MarketStatistics.ALL, MarketStatistics.BASELINE_SCOPE)) {
                charts.add(chart(ChartKind.BAR, "chart.degrees", group, origin)
                        .labels("measure").values("share").where("origin", origin).where("group", group)
                        .whereMatches("measure", "(level|kind) [A-Z_0-9]+")
                        .axisTitles("", "", FR.get("axis.share_postings"), EN.get("axis.share_postings")).build());
            }
        }
        return shares(r, "degree_demands", "Diplômes", "Degrees", r.degrees(), charts, List.of(t.get("degrees.note",
                MarketStatistics.businessSchoolMeasure(), t.get("claim.business_school"))), t);
    }

    /**
     * {@code skills_demands.csv}: per origin and group, the share of canonical postings asking
     * each of the role description's skill groups (NORMALIZATION.md, "Employer and skills").
     */
    static Table skills(MarketReport r, ReportTexts t) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            for (String group : List.of(MarketStatistics.ALL, MarketStatistics.BASELINE_SCOPE)) {
                charts.add(chart(ChartKind.BAR, "chart.skills", group, origin)
                        .labels("measure").values("share").where("origin", origin).where("group", group)
                        .axisTitles("", "", FR.get("axis.share_postings"), EN.get("axis.share_postings")).build());
            }
        }
        return shares(r, "skills_demands", "Compétences", "Skills", r.skills(), charts, List.of(t.get("skills.note")), t);
    }

    /**
     * {@code follow_on_roles.csv}: per origin, the postings of each follow-on family of the
     * baseline that ask for prior technical-director experience. An origin with no posting of
     * those families has no row; the sheet says so, instead of showing an empty table unexplained.
     */
    static Table followOn(MarketReport r, Baseline b, ReportTexts t) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            charts.add(chart(ChartKind.BAR, "chart.follow_on", origin)
                    .labels("group").values("k").where("origin", origin)
                    .where("measure", MarketStatistics.ASKS_PRIOR_TD)
                    .axisTitles("", "", FR.get("axis.postings"), EN.get("axis.postings")).build());
        }
        List<String> notes = new ArrayList<>(List.of(t.get("follow_on.note")));
        List<String> without = r.origins().stream()
                .filter(o -> r.followOn().stream().noneMatch(f -> f.origin().equals(o)))
                .map(o -> t.get("origin." + o)).toList();
        if (!without.isEmpty()) {
            List<String> families = b.followOnFamilies().stream().map(f -> t.get("family." + f.name())).toList();
            notes.add(t.get("follow_on.none", String.join(", ", without), String.join(", ", families)));
        }
        return shares(r, "follow_on_roles", "Évolutions", "Follow-on roles", r.followOn(), charts, notes, t);
    }

    /**
     * {@code career_transitions.csv}: transitions out of technical-director positions in career
     * histories, per origin, base and next role family, with Wilson intervals; written as a block
     * on the follow-on sheet. Without career input it has no rows and a note saying so.
     */
    static Table careerTransitions(CareerReport c, ReportTexts t) {
        Table.Builder tb = Table.builder("career_transitions", "Parcours de carrière", "Career paths")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("base", "Transitions comptées", "Transitions counted", ValueFormat.TEXT)
                .column("target", "Poste suivant", "Next position", ValueFormat.TEXT)
                .column("label", "Libellé", "Label", ValueFormat.TEXT);
        shareColumns(tb);
        for (CareerTransition tr : c.transitions()) {
            tb.row(concat(new Object[] {tr.origin(), tr.base(), tr.target(), targetLabel(tr, t)},
                    shareCells(tr.share())));
        }
        for (String origin : c.transitions().stream().map(CareerTransition::origin).distinct().toList()) {
            // the families one by one: their total ("one of the follow-on roles") is in the table,
            // not a bar beside its own parts
            tb.chart(chart(ChartKind.BAR, "chart.careers", origin).labels("label").values("share")
                    .where("origin", origin).where("base", CareerShares.LEAVING)
                    .whereMatches("target", "(?!" + CareerShares.FOLLOW_ON_FAMILIES + "$).*")
                    .axisTitles("", "", FR.get("axis.share_leavers"), EN.get("axis.share_leavers")).build());
        }
        if (!c.present()) {
            tb.note(t.get("career.none"));
            return tb.build();
        }
        tb.note(t.get("career.note.definition"));
        tb.note(t.get("career.note.bases"));
        tb.note(t.get("shares.note.method", Suppression.SUPPRESS_BELOW, Suppression.LOW_CONFIDENCE_BELOW));
        tb.note(t.get("career.note.input", String.join(", ", c.files()), c.rows(), c.rejects().size()));
        if (c.files().stream().anyMatch(f -> f.endsWith("(" + MarketStatistics.SYNTHETIC + ")"))) {
            tb.note(t.get("career.note.synthetic"));
        }
        return tb.build();
    }

    private static String targetLabel(CareerTransition tr, ReportTexts t) {
        if (tr.target().equals(CareerShares.FOLLOW_ON_FAMILIES)) {
            return t.get("family.FOLLOW_ON_FAMILIES");
        }
        if (tr.target().equals(MarketStatistics.TECHNICAL_DIRECTOR)) {
            return t.get("family.stays_TECHNICAL_DIRECTOR");
        }
        return t.get("family." + tr.target());
    }

    /** {@code career_rejects.csv}: career rows rejected, with their {@code file:line}, code and reason. */
    static Table careerRejects(CareerReport c, ReportTexts t) {
        Table.Builder tb = Table.builder("career_rejects", "Parcours rejetés", "Career rows rejected")
                .column("source", "Source", "Source", ValueFormat.TEXT)
                .column("record", "Enregistrement", "Record", ValueFormat.TEXT)
                .column("code", "Code", "Code", ValueFormat.TEXT)
                .column("reason", "Motif", "Reason", ValueFormat.TEXT);
        for (Reject r : c.rejects()) {
            tb.row(r.source(), r.record(), r.code(), r.reason());
        }
        tb.note(t.get("career.note.rejects"));
        return tb.build();
    }

    private static Table shares(MarketReport r, String name, String sheetFr, String sheetEn,
            List<ShareFigure> figures, List<ChartSpec> charts, List<String> notes, ReportTexts t) {
        Table.Builder tb = Table.builder(name, sheetFr, sheetEn)
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("measure", "Mesure", "Measure", ValueFormat.TEXT);
        shareColumns(tb);
        for (ShareFigure f : figures) {
            tb.row(concat(new Object[] {f.origin(), f.group(), f.measure()}, shareCells(f.share())));
        }
        charts.forEach(tb::chart);
        noPostings(r, tb, t);
        notes.forEach(tb::note);
        tb.note(t.get("shares.note.method", Suppression.SUPPRESS_BELOW, Suppression.LOW_CONFIDENCE_BELOW));
        return tb.build();
    }

    /** The columns of a share: k, n, share, its Wilson interval, confidence. */
    private static void shareColumns(Table.Builder tb) {
        tb.column("k", "k", "k", ValueFormat.INTEGER)
                .column("n", "n", "n", ValueFormat.INTEGER)
                .column("share", "Part", "Share", ValueFormat.PERCENT)
                .column("ci_low", "IC 95 % bas (Wilson)", "95 % CI low (Wilson)", ValueFormat.PERCENT)
                .column("ci_high", "IC 95 % haut (Wilson)", "95 % CI high (Wilson)", ValueFormat.PERCENT)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
    }

    /** The cells of {@link #shareColumns}: suppressed below the small-cell rule, empty when n = 0. */
    private static Object[] shareCells(Share s) {
        boolean hide = Suppression.suppressed(s.n());
        Object share = s.n() == 0 ? null : hide ? Suppressed.INSTANCE : s.share();
        Object low = s.n() == 0 ? null : hide ? Suppressed.INSTANCE : s.low();
        Object high = s.n() == 0 ? null : hide ? Suppressed.INSTANCE : s.high();
        return new Object[] {hide ? Suppressed.INSTANCE : s.k(), s.n(), share, low, high, confidence(s.n())};
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * {@code trends.csv}: canonical postings and median annual salary per month of publication,
     * across every run in the warehouse (small-cell rule applied to the median); a note says how
     * many postings, without a publication date, are in no month.
     */
    static Table trends(io.techdir.warehouse.Trends.Series series, ReportTexts t) {
        List<io.techdir.warehouse.Trends.Month> months = series.months();
        Table.Builder tb = Table.builder("trends", "Tendances", "Trends")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("month", "Mois de publication", "Month posted", ValueFormat.TEXT)
                .column("postings", "Offres", "Postings", ValueFormat.INTEGER)
                .column("n", "n salaires retenus", "n salaries counted", ValueFormat.INTEGER)
                .column("median", "Médiane", "Median", ValueFormat.EUR)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
        for (io.techdir.warehouse.Trends.Month m : months) {
            Object median = m.median() == null ? null : Suppression.suppressed(m.salaries()) ? Suppressed.INSTANCE
                    : m.median();
            tb.row(m.origin(), m.month(), m.postings(), m.salaries(), median, confidence(m.salaries()));
        }
        tb.note(t.get("trends.note"));
        if (!series.undated().isEmpty()) {
            tb.note(t.get("trends.note.undated", String.join(", ", series.undated().entrySet().stream()
                    .map(e -> e.getValue() + " (" + t.get("origin." + e.getKey()) + ")").toList())));
        }
        return tb.build();
    }

    static String confidence(long n) {
        return Suppression.suppressed(n) ? SUPPRESSED : Suppression.lowConfidence(n) ? LOW : OK;
    }
}
