package io.techdir.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Report tables with charts, in the shape {@code io.techdir.job.ReportTables} builds them
 * (same columns, same group and measure names as {@code MarketStatistics}). The figures are
 * illustrative, not measured: they exercise suppressed cells, nulls, filtered rows and long
 * texts. The long wording is the baseline's own sentence (data/reference baseline).
 */
final class ChartTables {

    static final String REAL = "REAL";
    static final String SYNTHETIC = "SYNTHETIC";
    static final String ASKS_PRIOR_TD = "asks prior technical-director experience";
    static final String S = "n < 5";

    private ChartTables() {
    }

    /** Salary spread with the overall rows of three populations and regions (two suppressed). */
    static Table salarySpread() {
        Table.Builder t = Table.builder("salary_spread", "Salaires", "Salary spread")
                .column("origin", "Origine des données", "Data origin", ValueFormat.TEXT)
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
                .column("confidence", "Fiabilité", "Confidence", ValueFormat.TEXT);
        spread(t, REAL, "ALL", "overall", "all", 412, 240, 230, 38000, 45000, 52500, 62000, 75000);
        spread(t, REAL, "ALL", "region", "Auvergne-Rhône-Alpes", 61, 35, 34, 36000, 43000, 50000, 60000, 70000);
        spread(t, REAL, "ALL", "region", "Bretagne", 4, 3, 3, 0, 0, 0, 0, 0);
        spread(t, REAL, "ALL", "region", "Hauts-de-France", 22, 14, 13, 35000, 41000, 48000, 55000, 64000);
        spread(t, REAL, "ALL", "region", "Île-de-France", 180, 104, 100, 42000, 50000, 58000, 68000, 82000);
        spread(t, REAL, "ALL", "region", "Normandie", 7, 4, 4, 0, 0, 0, 0, 0);
        spread(t, REAL, "ALL", "region", "Occitanie", 30, 18, 17, 37000, 42000, 49000, 56000, 66000);
        spread(t, REAL, "BASELINE_SCOPE", "overall", "all", 96, 51, 50, 45000, 52000, 60000, 70000, 85000);
        spread(t, REAL, "TECHNICAL_DIRECTOR", "overall", "all", 150, 80, 78, 44000, 50000, 58000, 68000, 80000);
        spread(t, SYNTHETIC, "ALL", "overall", "all", 1000, 600, 600, 40000, 46000, 54000, 64000, 76000);
        t.note("Salaire annuel brut en euros (milieu de la fourchette affichée). Exclus : offres sans salaire,"
                + " estimations des sites d'emploi, valeurs invraisemblables (IMPLAUSIBLE), taux journaliers"
                + " d'indépendants (DAY_RATE). Doublons exclus.");
        t.note("Quantiles : type 7 (interpolation linéaire). IC de la médiane : statistiques d'ordre, 95 %."
                + " n < 5 : masqué ; n < 30 : fiabilité faible (LOW).");
        t.chart(ChartSpec.builder(ChartKind.COLUMN, "Répartition des salaires (ensemble)", "Salary distribution (overall)")
                .seriesPerRow().labels("population").values("p10", "p25", "median", "p75", "p90")
                .where("origin", REAL).where("dimension", "overall")
                .axisTitles("Quantile", "Quantile", "Salaire annuel brut", "Annual gross salary").build());
        t.chart(ChartSpec.builder(ChartKind.BAR, "Médiane et P10–P90 par région", "Median and P10–P90 by region")
                .labels("group").values("p10", "median", "p90")
                .where("origin", REAL).where("population", "ALL").where("dimension", "region")
                .axisTitles("Région", "Region", "Salaire annuel brut", "Annual gross salary").build());
        return t.build();
    }

