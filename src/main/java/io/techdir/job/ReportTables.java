package io.techdir.job;

import io.techdir.check.MarketReport;
import io.techdir.check.SalarySpread;
import io.techdir.check.ShareFigure;
import io.techdir.check.Verdict;
import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import io.techdir.check.stat.Suppression;
import io.techdir.check.MarketStatistics;
import io.techdir.report.ChartKind;
import io.techdir.report.ChartSpec;
import io.techdir.report.Suppressed;
import io.techdir.report.Table;
import io.techdir.report.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The market figures of a run as report tables (one CSV each, one sheet each), with the
 * small-cell rule applied: figures of groups with n below {@link Suppression#SUPPRESS_BELOW} are
 * shown as "n < 5", groups below {@link Suppression#LOW_CONFIDENCE_BELOW} are marked.
 */
final class ReportTables {

    static final String OK = "OK";
    static final String LOW = "LOW";
    static final String SUPPRESSED = "SUPPRESSED";

    /** Column shared by every market table: name, French label, English label. */
    private static final String[] ORIGIN = {"origin", "Origine des données", "Data origin"};
    /** Column of the small-cell rule's outcome ({@link #confidence(long)}). */
    private static final String[] CONFIDENCE = {"confidence", "Fiabilité", "Confidence"};

    private ReportTables() {
    }

    /** {@code baseline_check.csv}: the verdict on each claim. */
    static Table baselineCheck(MarketReport r) {
        Table.Builder t = Table.builder("baseline_check", "Vérification", "Baseline check")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("population", "Population", "Population", ValueFormat.TEXT)
                .column("claim", "Affirmation", "Claim", ValueFormat.TEXT)
                .column("verdict", "Verdict", "Verdict", ValueFormat.TEXT)
                .column("n", "n", "n", ValueFormat.INTEGER)
                .column("figure", "Valeur", "Figure", ValueFormat.DECIMAL)
                .column("ci_low", "IC 95 % bas", "95 % CI low", ValueFormat.DECIMAL)
                .column("ci_high", "IC 95 % haut", "95 % CI high", ValueFormat.DECIMAL)
                .column("unit", "Unité", "Unit", ValueFormat.TEXT)
                .column("wording", "Formulation d'origine", "Original wording", ValueFormat.TEXT)
                .column("rule", "Règle appliquée", "Rule applied", ValueFormat.TEXT);
        for (Verdict v : r.verdicts()) {
            t.row(v.origin(), v.population(), v.claim(), v.verdict(), v.n(), v.figure(), v.low(), v.high(),
                    v.unit(), v.wording(), v.rule());
        }
        t.note("SUPPORTED = confirmé par le marché ; CONTRADICTED = contredit ; NOT_ENOUGH_DATA = pas assez de"
                + " données pour conclure (n trop petit, ou intervalle de confiance à cheval sur le seuil).");
        t.note("REAL et SYNTHETIC ne sont jamais mélangés : SYNTHETIC = données générées (voir Méthodologie).");
        return t.build();
    }

    /** {@code salary_spread.csv}: advertised annual gross salaries by group. */
    static Table salarySpread(MarketReport r) {
        Table.Builder t = Table.builder("salary_spread", "Salaires", "Salary spread")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("population", "Population", "Population", ValueFormat.TEXT)
                .column("dimension", "Dimension", "Dimension", ValueFormat.TEXT)
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("postings", "Offres", "Postings", ValueFormat.INTEGER)
                .column("disclosed", "Offres avec salaire", "Postings with salary", ValueFormat.INTEGER)
                .column("disclosure_rate", "Taux d'affichage", "Disclosure rate", ValueFormat.PERCENT)
                .column("n", "n salaires retenus", "n salaries counted", ValueFormat.INTEGER)
                .column("p10", "P10", "P10", ValueFormat.EUR)
                .column("p25", "P25", "P25", ValueFormat.EUR)
                .column("median", "Médiane", "Median", ValueFormat.EUR)
                .column("p75", "P75", "P75", ValueFormat.EUR)
                .column("p90", "P90", "P90", ValueFormat.EUR)
                .column("mean", "Moyenne", "Mean", ValueFormat.EUR)
                .column("median_ci_low", "Médiane IC 95 % bas", "Median 95 % CI low", ValueFormat.EUR)
                .column("median_ci_high", "Médiane IC 95 % haut", "Median 95 % CI high", ValueFormat.EUR)
                .column("median_monthly", "Médiane mensuelle (÷ 12)", "Monthly median (÷ 12)", ValueFormat.EUR)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
        for (SalarySpread s : r.salarySpread()) {
            List<Object> row = new ArrayList<>(List.of(s.origin(), s.population(), s.dimension(), s.group(),
                    s.postings(), s.disclosed()));
            row.add(s.postings() < Suppression.SUPPRESS_BELOW ? Suppressed.INSTANCE : s.disclosureRate());
            long n = s.counted();
            row.add(n);
            Distribution d = s.distribution();
            if (d == null || Suppression.suppressed(n)) {
                for (int i = 0; i < 9; i++) {
                    row.add(d == null ? null : Suppressed.INSTANCE);
                }
            } else {
                row.addAll(List.of(d.p10(), d.p25(), d.median(), d.p75(), d.p90(), d.mean(), d.medianLow(),
                        d.medianHigh(), d.median() / 12));
            }
            row.add(confidence(n));
            t.row(row);
        }
        for (String origin : r.origins()) {
            t.chart(ChartSpec.builder(ChartKind.COLUMN, "Distribution des salaires (" + origin + ")",
                            "Salary distribution (" + origin + ")")
                    .seriesPerRow().labels("population").values("p10", "p25", "median", "p75", "p90")
                    .where("origin", origin).where("dimension", "overall")
                    .axisTitles("", "", "€ brut annuel", "gross EUR a year").build());
            t.chart(ChartSpec.builder(ChartKind.BAR, "Médiane et P10–P90 par région (" + origin + ")",
                            "Median and P10–P90 by region (" + origin + ")")
                    .labels("group").values("p10", "median", "p90")
                    .where("origin", origin).where("population", MarketStatistics.ALL).where("dimension", "region")
                    .axisTitles("Région", "Region", "€ brut annuel", "gross EUR a year").build());
        }
        t.note("Salaire annuel brut en euros (milieu de la fourchette affichée). Exclus : offres sans salaire,"
                + " estimations des sites d'emploi, valeurs invraisemblables (IMPLAUSIBLE), taux journaliers"
                + " d'indépendants (DAY_RATE). Doublons exclus.");
        t.note("Quantiles : type 7 (interpolation linéaire). IC de la médiane : statistiques d'ordre, 95 %."
                + " n < " + Suppression.SUPPRESS_BELOW + " : masqué ; n < " + Suppression.LOW_CONFIDENCE_BELOW
                + " : fiabilité faible (LOW).");
        return t.build();
    }

    /** {@code experience_demands.csv}. */
    static Table experience(MarketReport r) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            for (String group : List.of(MarketStatistics.ALL, MarketStatistics.BASELINE_SCOPE)) {
                charts.add(ChartSpec.builder(ChartKind.COLUMN, "Années d'expérience minimum demandées (" + group + ", "
                                + origin + ")", "Minimum years of experience asked (" + group + ", " + origin + ")")
                        .labels("measure").values("share").where("origin", origin).where("group", group)
                        .whereMatches("measure", "min_years .*")
                        .axisTitles("Années", "Years", "Part des offres", "Share of postings").build());
            }
        }
        return shares("experience_demands", "Expérience", "Experience", r.experience(), charts,
                "Parmi les offres qui indiquent un nombre d'années minimum (doublons exclus). Tranches : [0,3), [3,6),"
                        + " [6,11), [11,16), 16 ans et plus.");
    }

    /** {@code degree_demands.csv}. */
    static Table degrees(MarketReport r) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            for (String group : List.of(MarketStatistics.ALL, MarketStatistics.BASELINE_SCOPE)) {
                charts.add(ChartSpec.builder(ChartKind.BAR, "Diplômes demandés (" + group + ", " + origin + ")",
                                "Degrees asked (" + group + ", " + origin + ")")
                        .labels("measure").values("share").where("origin", origin).where("group", group)
                        .whereMatches("measure", "(level|kind) [A-Z_0-9]+")
                        .axisTitles("", "", "Part des offres", "Share of postings").build());
            }
        }
        return shares("degree_demands", "Diplômes", "Degrees", r.degrees(), charts,
                "Parmi les offres qui indiquent un niveau ou un type de diplôme (doublons exclus). Niveau = le"
                        + " minimum demandé.");
    }

    /** {@code follow_on_roles.csv}. */
    static Table followOn(MarketReport r) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String origin : r.origins()) {
            charts.add(ChartSpec.builder(ChartKind.BAR, "Offres demandant une expérience de directeur technique ("
                            + origin + ")", "Postings asking for technical-director experience (" + origin + ")")
                    .labels("group").values("k").where("origin", origin)
                    .where("measure", MarketStatistics.ASKS_PRIOR_TD)
                    .axisTitles("", "", "Offres", "Postings").build());
        }
        return shares("follow_on_roles", "Évolutions", "Follow-on roles", r.followOn(), charts,
                "Offres de ces familles qui demandent une expérience antérieure de directeur technique / CTO"
                        + " (détectée dans le texte).");
    }

    private static Table shares(String name, String sheetFr, String sheetEn, List<ShareFigure> figures,
            List<ChartSpec> charts, String note) {
        Table.Builder t = Table.builder(name, sheetFr, sheetEn)
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("measure", "Mesure", "Measure", ValueFormat.TEXT)
                .column("k", "k", "k", ValueFormat.INTEGER)
                .column("n", "n", "n", ValueFormat.INTEGER)
                .column("share", "Part", "Share", ValueFormat.PERCENT)
                .column("ci_low", "IC 95 % bas (Wilson)", "95 % CI low (Wilson)", ValueFormat.PERCENT)
                .column("ci_high", "IC 95 % haut (Wilson)", "95 % CI high (Wilson)", ValueFormat.PERCENT)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
        for (ShareFigure f : figures) {
            Share s = f.share();
            boolean hide = Suppression.suppressed(s.n());
            Object share = s.n() == 0 ? null : hide ? Suppressed.INSTANCE : s.share();
            Object low = s.n() == 0 ? null : hide ? Suppressed.INSTANCE : s.low();
            Object high = s.n() == 0 ? null : hide ? Suppressed.INSTANCE : s.high();
            t.row(f.origin(), f.group(), f.measure(), hide ? Suppressed.INSTANCE : s.k(), s.n(), share, low, high,
                    confidence(s.n()));
        }
        charts.forEach(t::chart);
        t.note(note);
        t.note("Intervalles de Wilson à 95 %. n < " + Suppression.SUPPRESS_BELOW + " : masqué ; n < "
                + Suppression.LOW_CONFIDENCE_BELOW + " : fiabilité faible (LOW).");
        return t.build();
    }

    /**
     * {@code trends.csv}: canonical postings and median annual salary per month of publication,
     * across every run in the warehouse (small-cell rule applied to the median).
     */
    static Table trends(List<io.techdir.warehouse.Trends.Month> months) {
        Table.Builder t = Table.builder("trends", "Tendances", "Trends")
                .column(ORIGIN[0], ORIGIN[1], ORIGIN[2], ValueFormat.TEXT)
                .column("month", "Mois de publication", "Month posted", ValueFormat.TEXT)
                .column("postings", "Offres", "Postings", ValueFormat.INTEGER)
                .column("n", "n salaires retenus", "n salaries counted", ValueFormat.INTEGER)
                .column("median", "Médiane", "Median", ValueFormat.EUR)
                .column(CONFIDENCE[0], CONFIDENCE[1], CONFIDENCE[2], ValueFormat.TEXT);
        for (io.techdir.warehouse.Trends.Month m : months) {
            Object median = m.median() == null ? null : Suppression.suppressed(m.salaries()) ? Suppressed.INSTANCE
                    : m.median();
            t.row(m.origin(), m.month(), m.postings(), m.salaries(), median, confidence(m.salaries()));
        }
        t.note("Toutes les offres uniques de l'entrepôt (toutes exécutions), par mois de publication ; salaire annuel"
                + " brut en euros, mêmes exclusions que « Salaires ». / Every unique posting of the warehouse (all"
                + " runs) by month posted.");
        return t.build();
    }

    static String confidence(long n) {
        return Suppression.suppressed(n) ? SUPPRESSED : Suppression.lowConfidence(n) ? LOW : OK;
    }

    static String euros(double v) {
        return String.format(Locale.FRANCE, "%,.0f €", v);
    }
}
