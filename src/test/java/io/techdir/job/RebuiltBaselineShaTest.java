package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.techdir.check.Baseline;
import io.techdir.check.CareerReport;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import io.techdir.warehouse.RunRecord;
import io.techdir.warehouse.RunStatus;
import io.techdir.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report rebuilt from a warehouse run row states the baseline file's SHA-256 the run recorded,
 * not the file's as it is at the rebuild; for a row that recorded none, the file's now, and says
 * so. The rebuild's wiring without Spark ({@link MarketReportJob#rebuild} restores the row the same
 * way), the Methodology sheet reopened with POI.
 */
class RebuiltBaselineShaTest {

    private static RunRecord row(RunSettings s, String detail) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String t : Warehouse.MERGED) {
            versions.put(t, 1L);
        }
        return new RunRecord(s.runId(), "test", "2026-01-01", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z",
                10, 10, 0, 0, 10, 0, 10, versions, "out", detail, RunStatus.OK, 0);
    }

    /** The Methodology sheet's baseline row of the report a rebuild of {@code row} writes. */
    private static String rebuiltBaselineRow(RunRecord row, Path out, Language lang) throws IOException {
        RunDetail.Restored r = RunDetail.restore(row, out);
        MarketReportJob.Inputs inputs = new MarketReportJob.Inputs(List.of(), List.of(), r.files(), r.problems(),
                BaselineFile.restored(r.baselineFile(), r.settings().baseline()));
        Files.createDirectories(out);
        long n = 10;
        ReportStage.write(r.settings(), BaselineCheckReportTest.report(List.of("SYNTHETIC"),
                BaselineCheckReportTest.sampleVerdicts()), CareerReport.NONE,
                new RunCounts(n, n, 0, 0, Map.of(), Map.of(), Map.of("synthetic", Map.of("input", n, "normalized", n))),
                inputs, Collections.emptyIterator(), Collections.emptyIterator(), null);
        try (XSSFWorkbook wb = CareerReportIT.workbook(out)) {
            return CareerReportIT.valueOf(wb.getSheet(lang == Language.FR ? "Méthodologie" : "Methodology"),
                    "baseline");
        }
    }

    @Test
    void aRebuildStatesTheShaTheRunRecordedElseSaysItIsTheFilesNow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.properties");
        Files.copy(Path.of("data/reference/baseline.properties"), file);
        Baseline baseline = Baseline.load(file);
        RunSettings s = new RunSettings("20260101T000000Z-test", "test", null,
                List.of(SourceSpec.parse("csv:data/samples/hellowork")), dir.resolve("out"), LocalDate.of(2026, 1, 1),
                baseline, Language.EN, CsvDialect.STANDARD, null, Instant.parse("2026-01-01T00:00:00Z"),
                GatherSettings.defaults(), null, List.of());
        InputFile atRun = InputFile.baseline(baseline);
        String detail = RunDetail.describe(s, List.of(), List.of(), Map.of(), atRun);

        // The file is edited after the run (a comment: the values, restored from the row, stay).
        Files.writeString(file, Files.readString(file) + "# edited after the run\n");
        String now = InputFile.baseline(baseline).sha256();
        assertNotEquals(atRun.sha256(), now);

        // Before: the rebuild's Methodology and manifest gave the edited file's SHA-256 as the run's.
        String name = baseline.name() + " (" + file + ")";
        assertEquals(name + "; sha256 " + atRun.sha256(), rebuiltBaselineRow(row(s, detail), dir.resolve("r1"),
                Language.EN));
        BaselineFile recorded = BaselineFile.restored(RunDetail.restore(row(s, detail), dir).baselineFile(), baseline);
        Map<String, Object> manifest = RunManifest.baseline(baseline, recorded);
        assertEquals(atRun.sha256(), manifest.get("sha256"));
        assertEquals("RECORDED", manifest.get("sha256_taken"));

        // A row written before the SHA-256 was recorded: the file's now, said to be.
        String older = detail.replaceAll(",\"baseline_file\":\\[[^\\]]*\\]", "");
        assertNull(RunDetail.restore(row(s, older), dir).baselineFile(), older);
        assertEquals(name + "; sha256 " + now + " of the file as it is at this rebuild (the rebuilt run recorded none)",
                rebuiltBaselineRow(row(s, older), dir.resolve("r2"), Language.EN));
        assertEquals("REBUILD", RunManifest.baseline(baseline,
                BaselineFile.restored(null, baseline)).get("sha256_taken"));
    }
}