    private static void spread(Table.Builder t, String origin, String population, String dimension, String group,
            long postings, long disclosed, long n, double p10, double p25, double median, double p75, double p90) {
        List<Object> row = new ArrayList<>(List.of(origin, population, dimension, group, postings, disclosed));
        row.add(postings < 5 ? Suppressed.INSTANCE : (double) disclosed / postings);
        row.add(n);
        if (n < 5) {
            for (int i = 0; i < 9; i++) {
                row.add(Suppressed.INSTANCE);
            }
        } else {
            row.addAll(List.of(p10, p25, median, p75, p90, (p25 + p75) / 2, median - 2000, median + 2500,
                    median / 12));
        }
        row.add(n < 5 ? "SUPPRESSED" : n < 30 ? "LOW" : "OK");
        t.row(row);
    }

    /** Experience bands (one suppressed group), and the baseline measures that are not bands. */
    static Table experience() {
        Table.Builder t = shares("experience_demands", "Expérience", "Experience");
        share(t, REAL, "ALL", "min_years 0-2", 20, 180);
        share(t, REAL, "ALL", "min_years 3-5", 64, 180);
        share(t, REAL, "ALL", "min_years 6-10", 71, 180);
        share(t, REAL, "ALL", "min_years 11-15", 21, 180);
        share(t, REAL, "ALL", "min_years 16+", 4, 180);
        share(t, REAL, "ALL", "asks 6+", 96, 180);
        share(t, REAL, "ALL", "within 6-10", 71, 180);
        share(t, REAL, "CTO", "min_years 6-10", 2, 3);
        share(t, SYNTHETIC, "ALL", "min_years 6-10", 300, 700);
        t.note("Parmi les offres qui indiquent un nombre d'années minimum (doublons exclus). Tranches : [0,3), [3,6),"
                + " [6,11), [11,16), 16 ans et plus.");
        t.chart(ChartSpec.builder(ChartKind.COLUMN, "Expérience minimum demandée", "Minimum experience asked")
                .labels("measure").values("share").where("origin", REAL).where("group", "ALL")
                .whereMatches("measure", "min_years .*")
                .axisTitles("Tranche d'années", "Years band", "Part des offres", "Share of postings").build());
        t.chart(ChartSpec.builder(ChartKind.LINE, "Expérience : part et IC 95 %", "Experience: share and 95 % CI")
                .labels("measure").values("ci_low", "share", "ci_high").where("origin", REAL).where("group", "ALL")
                .whereMatches("measure", "min_years .*").build());
        return t.build();
    }

    /** Degree levels and kinds, one level suppressed. */
    static Table degrees() {
        Table.Builder t = shares("degree_demands", "Diplômes", "Degrees");
        share(t, REAL, "ALL", "level BAC_2", 12, 150);
        share(t, REAL, "ALL", "level BAC_3", 20, 150);
        share(t, REAL, "ALL", "level BAC_5", 110, 150);
        share(t, REAL, "ALL", "level DOCTORATE", 3, 4);
        share(t, REAL, "ALL", "level BAC_5 or above", 113, 150);
        share(t, REAL, "ALL", "kind ENGINEERING_SCHOOL", 70, 150);
        share(t, REAL, "ALL", "kind BUSINESS_SCHOOL", 18, 150);
        share(t, REAL, "ALL", "kind MASTER", 60, 150);
        t.note("Parmi les offres qui indiquent un niveau ou un type de diplôme (doublons exclus). Niveau = le"
                + " minimum demandé.");
        t.chart(ChartSpec.builder(ChartKind.BAR, "Diplômes demandés", "Degrees asked")
                .labels("measure").values("share").where("origin", REAL).where("group", "ALL")
                .whereMatches("measure", "(level|kind) [A-Z_0-9]+").build());
        return t.build();
    }

