package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordNamesTest {

    @Test
    void aFileInsideTheProjectIsNamedFromItHoweverItIsSpelled(@TempDir Path home) {
        String name = "data/samples/glassdoor/glassdoor-2020-sample.csv";
        assertEquals(name, RecordNames.of(home.resolve(name).toString(), home));
        assertEquals(name, RecordNames.of(home + "/./data//samples/x/../glassdoor/glassdoor-2020-sample.csv", home));
        assertEquals(name, RecordNames.of(home.resolve(name).toString(), home.resolve(".")));
    }

    @Test
    void aFileOutsideTheProjectIsNamedByItsAbsolutePath(@TempDir Path dir) {
        Path home = dir.resolve("techdir");
        String outside = dir.resolve("exports/x.csv").toString();
        assertEquals(outside, RecordNames.of(dir + "/exports/./x.csv", home));
        // a sibling folder whose name starts like the project's is outside it
        assertEquals(dir.resolve("techdir-data/x.csv").toString(), RecordNames.of(dir + "/techdir-data/x.csv", home));
    }

    @Test
    void aRelativePathIsReadFromTheWorkingFolder() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("data/x.csv", RecordNames.of("./data//x.csv", cwd));
        assertEquals(cwd.resolve("data/x.csv").toString(), RecordNames.of("data/x.csv", cwd.resolve("elsewhere")));
    }

    @Test
    void urlsStayAsTheyAre(@TempDir Path home) {
        assertEquals("https://example.org/jobs/1", RecordNames.of("https://example.org/jobs/1", home));
    }
}
