package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostingGeneratorTest {

    @TempDir
    Path dir;

    private GeneratedCounts write(long rows, long seed, GeneratorProfile profile, String name) throws IOException {
        return new PostingGenerator(new GeneratorSettings(rows, seed, profile)).write(dir.resolve(name));
    }

    @ParameterizedTest
    @EnumSource(GeneratorProfile.class)
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot(GeneratorProfile profile) throws IOException {
        GeneratedCounts a = write(3000, 42, profile, "a.csv");
        GeneratedCounts b = write(3000, 42, profile, "b.csv");
        write(3000, 43, profile, "c.csv");
        assertEquals(-1, Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv")), "same seed, same bytes");
        assertEquals(a, b);
        assertNotEquals(-1, Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv")), "other seed, other bytes");
    }

    @Test
    void aPrefixOfRowsDoesNotDependOnTheRowCount() throws IOException {
        write(1500, 7, GeneratorProfile.MARKET, "short.csv");
        write(4000, 7, GeneratorProfile.MARKET, "long.csv");
        List<CSVRecord> shorter = GeneratedFile.read(dir.resolve("short.csv"));
        List<CSVRecord> longer = GeneratedFile.read(dir.resolve("long.csv"));
        for (int i = 0; i < shorter.size(); i++) {
            assertEquals(shorter.get(i).toList(), longer.get(i).toList(), "row " + (i + 1));
        }
    }

    @Test
    void theDefaultLocaleDoesNotChangeTheBytes() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            write(2000, 5, GeneratorProfile.MARKET, "root.csv");
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // "I".toLowerCase() is dotless there
            write(2000, 5, GeneratorProfile.MARKET, "tr.csv");
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(-1, Files.mismatch(dir.resolve("root.csv"), dir.resolve("tr.csv")));
    }

    @ParameterizedTest
    @EnumSource(GeneratorProfile.class)
    void everyRowParsesBackWithTheHeaderColumns(GeneratorProfile profile) throws IOException {
        GeneratedCounts counts = write(2500, 11, profile, "rows.csv");
        List<CSVRecord> records = GeneratedFile.read(dir.resolve("rows.csv"));
        assertEquals(2500, counts.rows());
        assertEquals(2500, records.size());
        for (CSVRecord r : records) {
            assertTrue(r.isConsistent(), "record " + r.getRecordNumber() + " has " + r.size() + " values");
            assertEquals(PostingGenerator.SOURCE, r.get("source"));
            String id = r.get("source_id");
            if (!id.isEmpty()) {
                assertEquals(PostingGenerator.URL_PREFIX + id, r.get("url"), "record " + r.getRecordNumber());
            }
            assertTrue(r.get("url").startsWith("https://synthetic.invalid/"), r.get("url"));
            assertTrue(r.get("date_posted").matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)?"),
                    r.get("date_posted"));
        }
    }

    @Test
    void zeroPostingsWritesTheHeaderOnly() throws IOException {
        GeneratedCounts counts = write(0, 1, GeneratorProfile.MARKET, "empty.csv");
        assertEquals(new GeneratedCounts(0, 0, 0, 0), counts);
        assertEquals(String.join(",", PostingGenerator.HEADER) + "\r\n", Files.readString(dir.resolve("empty.csv")));
    }

    @Test
    void writesIntoAFolderThatDoesNotExistYet() throws IOException {
        Path out = dir.resolve("a/b/c.csv");
        new PostingGenerator(new GeneratorSettings(3, 1, GeneratorProfile.MARKET)).write(out);
        assertEquals(3, GeneratedFile.read(out).size());
    }

    @Test
    void twoHundredThousandRowsAreWrittenQuickly() throws IOException {
        long start = System.nanoTime();
        GeneratedCounts counts = write(200_000, 42, GeneratorProfile.MARKET, "big.csv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200_000, counts.rows());
        // About 3 s on an idle two-core machine; the bound is generous for shared build hosts.
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "200 000 rows took " + took);
        assertTrue(Files.size(dir.resolve("big.csv")) > 100_000_000L, "descriptions of realistic length");
    }
}