    /** Follow-on roles: k of postings asking prior technical-director experience, by family. */
    static Table followOn() {
        Table.Builder t = shares("follow_on_roles", "Évolutions", "Follow-on roles");
        share(t, REAL, "CIO", ASKS_PRIOR_TD, 6, 40);
        share(t, REAL, "GENERAL_MANAGEMENT", ASKS_PRIOR_TD, 15, 120);
        share(t, REAL, "INDUSTRIAL_DIRECTOR", ASKS_PRIOR_TD, 9, 60);
        share(t, REAL, "SALES_DIRECTOR", ASKS_PRIOR_TD, 2, 3);
        t.note("Offres de ces familles qui demandent une expérience antérieure de directeur technique / CTO"
                + " (détectée dans le texte).");
        t.chart(ChartSpec.builder(ChartKind.COLUMN, "Évolutions : offres demandant une expérience de DT",
                "Follow-on roles: postings asking prior TD experience")
                .labels("group").values("k").where("origin", REAL).where("measure", ASKS_PRIOR_TD)
                .axisTitles("Famille", "Family", "Offres (k)", "Postings (k)").build());
        return t.build();
    }

    /** Baseline check with long wording and rule texts (wrapped columns). */
    static Table baselineCheck() {
        return Table.builder("baseline_check", "Vérification", "Baseline check")
                .column("origin", "Origine des données", "Data origin", ValueFormat.TEXT)
                .column("claim", "Affirmation", "Claim", ValueFormat.TEXT)
                .column("verdict", "Verdict", "Verdict", ValueFormat.TEXT)
                .column("n", "n", "n", ValueFormat.INTEGER)
                .column("figure", "Valeur", "Figure", ValueFormat.DECIMAL)
                .column("wording", "Formulation d'origine", "Original wording", ValueFormat.TEXT)
                .column("rule", "Règle appliquée", "Rule applied", ValueFormat.TEXT)
                .row(REAL, "salary_floor", "SUPPORTED", 50L, 60000.0,
                        "Rémunération : à partir de 4 000 euros brut par mois environ, selon le profil et la taille"
                                + " de l'entreprise.",
                        "Médiane des salaires annuels bruts affichés (BASELINE_SCOPE) ≥ 48 000 € et borne basse de"
                                + " l'IC 95 % ≥ 48 000 € ; sinon NOT_ENOUGH_DATA si l'IC chevauche le seuil.")
                .row(REAL, "experience", "CONTRADICTED", 180L, 5.0,
                        "Expérience : 6 à 10 ans d'expérience dans des fonctions techniques d'encadrement.",
                        "=Part des offres dans [6, 10] ans < 50 % (Wilson 95 %).")
                .note("SUPPORTED = confirmé par le marché ; CONTRADICTED = contredit ; NOT_ENOUGH_DATA = pas assez de"
                        + " données pour conclure (n trop petit, ou intervalle de confiance à cheval sur le seuil).")
                .build();
    }

    private static Table.Builder shares(String name, String fr, String en) {
        return Table.builder(name, fr, en)
                .column("origin", "Origine des données", "Data origin", ValueFormat.TEXT)
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("measure", "Mesure", "Measure", ValueFormat.TEXT)
                .column("k", "k", "k", ValueFormat.INTEGER)
                .column("n", "n", "n", ValueFormat.INTEGER)
                .column("share", "Part", "Share", ValueFormat.PERCENT)
                .column("ci_low", "IC 95 % bas (Wilson)", "95 % CI low (Wilson)", ValueFormat.PERCENT)
                .column("ci_high", "IC 95 % haut (Wilson)", "95 % CI high (Wilson)", ValueFormat.PERCENT)
                .column("confidence", "Fiabilité", "Confidence", ValueFormat.TEXT);
    }

    private static void share(Table.Builder t, String origin, String group, String measure, long k, long n) {
        if (n < 5) {
            t.row(origin, group, measure, Suppressed.INSTANCE, n, Suppressed.INSTANCE, Suppressed.INSTANCE,
                    Suppressed.INSTANCE, "SUPPRESSED");
            return;
        }
        double p = (double) k / n;
        double half = 1.96 * Math.sqrt(p * (1 - p) / n);
        t.row(origin, group, measure, k, n, p, Math.max(0, p - half), Math.min(1, p + half), n < 30 ? "LOW" : "OK");
    }
}
