package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.check.Baseline;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import io.techdir.warehouse.RunRecord;
import io.techdir.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's detail JSON restores what a rebuild needs, career-path files included. */
class RunDetailTest {

    @Test
    void careerFilesSurviveTheRoundTripAndAChangedFileIsAProblem(@TempDir Path dir) throws IOException {
        Path careers = dir.resolve("careers.csv");
        Files.writeString(careers, "person,order,title,start,end\np1,1,CTO,2020-01,\n");
        RunSettings s = new RunSettings("20260101T000000Z-test", "test", null,
                List.of(SourceSpec.parse("csv:data/samples/hellowork")), dir.resolve("out"), LocalDate.of(2026, 1, 1),
                Baseline.standard(), Language.EN, CsvDialect.STANDARD, null, Instant.parse("2026-01-01T00:00:00Z"),
                GatherSettings.defaults(), null, List.of(careers));
        InputFile described = InputFile.describe(CareerInputs.SOURCE, careers.toString());
        String json = RunDetail.describe(s, List.of(described), List.of(), Map.of("hellowork", 2L),
                InputFile.baseline(s.baseline()));

        Map<String, Long> versions = new LinkedHashMap<>();
        for (String t : Warehouse.MERGED) {
            versions.put(t, 1L);
        }
        RunRecord row = new RunRecord(s.runId(), "test", "2026-01-01", "2026-01-01T00:00:00Z",
                "2026-01-01T00:01:00Z", 1, 1, 0, 0, 1, 0, 1, versions, "out", json, io.techdir.warehouse.RunStatus.OK, 0);
        RunDetail.Restored r = RunDetail.restore(row, dir.resolve("rebuilt"));
        assertEquals(List.of(careers), r.settings().careers());
        assertEquals(Map.of("hellowork", 2L), r.unreadableDates(), "counted when read: the rows do not say it");

        MarketReportJob.Inputs restored = new MarketReportJob.Inputs(List.of(), List.of(), r.files(), r.problems());
        MarketReportJob.Inputs same = restored.with(CareerInputs.read(List.of(careers)));
        assertEquals(1, same.files().size(), "the restored career file is not listed twice");
        assertEquals(List.of(), same.problems());

        Files.writeString(careers, "person,order,title,start,end\np1,1,CTO,2021-01,\n");
        MarketReportJob.Inputs changed = restored.with(CareerInputs.read(List.of(careers)));
        assertEquals(1, changed.problems().size());
        assertTrue(changed.problems().get(0).message().contains("changed since the run"),
                changed.problems().get(0).message());
    }
}
