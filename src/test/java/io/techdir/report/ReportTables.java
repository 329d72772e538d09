package io.techdir.report;

import java.time.LocalDate;

/** Tables for the writer tests. Figures from real postings; attack strings are synthetic (OWASP). */
final class ReportTables {

    static final String HYPERLINK_ATTACK = "=HYPERLINK(\"http://evil.example/\",\"x\")";
    static final String SUM_ATTACK = "@SUM(A1)";
    static final String FT_URL = "https://candidat.francetravail.fr/offres/recherche/detail/184TLPS";

    private ReportTables() {
    }

    /**
     * Salary by sector. Row 1: ft-2024-11-it-1049.json sector of items 0 and 320 ("Conseil en
     * systèmes et logiciels informatiques"), median 52 500 of the ten annual maxima of
     * DistributionTest, 52 500 / 48 000 = 1.09375. Row 2: the temporary-work sector (NAF 78.20Z,
     * ft-2024-11-mixed-521.json item 118) with 3 postings, suppressed. Row 3: attack strings.
     */
    static Table salarySpread() {
        return Table.builder("salary_spread", "Salaires par secteur", "Salary by sector")
                .column("sector", "Secteur", "Sector", ValueFormat.TEXT)
                .column("n", "Annonces", "Postings", ValueFormat.INTEGER)
                .column("median_eur", "Médiane", "Median", ValueFormat.EUR)
                .column("share_at_or_above", "Part ≥ 48 k€", "Share ≥ €48k", ValueFormat.PERCENT)
                .column("experience_years", "Expérience (ans)", "Experience (years)", ValueFormat.YEARS)
                .column("ratio", "Rapport au plancher", "Ratio to floor", ValueFormat.DECIMAL)
                .column("low_confidence", "Faible confiance", "Low confidence", ValueFormat.BOOLEAN)
                .column("verdict", "Verdict", "Verdict", ValueFormat.TEXT)
                .column("example_url", "Exemple", "Example", ValueFormat.URL)
                .column("as_of", "Date", "Date", ValueFormat.DATE)
                .row("Conseil en systèmes et logiciels informatiques", 10L, 52500.0, 0.5, 5.0, 1.09375, true,
                        "SUPPORTED", FT_URL, LocalDate.of(2024, 11, 28))
                .row("Activités des agences de travail temporaire", 3, Suppressed.INSTANCE, Suppressed.INSTANCE,
                        null, Double.NaN, true, "CONTRADICTED", "javascript:alert(1)", null)
                .row(HYPERLINK_ATTACK, -5L, -1500.5, 0.125, 10.25, -0.5, false, SUM_ATTACK, "not a url",
                        LocalDate.of(2026, 1, 15))
                .note("Source : France Travail, ft-2024-11-it-1049.json")
                .note("-1 = salaire non renseigné (Glassdoor)")
                .build();
    }

    /** A run manifest, written after the postings. */
    static Table manifest() {
        return Table.builder("run_manifest", "Manifeste", "Run manifest")
                .column("key", "Clé", "Key", ValueFormat.TEXT)
                .column("value", "Valeur", "Value", ValueFormat.TEXT)
                .row("salary_floor_annual_eur", "48000")
                .row("sources", "francetravail, hellowork, glassdoor")
                .build();
    }
}
