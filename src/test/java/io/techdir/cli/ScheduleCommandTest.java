package io.techdir.cli;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.techdir.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code schedule} refuses when it starts, before any job is scheduled (no Spark): a state or
 * log folder it could not write in failed only at the first fire time, with a stack trace per fire.
 */
class ScheduleCommandTest {

    private static final String USAGE_HINT = "techdir: hint: techdir schedule --help\n";

    @TempDir
    Path tmp;

    private Path jobs;
    private Path file;

    @BeforeEach
    void aJobAndAFile() throws IOException {
        jobs = Files.createDirectories(tmp.resolve("jobs"));
        Files.writeString(jobs.resolve("j.properties"), "name=j\nsource.1=csv:a.csv\nschedule=0/3 * * * * ?\n");
        file = Files.writeString(tmp.resolve("afile"), "x");
    }

    @Test
    void aStateFolderThatIsAFileIsNamedAtStart() {
        Outcome o = techdir("schedule", "-q", "--jobs", jobs.toString(), "--state", file.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --state " + file + ": not a directory (a file of that name exists)\n", o.err());
        assertEquals("", o.out(), "nothing scheduled");
    }

    @Test
    void aStateFolderThroughAFileIsNamedAtStart() {
        Path state = file.resolve("state");
        Outcome o = techdir("schedule", "-q", "--jobs", jobs.toString(), "--state", state.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --state " + state + ": not a directory (" + file + " is a file)\n", o.err());
    }

    @Test
    void aLocksFolderThatIsAFileIsNamedWithItsStateFolder() throws IOException {
        Path state = Files.createDirectories(tmp.resolve("state"));
        Files.writeString(state.resolve("locks"), "x");
        Outcome o = techdir("schedule", "-q", "--jobs", jobs.toString(), "--state", state.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --state " + state + " (its locks folder): not a directory (a file of that name"
                + " exists)\n", o.err());
    }

    @Test
    void aLogFolderThatIsAFileIsNamedAtStart() throws IOException {
        Path state = tmp.resolve("state");
        Outcome o = techdir("schedule", "-q", "--jobs", jobs.toString(), "--state", state.toString(), "--logs",
                file.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --logs " + file + ": not a directory (a file of that name exists)\n", o.err());
        // without --logs, the log folder is the state folder's logs/
        Path state2 = tmp.resolve("state2");
        Files.writeString(Files.createDirectories(state2).resolve("logs"), "x");
        Outcome d = techdir("schedule", "-q", "--jobs", jobs.toString(), "--state", state2.toString());
        assertEquals(3, d.code(), d.err());
        assertEquals("techdir: error: log folder " + state2.resolve("logs") + ": not a directory (a file of that name"
                + " exists)\n", d.err());
    }

    @Test
    void blankStateOrLogsIsAUsageErrorNotTheWorkingFolder() {
        for (String option : new String[] {"--state", "--logs"}) {
            Outcome o = techdir("schedule", "-q", "--jobs", jobs.toString(), option, "");
            assertEquals(2, o.code(), o.err());
            assertEquals("techdir: error: " + option + " '': expected a folder\n" + USAGE_HINT, o.err());
        }
        assertFalse(Files.exists(Path.of("locks")), "nothing made in the working folder");
    }
}
