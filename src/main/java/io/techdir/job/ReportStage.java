package io.techdir.job;

import io.techdir.check.Baseline;
import io.techdir.check.CareerCounts;
import io.techdir.check.CareerReport;
import io.techdir.check.MarketReport;
import io.techdir.check.MarketStatistics;
import io.techdir.check.Verdict;
import io.techdir.check.stat.Suppression;
import io.techdir.normalize.CurrencyRates;
import io.techdir.normalize.NormalizationConventions;
import io.techdir.report.CsvDialect;
import io.techdir.report.CsvTableWriter;
import io.techdir.report.Figure;
import io.techdir.report.Language;
import io.techdir.report.PostingsCsvWriter;
import io.techdir.report.ReportTexts;
import io.techdir.report.Suppressed;
import io.techdir.report.Table;
import io.techdir.report.ValueFormat;
import io.techdir.report.WorkbookWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;

/**
 * Writes a run's outputs: the workbook, {@code postings.csv} (at the same time as the Postings
 * sheet, on another thread), {@code rejects.csv}, one CSV per statistic, and the career-path tables
 * ({@code career_transitions.csv}, {@code career_rejects.csv}, a block on the follow-on sheet).
 * Every text for people comes from {@link ReportTexts} in the run's language.
 */
final class ReportStage {

    static final String WORKBOOK = "market-report.xlsx";
    static final String POSTINGS = "postings.csv";

    private ReportStage() {
    }

    /**
     * Writes everything; returns the file names written, in order.
     *
     * @param careers the career-path figures ({@link CareerReport#NONE} without career input)
     * @param trends the warehouse's trends table, or null for a run without a warehouse
     */
    static List<String> write(RunSettings s, MarketReport report, CareerReport careers, RunCounts counts,
            MarketReportJob.Inputs inputs, Iterator<Row> postings, Iterator<Row> rejects, Table trends)
            throws IOException {
        ReportTexts t = ReportTexts.of(s.lang());
        List<String> written = new ArrayList<>();
        Path out = s.out();
        Table rejectTable = rejects(rejects);
        Table baseline = ReportTables.baselineCheck(report, careers, s.baseline(), t);
        Table salary = ReportTables.salarySpread(report, t);
        Table dayRates = ReportTables.dayRates(report, t);
        Table experience = ReportTables.experience(report, t);
        Table degrees = ReportTables.degrees(report, t);
        Table skills = ReportTables.skills(report, t);
        Table followOn = ReportTables.followOn(report, s.baseline(), t);
        Table careerTable = ReportTables.careerTransitions(careers, t);
        Table careerRejects = ReportTables.careerRejects(careers, t);
        Table quality = dataQuality(counts, inputs, report, careers, t);
        Table methodology = methodology(s, inputs, report, careers, counts, t);
        List<Table> csvTables = new ArrayList<>(List.of(rejectTable, salary, dayRates, experience, degrees, skills,
                followOn, baseline, quality, careerTable, careerRejects));
        Table followOnSheet = followOn.withBlock(careerTable);
        if (!careers.rejects().isEmpty()) {
            followOnSheet = followOnSheet.withBlock(careerRejects);
        }
        List<Table> sheets = new ArrayList<>(List.of(summary(s, report, careers, counts, inputs, t), baseline,
                salary.withBlock(dayRates), experience, degrees, skills, followOnSheet));
        if (trends != null) {
            csvTables.add(trends);
            sheets.add(trends);
        }
        for (Table table : csvTables) {
            CsvTableWriter.write(table, out.resolve(table.name() + ".csv"), s.csvDialect());
            written.add(table.name() + ".csv");
        }
        writePostings(out.resolve(POSTINGS), s.csvDialect(), postings,
                sheetRows -> WorkbookWriter.write(out.resolve(WORKBOOK), sheets, sheetRows, List.of(quality, methodology),
                        s.lang()));
        written.add(POSTINGS);
        written.add(WORKBOOK);
        return written;
    }

    /** Writes the workbook, whose Postings sheet takes the rows it is given. */
    interface WorkbookWrite {
        /** Writes the workbook with {@code postings} as the rows of its Postings sheet. */
        void write(Iterator<Row> postings) throws IOException;
    }

