package io.techdir.cli;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.cli.InProcess.Outcome;
import io.techdir.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code run} refuses before any Spark work, with its exit code and its one line: a bad output
 * folder, a bad or unreachable {@code --master}, a bad baseline value, a job file's bad source.
 */
class RunCommandRefusalsTest {

    private static final String SOURCE = "csv:src/test/resources/job/accounting.csv";
    private static final String USAGE_HINT = "techdir: hint: techdir run --help\n";

    @TempDir
    Path tmp;

    private boolean sparkBefore;

    @BeforeEach
    void noteSpark() {
        sparkBefore = SparkSession.getDefaultSession().isDefined();
    }

    /** Run alone (no test's session in this JVM), none of these runs may have started Spark. */
    @AfterEach
    void noSparkWasStarted() {
        if (!sparkBefore) {
            assertFalse(SparkSession.getDefaultSession().isDefined(), "a refused run started Spark");
        }
    }

    private static Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of("run", "-q", "--no-warehouse"));
        all.addAll(List.of(args));
        return techdir(all.toArray(String[]::new));
    }

    private Path okCsv() throws IOException {
        return Files.writeString(tmp.resolve("ok.csv"), "source_id,title\n1,CTO\n");
    }

    @Test
    void outThroughAFileIsNamedBeforeTheRun() throws IOException {
        Path out = okCsv().resolve("sub");
        Outcome o = run("--source", SOURCE, "--out", out.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --out " + out + ": not a directory (" + okCsv() + " is a file)\n", o.err());
        assertEquals("", o.out());
    }

    @Test
    void outNamingAFileIsNamed() throws IOException {
        Path out = okCsv();
        Outcome o = run("--source", SOURCE, "--out", out.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --out " + out + ": not a directory (a file of that name exists)\n", o.err());
        assertEquals("source_id,title\n1,CTO\n", Files.readString(out), "left as it was");
    }

    @Test
    void emptyOutIsAUsageErrorNotTheCurrentFolder() {
        // a baseline that does not exist: should the check go, the run stops there rather than writing here
        Outcome o = run("--source", SOURCE, "--out", "", "--baseline", tmp.resolve("none.properties").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("techdir: error: --out '': expected a folder\n" + USAGE_HINT, o.err());
    }

    @Test
    void outIsCreatedWithItsParentsBeforeTheRun() {
        // a refused --master stops the run after the folder is made: the folder is made first
        Path out = tmp.resolve("a/b/c");
        Outcome o = run("--source", SOURCE, "--out", out.toString(), "--master", "spark://127.0.0.1:" + closedPort());
        assertEquals(3, o.code(), o.err());
        assertTrue(Files.isDirectory(out), "created with its parents");
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "the write check leaves nothing behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aJobFilesOutIsNamedByTheFileAndTheField() throws IOException {
        Path out = okCsv().resolve("{date}");
        Path job = Files.writeString(tmp.resolve("j.properties"),
                "name = j\nsource.1 = " + SOURCE + "\nout = " + out + "\n");
        Outcome o = run("--job", job.toString(), "--as-of", "2026-01-02");
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: " + job + ": field 'out' (" + okCsv().resolve("2026-01-02") + "): not a directory ("
                + okCsv() + " is a file)\n", o.err());
    }

    @Test
    void badMasterIsAUsageErrorNamingTheValue() {
        for (String master : List.of("foo", "local[abc]", "")) {
            Outcome o = run("--source", SOURCE, "--out", tmp.resolve("r").toString(), "--master", master);
            assertEquals(2, o.code(), o.err());
            assertEquals("techdir: error: --master '" + master + "': not a Spark master URL; expected local, local[N],"
                    + " local[*], local[N,F], local-cluster[N,C,M], spark://HOST:PORT, yarn, k8s://...\n" + USAGE_HINT,
                    o.err());
        }
        Outcome zero = run("--source", SOURCE, "--out", tmp.resolve("r").toString(), "--master", "local[0]");
        assertEquals(2, zero.code(), zero.err());
        assertEquals("techdir: error: --master 'local[0]': expected local[N] with N from 1 (threads), or local[*]\n"
                + USAGE_HINT, zero.err());
        assertFalse(Files.exists(tmp.resolve("r")), "a usage error is said before the output folder is made");
    }

    @Test
    void unreachableMasterIsNamedAtOnce() {
        int port = closedPort();
        long start = System.nanoTime();
        Outcome o = run("--source", SOURCE, "--out", tmp.resolve("r").toString(), "--master", "spark://127.0.0.1:" + port);
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --master 'spark://127.0.0.1:" + port + "': cannot reach the Spark master (127.0.0.1:"
                + port + ": Connection refused)\n", o.err());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "not after Spark's minute of retries");
    }

    @Test
    void masterWithoutItsClusterManagerIsBadConfiguration() {
        Outcome o = run("--source", SOURCE, "--out", tmp.resolve("r").toString(), "--master", "yarn");
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: --master 'yarn': no Spark cluster manager on the class path takes it (yarn needs"
                + " Spark's spark-yarn module, k8s:// its spark-kubernetes module: run techdir with spark-submit)\n",
                o.err());
    }

    @Test
    void baselineMinimumAboveMaximumIsBadInputNamingTheFileAndBothKeys() throws IOException {
        String shipped = Files.readString(Path.of("data/reference/baseline.properties"));
        Path file = Files.writeString(tmp.resolve("b_minmax.properties"),
                shipped.replace("experience.min_years = 6\n", "experience.min_years = 12\n"));
        Outcome o = run("--source", SOURCE, "--out", tmp.resolve("r").toString(), "--baseline", file.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: " + file + ": key 'experience.min_years' has value '12', above key"
                + " 'experience.max_years' ('10'); expected experience.min_years <= experience.max_years\n", o.err());
    }

    @Test
    void baselineNaNIsBadInput() throws IOException {
        String shipped = Files.readString(Path.of("data/reference/baseline.properties"));
        Path file = Files.writeString(tmp.resolve("b_nan.properties"),
                shipped.replace("salary.floor.monthly_eur = 4000\n", "salary.floor.monthly_eur = NaN\n"));
        Outcome o = run("--source", SOURCE, "--out", tmp.resolve("r").toString(), "--baseline", file.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: " + file + ": key 'salary.floor.monthly_eur' has value 'NaN'; expected a finite"
                + " number\n", o.err());
    }

    @Test
    void aJobFilesBadSourceIsNamedByTheFileAndTheFieldNotAsSource() throws IOException {
        Path job = Files.writeString(tmp.resolve("j_badsource.properties"), "name = j2\nsource.1 = nonsense\n");
        Outcome o = run("--job", job.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: " + job + ": field 'source.1' has value 'nonsense'; expected KIND:LOCATION with"
                + " KIND one of csv, francetravail, francetravail-api, html, web\n", o.err());
    }

    @Test
    void twoWebSourcesOfOneNameAreAUsageErrorNamingBothBeforeAnythingIsFetched() {
        // two listings of one host are both named by the host: each would read the other's pages
        // and failures in the run's landing zone (nothing listens there: a crawl would fail, exit 4)
        String base = "http://127.0.0.1:" + closedPort();
        String a = "web:" + base + "/a/";
        String b = "web:" + base + "/b/?max-pages=3";
        Outcome o = run("--source", SOURCE, "--source", a, "--source", b, "--out", tmp.resolve("r").toString(),
                "--raw", tmp.resolve("raw").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("techdir: error: --source '" + a + "' and --source '" + b + "' both gather as source '127.0.0.1';"
                + " expected one name per web or API source of a run (each reads back the landing zone's lines of its"
                + " own name): name one of them with the option source=NAME, e.g. " + b + "&source=127.0.0.1-2\n"
                + USAGE_HINT, o.err());
        assertFalse(Files.exists(tmp.resolve("raw")), "nothing fetched");
        assertFalse(Files.exists(tmp.resolve("r")), "refused before the output folder is made");
    }

    @Test
    void aJobFilesTwoApiOrWebSourcesOfOneNameAreBadConfigurationNamingBothFields() throws IOException {
        // a web source named like the France Travail API's source, beside the API
        String base = "http://127.0.0.1:" + closedPort();
        Path job = Files.writeString(tmp.resolve("j_samename.properties"), "name = j3\nsource.1 = " + SOURCE
                + "\nsource.2 = francetravail-api:*\nsource.10 = web:" + base + "/offres/?source=francetravail\n");
        Outcome o = run("--job", job.toString(), "--out", tmp.resolve("r").toString(), "--raw", tmp.resolve("raw").toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("techdir: error: " + job + ": fields 'source.2' (francetravail-api:*) and 'source.10' (web:" + base
                + "/offres/?source=francetravail) both gather as source 'francetravail'; expected one name per web or"
                + " API source of a run (each reads back the landing zone's lines of its own name): name one of them"
                + " with the option source=NAME, e.g. web:" + base + "/offres/?source=francetravail-2\n", o.err());
        assertFalse(Files.exists(tmp.resolve("raw")), "nothing fetched");
    }

    @Test
    void asOfVersionRefusesTheOptionsOfAFreshRunNamingBoth() throws IOException {
        Path wh = tmp.resolve("wh");
        for (List<String> opt : List.of(List.of("--source", SOURCE), List.of("--as-of", "2026-01-02"),
                List.of("--careers", okCsv().toString()), List.of("--lang", "en"), List.of("--baseline", "b.properties"),
                List.of("--csv-dialect", "excel-fr"), List.of("--raw", "raw"), List.of("--max-pages", "3"))) {
            List<String> args = new ArrayList<>(List.of("run", "-q", "--as-of-version", "1", "--warehouse", wh.toString(),
                    "--out", tmp.resolve("r").toString()));
            args.addAll(opt);
            Outcome o = techdir(args.toArray(String[]::new));
            assertEquals(2, o.code(), o.err());
            assertEquals("techdir: error: --as-of-version and " + opt.get(0) + " cannot be combined: a rebuild reads"
                    + " no source and uses the run's own settings; expected --as-of-version with --warehouse, --job,"
                    + " --out, --master only\n" + USAGE_HINT, o.err());
        }
        assertFalse(Files.exists(tmp.resolve("r")), "refused before the output folder is made");
        assertFalse(Files.exists(wh));
    }

    @Test
    void blankWarehouseIsAUsageErrorNotTheCurrentFolder() {
        for (String blank : List.of("", " ")) {
            Outcome o = techdir("run", "-q", "--source", SOURCE, "--warehouse", blank, "--out", tmp.resolve("r").toString());
            assertEquals(2, o.code(), o.err());
            assertEquals("techdir: error: --warehouse '" + blank + "': expected a folder or URI\n" + USAGE_HINT, o.err());
            Outcome rebuild = techdir("run", "-q", "--as-of-version", "1", "--warehouse", blank);
            assertEquals(2, rebuild.code(), rebuild.err());
            assertTrue(rebuild.err().startsWith("techdir: error: --warehouse '" + blank + "': expected a folder or URI\n"),
                    rebuild.err());
            Outcome history = techdir("history", "--warehouse", blank);
            assertEquals(2, history.code(), history.err());
            assertEquals("techdir: error: --warehouse '" + blank + "': expected a folder or URI\n"
                    + "techdir: hint: techdir history --help\n", history.err());
        }
        assertFalse(Files.exists(tmp.resolve("r")));
        assertFalse(Files.exists(Path.of(Warehouse.POSTINGS)), "nothing written in the working folder");
    }

    @Test
    void readingAPathWithNoWarehouseSaysSoAndCreatesNothing() {
        Path typo = tmp.resolve("warehous");
        Outcome history = techdir("history", "--warehouse", typo.toString());
        assertEquals(3, history.code(), history.err());
        assertEquals("techdir: error: no warehouse at " + typo + " (no such folder); expected the folder or URI a run"
                + " wrote (techdir run --warehouse)\n", history.err());
        assertEquals("", history.out());
        Outcome rebuild = techdir("run", "-q", "--as-of-version", "2026-11-30", "--warehouse", typo.toString(),
                "--out", tmp.resolve("r").toString());
        assertEquals(3, rebuild.code(), rebuild.err());
        assertEquals("techdir: error: no warehouse at " + typo + " (no such folder); expected the folder or URI a run"
                + " wrote (techdir run --warehouse)\n", rebuild.err());
        assertFalse(Files.exists(typo), "a read-only command creates no warehouse");
        assertFalse(Files.exists(tmp.resolve("r")), "nor its output folder");
    }

    /** A loopback port nothing listens on (just freed). */
    private static int closedPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
