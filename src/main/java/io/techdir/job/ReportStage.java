package io.techdir.job;

import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.Verdict;
import io.techdir.check.stat.Suppression;
import io.techdir.normalize.CurrencyRates;
import io.techdir.normalize.NormalizationConventions;
import io.techdir.report.CsvTableWriter;
import io.techdir.report.Language;
import io.techdir.report.PostingsCsvWriter;
import io.techdir.report.Table;
import io.techdir.report.ValueFormat;
import io.techdir.report.WorkbookWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Writes a run's outputs: the workbook, {@code postings.csv} (in the same pass as the Postings
 * sheet), {@code rejects.csv} and one CSV per statistic.
 */
final class ReportStage {

    static final String WORKBOOK = "market-report.xlsx";
    static final String POSTINGS = "postings.csv";

    private ReportStage() {
    }

    /**
     * Writes everything; returns the file names written, in order.
     *
     * @param trends the warehouse's trends table, or null for a run without a warehouse
     */
    static List<String> write(RunSettings s, MarketReport report, RunCounts counts, MarketReportJob.Inputs inputs,
            Iterator<Row> postings, Iterator<Row> rejects, Table trends) throws IOException {
        List<String> written = new ArrayList<>();
        Path out = s.out();
        Table rejectTable = rejects(rejects);
        Table baseline = ReportTables.baselineCheck(report);
        Table salary = ReportTables.salarySpread(report);
        Table experience = ReportTables.experience(report);
        Table degrees = ReportTables.degrees(report);
        Table followOn = ReportTables.followOn(report);
        Table quality = dataQuality(counts, inputs, report);
        Table methodology = methodology(s, inputs, report);
        List<Table> csvTables = new ArrayList<>(List.of(rejectTable, salary, experience, degrees, followOn, baseline,
                quality));
        List<Table> sheets = new ArrayList<>(List.of(summary(s, report, counts), baseline, salary, experience, degrees,
                followOn));
        if (trends != null) {
            csvTables.add(trends);
            sheets.add(trends);
        }
        for (Table t : csvTables) {
            CsvTableWriter.write(t, out.resolve(t.name() + ".csv"), s.csvDialect());
            written.add(t.name() + ".csv");
        }
        try (PostingsCsvWriter csv = new PostingsCsvWriter(out.resolve(POSTINGS), s.csvDialect())) {
            Iterator<Row> tee = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return postings.hasNext();
                }

                @Override
                public Row next() {
                    Row r = postings.next();
                    try {
                        csv.write(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(out.resolve(POSTINGS) + ": " + e.getMessage(), e);
                    }
                    return r;
                }
            };
            WorkbookWriter.write(out.resolve(WORKBOOK), sheets, tee,
                    List.of(quality, methodology), s.lang());
        }
        written.add(POSTINGS);
        written.add(WORKBOOK);
        return written;
    }

    private static Table rejects(Iterator<Row> rejects) {
        Table.Builder t = Table.builder("rejects", "Rejets", "Rejects")
                .column("source", "Source", "Source", ValueFormat.TEXT)
                .column("record", "Enregistrement", "Record", ValueFormat.TEXT)
                .column("code", "Code", "Code", ValueFormat.TEXT)
                .column("reason", "Motif", "Reason", ValueFormat.TEXT);
        while (rejects.hasNext()) {
            Row r = rejects.next();
            t.row(r.getString(0), r.getString(1), r.getString(2), r.getString(3));
        }
        return t.build();
    }

    private static Table summary(RunSettings s, MarketReport report, RunCounts counts) {
        boolean fr = s.lang() == Language.FR;
        Table.Builder t = Table.builder("summary", "Synthèse", "Summary")
                .column("item", "Indicateur", "Item", ValueFormat.TEXT)
                .column("value", "Valeur", "Value", ValueFormat.TEXT);
        t.row(fr ? "Rapport" : "Report", fr ? "Marché des directeurs techniques (techdir)"
                : "Technical-director market (techdir)");
        t.row(fr ? "Date du rapport" : "Report date", s.asOf().toString());
        t.row(fr ? "Exécution" : "Run", s.runId());
        long synthetic = counts.bySource().getOrDefault(MarketStatistics.SYNTHETIC_SOURCE, Map.of())
                .getOrDefault("input", 0L);
        for (var e : counts.bySource().entrySet()) {
            boolean isSynthetic = e.getKey().equals(MarketStatistics.SYNTHETIC_SOURCE);
            String kind = isSynthetic ? (fr ? "SYNTHÉTIQUE (générée, pas des offres réelles)"
                    : "SYNTHETIC (generated, not real postings)") : (fr ? "réelle" : "real");
            t.row("Source " + e.getKey(), kind + " — " + e.getValue().get("input") + (fr ? " offres lues" : " records read"));
        }
        if (synthetic > 0) {
            t.row(fr ? "⚠ Données synthétiques" : "⚠ Synthetic data", fr
                    ? "La source 'synthetic' est générée à partir d'hypothèses documentées (data/samples/synthetic/README.md)."
                      + " Ses chiffres sont présentés à part (origine SYNTHETIC), jamais mélangés aux données réelles (REAL)."
                    : "Source 'synthetic' is generated from documented assumptions (data/samples/synthetic/README.md)."
                      + " Its figures are shown apart (origin SYNTHETIC), never mixed with real data (REAL).");
        }
        t.row(fr ? "Enregistrements lus" : "Records read", String.valueOf(counts.input()));
        t.row(fr ? "Offres normalisées (uniques)" : "Postings normalized (unique)", String.valueOf(counts.normalized()));
        t.row(fr ? "Rejetés (voir rejects.csv)" : "Rejected (see rejects.csv)", String.valueOf(counts.rejected()));
        t.row(fr ? "Doublons" : "Duplicates", String.valueOf(counts.duplicates()));
        for (Verdict v : report.verdicts()) {
            String figure = v.figure() == null ? "—" : format(v.figure(), v.unit(), fr);
            String ci = v.low() == null ? "" : " [" + format(v.low(), v.unit(), fr) + " ; " + format(v.high(), v.unit(), fr) + "]";
            t.row(claimLabel(v.claim(), fr) + " (" + (v.origin().equals(MarketStatistics.SYNTHETIC)
                            ? (fr ? "données synthétiques" : "synthetic data") : (fr ? "données réelles" : "real data")) + ")",
                    v.verdict() + " — " + figure + ci + ", n = " + v.n());
        }
        t.note(fr ? "Verdicts sur les offres " + report.verdicts().stream().findFirst().map(Verdict::population).orElse("")
                + " ; détail dans « Vérification » et « Méthodologie »."
                : "Verdicts on postings " + report.verdicts().stream().findFirst().map(Verdict::population).orElse("")
                + "; details in 'Baseline check' and 'Methodology'.");
        return t.build();
    }

    /** A claim's label for people: "Salaire ≥ 4 000 €/mois" rather than "salary". */
    static String claimLabel(String claim, boolean fr) {
        if (claim.startsWith("follow_on:")) {
            String family = claim.substring("follow_on:".length());
            return (fr ? "Évolution vers " : "Move to ") + familyLabel(family, fr);
        }
        return switch (claim) {
            case "salary" -> fr ? "Salaire minimum ~4 000 € brut/mois" : "Minimum salary ~EUR 4,000 gross/month";
            case "experience" -> fr ? "6 à 10 ans d'expérience" : "6 to 10 years of experience";
            case "degree" -> fr ? "Bac+5 (ingénieur, master, école d'informatique)" : "Master-level degree";
            case "business_school" -> fr ? "École de commerce appréciée" : "Business school a plus";
            default -> claim;
        };
    }

    private static String familyLabel(String family, boolean fr) {
        return switch (family) {
            case "GENERAL_MANAGEMENT" -> fr ? "la direction générale" : "general management";
            case "INDUSTRIAL_DIRECTOR" -> fr ? "la direction industrielle" : "industrial director";
            case "SALES_DIRECTOR" -> fr ? "la direction commerciale" : "sales director";
            case "CIO" -> fr ? "la DSI" : "CIO";
            default -> family;
        };
    }

    private static String format(double v, String unit, boolean fr) {
        Locale l = fr ? Locale.FRANCE : Locale.UK;
        return switch (unit) {
            case "EUR/year" -> String.format(l, "%,.0f €", v);
            case "share" -> String.format(l, "%.1f %%", v * 100);
            case "years" -> String.format(l, "%.1f", v) + (fr ? " ans" : " years");
            default -> String.format(l, "%,.0f", v);
        };
    }

    private static Table dataQuality(RunCounts counts, MarketReportJob.Inputs inputs, MarketReport report) {
        Table.Builder t = Table.builder("data_quality", "Qualité des données", "Data quality")
                .column("source", "Source", "Source", ValueFormat.TEXT)
                .column("measure", "Mesure", "Measure", ValueFormat.TEXT)
                .column("count", "Nombre", "Count", ValueFormat.INTEGER)
                .column("share", "Part (des offres uniques)", "Share (of unique postings)", ValueFormat.PERCENT);
        for (var e : counts.bySource().entrySet()) {
            for (String m : List.of("input", "normalized", "rejected", "duplicates")) {
                t.row(e.getKey(), m, e.getValue().getOrDefault(m, 0L), null);
            }
        }
        t.row("ALL", "input", counts.input(), null);
        t.row("ALL", "normalized", counts.normalized(), null);
        t.row("ALL", "rejected", counts.rejected(), null);
        t.row("ALL", "duplicates", counts.duplicates(), null);
        for (var e : counts.rejectedByCode().entrySet()) {
            t.row("ALL", "rejected: " + e.getKey(), e.getValue(), null);
        }
        for (var e : counts.duplicatesByKind().entrySet()) {
            t.row("ALL", "duplicates: " + e.getKey(), e.getValue(), null);
        }
        for (MarketReport.QualityFigure q : report.quality()) {
            t.row(q.source(), q.measure(), q.count(), q.of() == 0 ? null : (double) q.count() / q.of());
        }
        t.note("input = normalized + rejected + duplicates, toujours / always. Salaires et drapeaux : offres uniques"
                + " (doublons exclus) ; IMPLAUSIBLE, DAY_RATE et les estimations sont exclus des statistiques.");
        for (SourceProblem p : inputs.problems()) {
            t.note("Source illisible / unreadable source: " + p.message());
        }
        return t.build();
    }

    private static Table methodology(RunSettings s, MarketReportJob.Inputs inputs, MarketReport report) {
        Table.Builder t = Table.builder("methodology", "Méthodologie", "Methodology")
                .column("parameter", "Paramètre", "Parameter", ValueFormat.TEXT)
                .column("value", "Valeur", "Value", ValueFormat.TEXT);
        t.row("run_id", s.runId());
        t.row("as_of", s.asOf().toString());
        t.row("date_posted range", (report.firstDatePosted() == null ? "?" : report.firstDatePosted()) + " .. "
                + (report.lastDatePosted() == null ? "?" : report.lastDatePosted())
                + " (canonical postings with a date)");
        t.row("techdir", BuildInfo.version());
        t.row("java", System.getProperty("java.version"));
        for (InputFile f : inputs.files()) {
            t.row("input " + f.file(), f.source() + " ; " + f.bytes() + " bytes ; sha256 " + f.sha256());
        }
        t.row("baseline", s.baseline().name() + " (" + s.baseline().source() + ")");
        t.row("baseline.salary_floor_annual_eur", String.valueOf((long) s.baseline().salaryFloorAnnualEur()));
        t.row("baseline.experience_years", s.baseline().experienceMinYears() + "-" + s.baseline().experienceMaxYears());
        t.row("baseline.degree", s.baseline().degreeMinLevel() + " " + s.baseline().degreeKinds());
        for (var e : NormalizationConventions.standard().describe().entrySet()) {
            t.row("normalization." + e.getKey(), e.getValue());
        }
        CurrencyRates rates = CurrencyRates.standard();
        for (var e : rates.rates().entrySet()) {
            t.row("currency " + e.getKey(), e.getValue() + " EUR (" + rates.rateDate() + ")");
        }
        t.row("suppression", "n < " + Suppression.SUPPRESS_BELOW + " masqué / suppressed ; n < "
                + Suppression.LOW_CONFIDENCE_BELOW + " fiabilité faible / low confidence");
        t.row("quantiles", "type 7 (linear interpolation); median CI by order statistics, 95 %");
        t.row("shares", "Wilson score interval, 95 %");
        t.row("duplicates", "SAME_POSTING: same source and source_id; REPOST: same title, company and"
                + " département (folded); statistics on canonical postings only");
        t.row("citation", "techdir " + BuildInfo.version() + ", run " + s.runId() + ", report of " + s.asOf()
                + ", baseline '" + s.baseline().name() + "'.");
        return t.build();
    }
}
