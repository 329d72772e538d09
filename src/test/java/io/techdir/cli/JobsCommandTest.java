package io.techdir.cli;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code techdir jobs} (no Spark). */
class JobsCommandTest {

    @Test
    void listsTheShippedJobWithItsNextFireTimeInItsZone() {
        Outcome o = techdir("jobs");
        assertEquals(0, o.code(), o.err());
        String line = o.out().lines().filter(l -> l.startsWith("market-report ")).findFirst().orElseThrow();
        assertTrue(line.contains("0 0 6 ? * MON") && line.contains("Europe/Paris"), line);
        // Next Monday 06:00 in Paris, printed with its offset (+01:00 in winter, +02:00 in summer).
        assertTrue(line.matches(".*T06:00\\+0[12]:00 .*jobs/market-report\\.properties$"), line);
    }

    @Test
    void aBadJobFileIsNamedWithItsFieldAndTheOthersAreStillListed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-bad.properties"), "name=bad\nsource.1=csv:a.csv\ntimezone=Mars/Olympus\n");
        Files.writeString(dir.resolve("b-good.properties"), "name=good\nsource.1=csv:a.csv\nschedule=0 30 2 * * ?\n");
        Outcome o = techdir("jobs", "--jobs", dir.toString());
        assertEquals(3, o.code());
        assertTrue(o.err().startsWith("techdir: error: " + dir.resolve("a-bad.properties")
                + ": field 'timezone' has value 'Mars/Olympus'"), o.err());
        assertTrue(o.out().contains("good ") && o.out().contains("0 30 2 * * ?") && o.out().contains("UTC"), o.out());
    }

    @Test
    void twoJobsOfOneNameAreABadFileNotAnInternalError(@TempDir Path dir) throws IOException {
        // the scheduler knows a job by its name: two of one name made it fail with exit 1
        Files.writeString(dir.resolve("a.properties"), "name=good1\nsource.1=csv:a.csv\nschedule=0 30 2 * * ?\n");
        Files.writeString(dir.resolve("b.properties"), "name=good1\nsource.1=csv:b.csv\nschedule=0 30 3 * * ?\n");
        Outcome o = techdir("jobs", "--jobs", dir.toString());
        assertEquals(3, o.code(), o.err());
        assertTrue(o.err().contains("techdir: error: " + dir.resolve("b.properties") + ": field 'name' has value"
                + " 'good1', the name of " + dir.resolve("a.properties") + " already; expected one name per job"), o.err());
        Outcome s = techdir("schedule", "--jobs", dir.toString());
        assertEquals(3, s.code(), s.err());
    }
}
