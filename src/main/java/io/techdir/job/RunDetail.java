package io.techdir.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.check.Baseline;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import io.techdir.warehouse.RunRecord;
import io.techdir.warehouse.WarehouseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code detail} JSON of a warehouse run row: what a report needs besides the rows (sources,
 * options, input checksums, problems, the baseline itself, serialized, so that a rebuild uses the
 * very baseline the run used even if its file changed since, and the counts the rows do not hold:
 * the postings whose date could not be read, by source).
 */
final class RunDetail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunDetail() {
    }

    /**
     * A run's settings and inputs restored from its row.
     *
     * @param unreadableDates canonical postings whose date could not be read, by source (none in
     *     rows written before they were counted)
     * @param baselineFile the baseline file as the run read it; null when the run could not read
     *     it or its row predates the record
     */
    record Restored(RunSettings settings, List<InputFile> files, List<SourceProblem> problems,
            Map<String, Long> unreadableDates, InputFile baselineFile) {
    }

    /**
     * The detail JSON of a run.
     *
     * @param unreadableDates the run's canonical postings whose date could not be read, by source
     * @param baselineFile the baseline file as the run read it (its SHA-256 for a rebuild's
     *     report); null when unreadable
     */
    static String describe(RunSettings s, List<InputFile> files, List<SourceProblem> problems,
            Map<String, Long> unreadableDates, InputFile baselineFile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_file", s.jobFile() == null ? null : s.jobFile().toString());
        m.put("sources", s.sources().stream().map(Object::toString).toList());
        m.put("careers", s.careers().stream().map(Object::toString).toList());
        m.put("lang", s.lang().name());
        m.put("csv_dialect", s.csvDialect().name());
        m.put("master", s.master());
        m.put("inputs", files.stream().map(f -> List.of(f.source(), f.file(), String.valueOf(f.bytes()), f.sha256()))
                .toList());
        m.put("problems", problems.stream().map(p -> List.of(p.source(), p.message())).toList());
        m.put("baseline", serialize(s.baseline()));
        m.put("baseline_file", baselineFile == null ? null : List.of(baselineFile.source(), baselineFile.file(),
                String.valueOf(baselineFile.bytes()), baselineFile.sha256()));
        m.put("date_posted_unreadable", new TreeMap<>(unreadableDates));
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run detail: " + e.getMessage(), e);
        }
    }

    static Restored restore(RunRecord run, Path out) {
        try {
            JsonNode d = JSON.readTree(run.detail());
            List<SourceSpec> sources = new ArrayList<>();
            d.get("sources").forEach(n -> sources.add(SourceSpec.parse(n.asText())));
            List<InputFile> files = new ArrayList<>();
            d.get("inputs").forEach(n -> files.add(new InputFile(n.get(0).asText(), n.get(1).asText(),
                    Long.parseLong(n.get(2).asText()), n.get(3).asText())));
            List<SourceProblem> problems = new ArrayList<>();
            d.get("problems").forEach(n -> problems.add(new SourceProblem(n.get(0).asText(), n.get(1).asText())));
            Baseline baseline = deserialize(d.get("baseline").asText(), run.runId());
            String jobFile = d.get("job_file").isNull() ? null : d.get("job_file").asText();
            String master = d.get("master").isNull() ? null : d.get("master").asText();
            List<Path> careers = new ArrayList<>();
            if (d.has("careers")) { // absent in rows written before career paths existed
                d.get("careers").forEach(n -> careers.add(Path.of(n.asText())));
            }
            RunSettings s = new RunSettings(run.runId(), run.job(), jobFile == null ? null : Path.of(jobFile), sources,
                    out, LocalDate.parse(run.asOf()), baseline, Language.valueOf(d.get("lang").asText()),
                    CsvDialect.valueOf(d.get("csv_dialect").asText()), master, Instant.parse(run.started()),
                    GatherSettings.defaults(), null, careers);
            Map<String, Long> undated = new TreeMap<>();
            if (d.has("date_posted_unreadable")) { // absent in rows written before they were counted
                d.get("date_posted_unreadable").fields()
                        .forEachRemaining(e -> undated.put(e.getKey(), e.getValue().asLong()));
            }
            JsonNode b = d.get("baseline_file"); // absent in rows written before it was recorded
            InputFile baselineFile = b == null || b.isNull() ? null : new InputFile(b.get(0).asText(),
                    b.get(1).asText(), Long.parseLong(b.get(2).asText()), b.get(3).asText());
            return new Restored(s, files, problems, undated, baselineFile);
        } catch (IOException | RuntimeException e) {
            throw new WarehouseException("run " + run.runId() + ": cannot restore its settings: " + e.getMessage());
        }
    }

    private static String serialize(Baseline b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(b);
        } catch (IOException e) {
            throw new UncheckedIOException("baseline: " + e.getMessage(), e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Baseline deserialize(String base64, String runId) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            return (Baseline) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("run " + runId + ": baseline class missing: " + e.getMessage(), e);
        }
    }
}
