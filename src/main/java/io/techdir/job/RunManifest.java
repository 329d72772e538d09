package io.techdir.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.techdir.check.Baseline;
import io.techdir.normalize.CurrencyRates;
import io.techdir.normalize.NormalizationConventions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;

/**
 * {@code manifest.json}: what a run read (with checksums), with which parameters and versions, on
 * which Spark master and application, how long each stage took, and what became of every record
 * ({@code counts}, where {@code input = normalized + rejected + duplicates}; with a warehouse also
 * {@code new}, {@code seen_before}, {@code warehouse_postings}), and the warehouse table versions
 * read and written.
 */
public final class RunManifest {

    /** The manifest's file name, in the run's output folder. */
    public static final String FILE = "manifest.json";

    /** The manifest's key of the stage timings (milliseconds by stage name, see {@link MarketReportJob}). */
    public static final String TIMINGS = "timings_ms";

    private RunManifest() {
    }

    /**
     * Every value of the baseline the verdicts depend on, and the file's size and SHA-256 with when
     * they were taken ({@code sha256_taken}: {@code RUN}, {@code RECORDED} by the rebuilt run,
     * {@code REBUILD} from the file as it is at the rebuild).
     */
    static Map<String, Object> baseline(Baseline b, BaselineFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("file", b.source());
        InputFile file = f.file();
        m.put("bytes", file == null ? null : file.bytes());
        m.put("sha256", file == null ? null : file.sha256());
        m.put("sha256_taken", f.taken().name());
        m.put("scope_role_family", b.scopeFamily().name());
        m.put("scope_role_domains", b.scopeDomains().stream().map(Enum::name).toList());
        m.put("scope_countries", List.copyOf(b.scopeCountries()));
        m.put("salary_floor_monthly_eur", b.salaryFloorMonthlyEur());
        m.put("salary_floor_months", b.salaryFloorMonths());
        m.put("salary_floor_annual_eur", b.salaryFloorAnnualEur());
        m.put("experience_min_years", b.experienceMinYears());
        m.put("experience_max_years", b.experienceMaxYears());
        m.put("degree_min_level", b.degreeMinLevel().name());
        m.put("degree_kinds", b.degreeKinds().stream().map(Enum::name).toList());
        m.put("degree_majority", b.degreeMajority());
        m.put("business_school_min_share", b.businessSchoolMinShare());
        m.put("follow_on_role_families", b.followOnFamilies().stream().map(Enum::name).toList());
        m.put("follow_on_min_postings", b.followOnMinPostings());
        m.put("min_observations", b.minObservations());
        return m;
    }

    static void write(RunSettings s, MarketReportJob.Inputs inputs, RunCounts counts, Map<String, Long> timings,
            List<String> outputs, WarehouseRun warehouse, SparkContext spark) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", s.runId());
        m.put("job", s.jobName());
        m.put("job_file", s.jobFile() == null ? null : s.jobFile().toString());
        m.put("as_of", s.asOf().toString());
        m.put("started", s.started().toString());
        m.put("finished", Instant.now().toString());
        m.put("versions", Map.of("techdir", BuildInfo.version(), "spark", BuildInfo.sparkVersion(),
                "poi", BuildInfo.poiVersion(), "java", System.getProperty("java.version")));
        // where the run ran: runs of the scheduler share one local session, so one application id
        m.put("spark", Map.of("master", spark.master(), "application_id", spark.applicationId()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sources", s.sources().stream().map(Object::toString).toList());
        params.put("careers", s.careers().stream().map(Object::toString).toList());
        params.put("out", s.out().toString());
        params.put("spark_master", s.master());
        params.put("lang", s.lang().name().toLowerCase(java.util.Locale.ROOT));
        params.put("csv_dialect", s.csvDialect().name());
        params.put("baseline", baseline(s.baseline(), inputs.baseline(s.baseline())));
        params.put("normalization", NormalizationConventions.standard().describe());
        CurrencyRates rates = CurrencyRates.standard();
        params.put("currency_rates", Map.of("date", rates.rateDate().toString(), "eur_per_unit", rates.rates()));
        m.put("parameters", params);
        List<Map<String, Object>> files = new ArrayList<>();
        for (InputFile f : inputs.files()) {
            files.add(Map.of("source", f.source(), "file", f.file(), "bytes", f.bytes(), "sha256", f.sha256()));
        }
        m.put("inputs", files);
        Map<String, Object> gathered = new LinkedHashMap<>();
        for (int i = 0; i < inputs.readers().size(); i++) {
            Map<String, Long> g = inputs.readers().get(i).gatherCounts();
            if (!g.isEmpty()) {
                gathered.put(inputs.readers().get(i).spec().toString(), g);
            }
        }
        m.put("gather", gathered);
        m.put("problems", inputs.problems().stream()
                .map(p -> Map.of("source", p.source(), "message", p.message())).toList());
        m.put(TIMINGS, timings);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("input", counts.input());
        c.put("normalized", counts.normalized());
        c.put("rejected", counts.rejected());
        c.put("duplicates", counts.duplicates());
        c.put("rejected_by_code", counts.rejectedByCode());
        c.put("duplicates_by_kind", counts.duplicatesByKind());
        c.put("by_source", counts.bySource());
        if (warehouse != null) {
            c.put("new", warehouse.newPostings());
            c.put("seen_before", warehouse.seenBefore());
            c.put("warehouse_postings", warehouse.warehousePostings());
        }
        m.put("counts", c);
        m.put("warehouse", warehouse == null ? null : warehouse.describe());
        List<String> all = new ArrayList<>(outputs);
        all.add(FILE);
        m.put("outputs", all);
        Path file = s.out().resolve(FILE);
        // Map.of maps have no order: sort their keys so that the same run writes the same file.
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValue(file.toFile(), m);
    }
}
