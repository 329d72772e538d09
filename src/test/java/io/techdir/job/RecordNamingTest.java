package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.gather.GatherSettings;
import io.techdir.posting.SourceRecord;
import io.techdir.gather.SourceSpec;
import io.techdir.posting.PostingIds;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A local file's records, and so its postings' ids, do not depend on how its path was spelled:
 * a cron job runs the default job from another working folder (the launcher then gives the job's
 * sources as absolute paths), a user types "./data//samples", a cluster run reads absolute paths.
 * The tests run in the project folder, which is then the project's home.
 */
class RecordNamingTest {

    private static final String GLASSDOOR = "data/samples/glassdoor/glassdoor-2020-sample.csv";
    private static final String FRANCE_TRAVAIL = "data/samples/francetravail";

    @Test
    void aCsvFileSpelledThreeWaysGivesTheSameRecordsAndIds() {
        String absolute = Path.of(GLASSDOOR).toAbsolutePath().toString();
        List<String> relative = records("csv:" + GLASSDOOR);
        assertEquals(GLASSDOOR + ":2", relative.get(0));
        assertEquals(relative, records("csv:" + absolute));
        assertEquals(relative, records("csv:./data//samples/glassdoor/../glassdoor/glassdoor-2020-sample.csv"));
        assertEquals(ids(relative), ids(records("csv:" + absolute)));
    }

    @Test
    void aFranceTravailFolderGivenByItsAbsolutePathIsNamedFromTheProject() {
        List<String> relative = records("francetravail:" + FRANCE_TRAVAIL);
        assertEquals(relative, records("francetravail:" + Path.of(FRANCE_TRAVAIL).toAbsolutePath()));
        assertEquals(true, relative.get(0).startsWith(FRANCE_TRAVAIL + "/"), relative.get(0));
    }

    @Test
    void theManifestNamesTheInputAsItsRecordsDo() {
        MarketReportJob.Inputs inputs = MarketReportJob.plan(
                List.of(SourceSpec.parse("csv:" + Path.of(GLASSDOOR).toAbsolutePath())), GatherSettings.defaults());
        assertEquals(GLASSDOOR, inputs.files().get(0).file());
        assertEquals(GLASSDOOR, inputs.tasks().get(0).name());
        assertEquals(Path.of(GLASSDOOR).toAbsolutePath().toString(), inputs.tasks().get(0).file(),
                "the file is read at the path the run was given");
    }

    /** The records of every posting and reject of one source, planned and read as a run does. */
    private static List<String> records(String source) {
        MarketReportJob.Inputs inputs = MarketReportJob.plan(List.of(SourceSpec.parse(source)), GatherSettings.defaults());
        List<String> out = new ArrayList<>();
        for (PostingsStage.FileTask task : inputs.tasks()) {
            Iterator<SourceRecord> it = inputs.readers().get(task.sourceIndex()).read(task.file(), task.name());
            while (it.hasNext()) {
                SourceRecord r = it.next();
                out.add(r instanceof RawPosting p ? p.record() : ((Reject) r).record());
            }
        }
        return out;
    }

    private static List<String> ids(List<String> records) {
        return records.stream().map(r -> PostingIds.id("glassdoor", r)).toList();
    }
}
