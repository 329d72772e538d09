package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.check.Baseline;
import io.techdir.gather.BadSourceException;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPlanningTest {

    private static RunSettings settings(Path out, SourceSpec... sources) {
        return new RunSettings("20260101T000000Z-test", "test", null, List.of(sources), out,
                LocalDate.of(2026, 1, 1), Baseline.standard(), Language.EN, CsvDialect.STANDARD, null,
                Instant.parse("2026-01-01T00:00:00Z"), GatherSettings.defaults(), null);
    }

    @Test
    void plansOnAnotherThreadWhatPlanningHereGives(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("postings.csv");
        Files.writeString(csv, "source,source_id,title,description\nx,1,CTO,Directeur technique\n");
        Path missing = dir.resolve("missing.csv");
        RunSettings s = settings(dir.resolve("out"), SourceSpec.parse("csv:" + csv), SourceSpec.parse("csv:" + missing));

        MarketReportJob.Inputs background = InputPlanning.start(s).await();
        MarketReportJob.Inputs here = MarketReportJob.plan(s.sources(), s.gather());

        assertEquals(here.files(), background.files());
        assertEquals(InputFile.describe("csv:" + csv, csv.toString()).sha256(), background.files().get(0).sha256());
        assertEquals(here.problems(), background.problems());
        assertEquals(1, background.problems().size(), "the missing file is a problem of the run, not an error");
        assertEquals(here.tasks(), background.tasks());
    }

    @Test
    void aPlanningErrorIsThrownAsItselfWhenAwaited(@TempDir Path dir) {
        RunSettings s = settings(dir.resolve("out"), SourceSpec.parse("csv:" + dir + "?mapping=nosuchmapping"));
        InputPlanning planning = InputPlanning.start(s);
        BadSourceException e = assertThrows(BadSourceException.class, planning::await);
        assertTrue(e.getMessage().contains("nosuchmapping"), e.getMessage());
    }
}