    /**
     * Writes {@code postings} to the postings CSV on one thread while {@code workbook} writes
     * them to the Postings sheet on the calling thread; a third thread fetches them
     * ({@link RowFanOut}). The first failure of the three is thrown, once all have stopped.
     */
    static void writePostings(Path csvFile, CsvDialect dialect, Iterator<Row> postings, WorkbookWrite workbook)
            throws IOException {
        ExecutorService csvThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "techdir-postings-csv");
            t.setDaemon(true);
            return t;
        });
        try (RowFanOut rows = RowFanOut.start(postings);
                PostingsCsvWriter csv = new PostingsCsvWriter(csvFile, dialect)) {
            Future<?> csvDone = csvThread.submit(() -> {
                try {
                    Iterator<Row> it = rows.iterator(1);
                    while (it.hasNext()) {
                        csv.write(it.next());
                    }
                } catch (IOException e) {
                    rows.cancel(new UncheckedIOException(csvFile + ": " + e.getMessage(), e));
                } catch (RuntimeException | Error e) {
                    rows.cancel(e);
                }
                return null;
            });
            try {
                workbook.write(rows.iterator(0));
            } catch (IOException | RuntimeException | Error e) {
                rows.cancel(e);
            }
            csvDone.get();
            Throwable failure = rows.failure();
            if (failure instanceof IOException e) {
                throw e;
            } else if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw new IllegalStateException(csvFile + ": " + failure.getMessage(), failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(csvFile + ": interrupted while writing the postings", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(csvFile + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            csvThread.shutdownNow();
        }
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

    private static Table summary(RunSettings s, MarketReport report, CareerReport careers, RunCounts counts,
            MarketReportJob.Inputs inputs, ReportTexts t) {
        Table.Builder tb = Table.builder("summary", "Synthèse", "Summary")
                .column("item", "Indicateur", "Item", ValueFormat.TEXT)
                .column("value", "Valeur", "Value", ValueFormat.TEXT);
        tb.row(t.get("summary.report"), t.get("summary.report.value"));
        tb.row(t.get("summary.date"), s.asOf().toString());
        tb.row(t.get("summary.run"), s.runId());
        tb.row(t.get("summary.period"), period(s, report, t));
        long synthetic = counts.bySource().getOrDefault(MarketStatistics.SYNTHETIC_SOURCE, Map.of())
                .getOrDefault("input", 0L);
        for (var e : counts.bySource().entrySet()) {
            boolean isSynthetic = e.getKey().equals(MarketStatistics.SYNTHETIC_SOURCE);
            tb.row(t.get("summary.source", e.getKey()), t.get(isSynthetic ? "summary.source.synthetic"
                    : "summary.source.real", e.getValue().get("input")));
        }
        if (synthetic > 0) {
            tb.row(t.get("summary.synthetic"), t.get("summary.synthetic.value"));
        }
        tb.row(t.get("summary.read"), counts.input());
        tb.row(t.get("summary.normalized"), counts.normalized());
        tb.row(t.get("summary.rejected"), counts.rejected());
        tb.row(t.get("summary.duplicates"), counts.duplicates());
        for (SourceProblem p : inputs.problems()) {
            tb.row(t.get("summary.unreadable"), t.get("summary.unreadable.value", p.message()));
        }
        if (!careers.present()) {
            tb.row(t.get("summary.careers"), t.get("career.none"));
        }
        for (CareerCounts c : careers.counts()) {
            tb.row(t.get("summary.careers") + " (" + t.get("origin." + c.origin()) + ")",
                    t.get("summary.careers.value", c.persons(), c.positions(), c.transitions(), c.leaving())
                            + (c.origin().equals(MarketStatistics.SYNTHETIC) ? " — " + t.get("summary.careers.synthetic")
                            : ""));
        }
        if (!careers.rejects().isEmpty()) {
            tb.row(t.get("summary.careers.rejected"), careers.rejects().size());
        }
        List<Verdict> verdicts = new ArrayList<>(report.verdicts());
        verdicts.addAll(careers.verdicts());
        for (Verdict v : verdicts) {
            Object[] cells = ReportTables.figures(v);
            String figure = cells[0] == null ? "—" : text(cells[0], t);
            String ci = cells[1] == null || cells[0] instanceof Suppressed ? ""
                    : " [" + text(cells[1], t) + " ; " + text(cells[2], t) + "]";
            tb.row(t.get("summary.verdict.item", claimLabel(v.claim(), s.baseline(), t), t.get("origin." + v.origin())),
                    t.get("summary.verdict.value", v.verdict(), figure + ci, v.n()));
        }
        if (report.origins().isEmpty()) {
            tb.row(t.get("summary.no_postings"), t.get("no_postings"));
        }
        tb.note(t.get(careers.present() ? "summary.note" : "summary.note.no_careers", s.baseline().population()));
        return tb.build();
    }

    /**
     * The publication dates of the run's unique postings, for the Summary and the Methodology: the
     * first and the last, and a warning when the last is after the report's date ({@code --as-of}
     * dates a report, it does not filter its postings), or that no posting has a date.
     */
    static String period(RunSettings s, MarketReport report, ReportTexts t) {
        if (report.firstDatePosted() == null || report.lastDatePosted() == null) {
            return t.get("method.date_range.none");
        }
        String range = t.get("method.date_range", report.firstDatePosted(), report.lastDatePosted());
        return java.time.LocalDate.parse(report.lastDatePosted()).isAfter(s.asOf())
                ? range + " " + t.get("method.date_range.after", s.asOf()) : range;
    }

    /**
     * A claim's label for people, with the values of the baseline the verdict tested ("Salaire
     * minimum ~4 000 € brut/mois", "6 à 10 ans d'expérience", "Bac+5 ou plus") rather than
     * "salary": another {@code --baseline} is labelled by its own values.
     */
    static String claimLabel(String claim, Baseline b, ReportTexts t) {
        int colon = claim.indexOf(':');
        if (colon > 0) {
            String target = claim.substring(colon + 1);
            return t.get("claim." + claim.substring(0, colon), t.get("family.to." + target));
        }
        return switch (claim) {
            case "salary" -> t.get("claim.salary", ReportTables.number(b.salaryFloorMonthlyEur(), t));
            case "experience" -> t.get("claim.experience", ReportTables.number(b.experienceMinYears(), t),
                    ReportTables.number(b.experienceMaxYears(), t));
            case "degree" -> t.get("claim.degree", t.get("degree_level." + b.degreeMinLevel().name()));
            default -> t.find("claim." + claim).orElse(claim);
        };
    }

    /** A cell of {@link ReportTables#figures} in words, as the Baseline check sheet shows it. */
    private static String text(Object cell, ReportTexts t) {
        if (cell instanceof Figure f) {
            return format(f.value(), f.format(), t);
        }
        return String.valueOf(cell);
    }

    private static String format(double v, ValueFormat format, ReportTexts t) {
        Locale l = t.language() == Language.FR ? Locale.FRANCE : Locale.UK;
        return switch (format) {
            case EUR -> String.format(l, "%,.0f €", v);
            case PERCENT -> String.format(l, "%.1f %%", v * 100);
            case YEARS -> t.get("format.years", String.format(l, "%.1f", v));
            case DECIMAL -> String.format(l, "%,.1f", v);
            default -> String.format(l, "%,.0f", v);
        };
    }

    private static Table dataQuality(RunCounts counts, MarketReportJob.Inputs inputs, MarketReport report,
            CareerReport careers, ReportTexts t) {
        Table.Builder tb = Table.builder("data_quality", "Qualité des données", "Data quality")
                .column("source", "Source", "Source", ValueFormat.TEXT)
                .column("measure", "Mesure", "Measure", ValueFormat.TEXT)
                .column("label", "Libellé", "Label", ValueFormat.TEXT)
                .column("count", "Nombre", "Count", ValueFormat.INTEGER)
                .column("share", "Part (des offres uniques)", "Share (of unique postings)", ValueFormat.PERCENT);
        for (var e : counts.bySource().entrySet()) {
            for (String m : List.of("input", "normalized", "rejected", "duplicates")) {
                tb.row(e.getKey(), m, qualityLabel(m, t), e.getValue().getOrDefault(m, 0L), null);
            }
            for (var m : e.getValue().entrySet()) {
                if (m.getKey().contains(": ")) {
                    tb.row(e.getKey(), m.getKey(), qualityLabel(m.getKey(), t), m.getValue(), null);
                }
            }
        }
        tb.row("ALL", "input", qualityLabel("input", t), counts.input(), null);
        tb.row("ALL", "normalized", qualityLabel("normalized", t), counts.normalized(), null);
        tb.row("ALL", "rejected", qualityLabel("rejected", t), counts.rejected(), null);
        tb.row("ALL", "duplicates", qualityLabel("duplicates", t), counts.duplicates(), null);
        for (var e : counts.rejectedByCode().entrySet()) {
            tb.row("ALL", "rejected: " + e.getKey(), qualityLabel("rejected: " + e.getKey(), t), e.getValue(), null);
        }
        for (var e : counts.duplicatesByKind().entrySet()) {
            tb.row("ALL", "duplicates: " + e.getKey(), qualityLabel("duplicates: " + e.getKey(), t), e.getValue(),
                    null);
        }
        for (MarketReport.QualityFigure q : report.quality()) {
            tb.row(q.source(), q.measure(), qualityLabel(q.measure(), t), q.count(),
                    q.of() == 0 ? null : (double) q.count() / q.of());
        }
        if (careers.present()) {
            String src = io.techdir.check.CareerCsv.SOURCE;
            tb.row(src, "career rows", t.get("quality.career_rows"), careers.rows(), null);
            tb.row(src, "career rows kept", t.get("quality.career_kept"), careers.rows() - careers.rejects().size(),
                    null);
            tb.row(src, "career rows rejected", t.get("quality.career_rejected"), (long) careers.rejects().size(), null);
            java.util.Map<String, Long> byCode = new java.util.TreeMap<>();
            careers.rejects().forEach(r -> byCode.merge(r.code(), 1L, Long::sum));
            byCode.forEach((code, n) -> tb.row(src, "career rows rejected: " + code,
                    t.get("quality.career_rejected_code", reason(code, t)), n, null));
        }
        tb.note(t.get("quality.note.accounting"));
        tb.note(t.get("quality.note.shares"));
        for (SourceProblem p : inputs.problems()) {
            tb.note(t.get("quality.note.unreadable", p.message()));
        }
        return tb.build();
    }

    /** The label of a data-quality measure id in the language (the id itself when unknown). */
    static String qualityLabel(String measure, ReportTexts t) {
        for (String[] prefix : new String[][] {{MarketStatistics.Q_SALARY_FLAG, "quality.salary_flag"},
            {MarketStatistics.Q_EXPERIENCE_FLAG, "quality.experience_flag"},
            {MarketStatistics.Q_DEGREE_FLAG, "quality.degree_flag"}}) {
            if (measure.startsWith(prefix[0])) {
                String flag = measure.substring(prefix[0].length());
                return t.get(prefix[1], t.find("flag." + flag).orElse(flag) + " (" + flag + ")");
            }
        }
        if (measure.startsWith("rejected: ")) {
            return t.get("quality.rejected_code", reason(measure.substring("rejected: ".length()), t));
        }
        if (measure.startsWith("duplicates: ")) {
            String kind = measure.substring("duplicates: ".length());
            return t.get("quality.duplicates_kind", t.find("duplicate." + kind).orElse(kind) + " (" + kind + ")");
        }
        return t.find("quality." + measure.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "")).orElse(measure);
    }

    private static String reason(String code, ReportTexts t) {
        return t.find("reject." + code).map(r -> r + " (" + code + ")").orElse(code);
    }

    /**
     * The Methodology rows of the normalizer's constants: one per component of the record, in its
     * order, as {@code normalization.<name in snake case>} and the text of that key in the
     * report's language with the value as the language writes numbers ({@code 1 820 h/an}). The
     * manifest keeps {@link NormalizationConventions#describe()}.
     */
    static Map<String, String> normalizationRows(NormalizationConventions c, ReportTexts t) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (RecordComponent rc : NormalizationConventions.class.getRecordComponents()) {
            String key = "normalization." + rc.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            double value;
            try {
                value = (double) rc.getAccessor().invoke(c);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(key + ": unreadable component of " + c, e);
            }
            rows.put(key, t.get(key, ReportTables.number(value, t)));
        }
        return rows;
    }

    private static Table methodology(RunSettings s, MarketReportJob.Inputs inputs, MarketReport report,
            CareerReport careers, RunCounts counts, ReportTexts t) {
        Table.Builder tb = Table.builder("methodology", "Méthodologie", "Methodology")
                .column("parameter", "Paramètre", "Parameter", ValueFormat.TEXT)
                .column("value", "Valeur", "Value", ValueFormat.TEXT);
        tb.row("run_id", s.runId());
        tb.row("as_of", s.asOf().toString());
        tb.row("date_posted range", period(s, report, t));
        tb.row("techdir", BuildInfo.version());
        tb.row("java", System.getProperty("java.version"));
        for (InputFile f : inputs.files()) {
            tb.row("input " + f.file(), t.get("method.input", f.source(), f.bytes(), f.sha256()));
        }
        BaselineFile baselineFile = inputs.baseline(s.baseline());
        String key = baselineFile.taken() == BaselineFile.Taken.REBUILD ? "method.baseline.now" : "method.baseline";
        tb.row("baseline", baselineFile.file() == null
                ? t.get(key + ".unreadable", s.baseline().name(), s.baseline().source())
                : t.get(key, s.baseline().name(), s.baseline().source(), baselineFile.file().sha256()));
        tb.row("baseline.scope", s.baseline().population() + " (" + t.get(s.baseline().scopeCountries().isEmpty()
                ? "method.scope.any_country" : "method.scope.unknown_country") + ")");
        List<String> synthetic = counts.bySource().keySet().stream()
                .filter(MarketStatistics.SYNTHETIC_SOURCE::equals).toList();
        List<String> real = counts.bySource().keySet().stream()
                .filter(source -> !source.equals(MarketStatistics.SYNTHETIC_SOURCE)).toList();
        tb.row("origins", t.get("method.origins", synthetic.isEmpty() ? t.get("method.none") : String.join(", ", synthetic),
                real.isEmpty() ? t.get("method.none") : String.join(", ", real)));
        tb.row("baseline.salary_floor_annual_eur", ReportTables.number(s.baseline().salaryFloorAnnualEur(), t));
        tb.row("baseline.experience_years", ReportTables.number(s.baseline().experienceMinYears(), t) + "-"
                + ReportTables.number(s.baseline().experienceMaxYears(), t));
        tb.row("baseline.degree", t.get("method.degree", s.baseline().degreeMinLevel(), s.baseline().degreeKinds(),
                MarketStatistics.claimedKindsMeasure(s.baseline())));
        tb.row("baseline.degree.majority", ReportTables.number(s.baseline().degreeMajority(), t));
        tb.row("baseline.business_school.min_share", ReportTables.number(s.baseline().businessSchoolMinShare(), t));
        tb.row("baseline.follow_on", s.baseline().followOnFamilies().toString());
        tb.row("baseline.follow_on.min_postings", String.valueOf(s.baseline().followOnMinPostings()));
        tb.row("baseline.min_observations", String.valueOf(s.baseline().minObservations()));
        normalizationRows(NormalizationConventions.standard(), t).forEach((k, v) -> tb.row(k, v));
        CurrencyRates rates = CurrencyRates.standard();
        for (var e : rates.rates().entrySet()) {
            tb.row("currency " + e.getKey(), t.get("method.currency", e.getValue(), rates.rateDate()));
        }
        tb.row("suppression", t.get("method.suppression", Suppression.SUPPRESS_BELOW,
                Suppression.LOW_CONFIDENCE_BELOW));
        tb.row("salary", t.get("salary.note.scope"));
        tb.row("day_rates", t.get("day_rates.note"));
        tb.row("quantiles", t.get("method.quantiles"));
        tb.row("shares", t.get("method.shares"));
        tb.row("duplicates", t.get("method.duplicates"));
        tb.row("evidence", t.get("method.evidence"));
        tb.row("careers", careers.present() ? t.get("method.careers", String.join(", ", careers.files()))
                : t.get("career.none"));
        tb.row("careers.verdicts", t.get("method.careers.verdicts",
                ReportTables.number(io.techdir.check.BaselineVerdicts.CAREER_MIN_SHARE, t),
                ReportTables.number(io.techdir.check.BaselineVerdicts.CAREER_MAJORITY, t),
                s.baseline().minObservations()));
        tb.row("citation", t.get("method.citation", BuildInfo.version(), s.runId(), s.asOf(), s.baseline().name()));
        return tb.build();
    }
}
