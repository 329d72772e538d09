package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.check.BadConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionTest {

    @Test
    void defaultJobNamesItsSourcesInOrder() {
        JobDefinition job = JobDefinition.load(Path.of("jobs/market-report.properties"));
        assertEquals("market-report", job.name());
        assertEquals("francetravail:data/samples/francetravail", job.sources().get(0));
        assertEquals(4, job.sources().size());
        assertEquals("reports/{date}", job.out());
        assertEquals("Europe/Paris", job.timezone());
        assertEquals("fr", job.lang());
        assertEquals(List.of("data/samples/careers/synthetic-careers.csv"), job.careers());
    }

    @Test
    void careersAreACommaSeparatedListAndOptional(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\ncareers = a.csv , b.csv\n");
        assertEquals(List.of("a.csv", "b.csv"), JobDefinition.load(f).careers());
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\n");
        assertEquals(List.of(), JobDefinition.load(f).careers());
    }

    @Test
    void sourcesAreOrderedByNumberNotText(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.10=csv:b.csv\nsource.2=csv:a.csv\n");
        assertEquals(List.of("csv:a.csv", "csv:b.csv"), JobDefinition.load(f).sources());
    }

    @Test
    void unknownFieldIsNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\nlanguage=fr\n");
        BadConfigurationException e = assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f));
        assertEquals(f + ": unknown field 'language'; expected one of [baseline, careers, csv_dialect, description, lang,"
                + " name, out, schedule, timezone, warehouse] or source.N", e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"../../escape", "a/b", ".hidden", "two words"})
    void aNameThatIsNotAFileNameIsRefused(String name, @TempDir Path dir) throws IOException {
        // the name goes into run ids and the scheduler's lock and log paths: "../../escape" wrote
        // them outside the state folder
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=" + name + "\nsource.1=csv:a.csv\n");
        assertEquals(f + ": field 'name' has value '" + name + "'; expected letters, digits, '_', '.', '-', starting"
                + " with a letter or digit", assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f))
                .getMessage());
    }

    @Test
    void aBlankWarehouseIsRefusedNotTakenForTheDefault(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\nwarehouse =   \n");
        assertEquals(f + ": field 'warehouse' has value ''; expected a folder or URI such as data/warehouse (leave"
                + " the field out for the default)",
                assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage());
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\nwarehouse = wh \n");
        assertEquals("wh", JobDefinition.load(f).warehouse());
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\n");
        assertEquals(null, JobDefinition.load(f).warehouse(), "no field: the default");
    }

    @Test
    void badLanguageAndMissingSourcesAreNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\nlang=de\n");
        assertEquals(f + ": field 'lang' has value 'de'; expected fr or en",
                assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage());
        Files.writeString(f, "name=j\n");
        assertEquals(f + ": no sources; expected at least one 'source.1 = KIND:LOCATION'",
                assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "schedule=0 0 25 * * ?|field 'schedule' has value '0 0 25 * * ?'",
        "schedule=every monday|field 'schedule' has value 'every monday'",
        "timezone=Europe/Pariss|field 'timezone' has value 'Europe/Pariss'; expected a time zone id",
    })
    void badScheduleOrTimeZoneIsNamed(String line, String expected, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\n" + line + "\n");
        String message = assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith(f + ": " + expected), message);
    }

    /** A bad source is named by the job file and its field, not as a --source the user never gave. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "nonsense        | '; expected KIND:LOCATION with KIND one of csv, francetravail, francetravail-api, html, web",
        "ftp:somewhere   | '; expected KIND:LOCATION with KIND one of csv, francetravail, francetravail-api, html, web",
        "csv:a.csv?map=x | ': unknown option 'map'; expected one of mapping, source, delimiter, encoding",
    })
    void badSourceNamesTheFileAndTheField(String source, String expected, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\nsource.2 = " + source + "\n");
        assertEquals(f + ": field 'source.2' has value '" + source + expected,
                assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage());
    }

    @Test
    void emptyOutIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.properties");
        Files.writeString(f, "name=j\nsource.1=csv:a.csv\nout =  \n");
        assertEquals(f + ": field 'out' has value ''; expected a folder such as reports/{date}",
                assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage());
    }

    @Test
    void missingJobFile(@TempDir Path dir) {
        Path f = dir.resolve("none.properties");
        assertEquals(f + ": no such job file",
                assertThrows(BadConfigurationException.class, () -> JobDefinition.load(f)).getMessage());
    }
}
