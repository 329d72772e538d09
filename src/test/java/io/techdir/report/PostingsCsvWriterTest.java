package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Streams the six real postings of the excerpt to CSV and reads them back cell by cell. */
class PostingsCsvWriterTest {

    @TempDir
    Path dir;

    private List<CSVRecord> writeExcerpt(CsvDialect dialect) throws IOException {
        Path file = dir.resolve("postings.csv");
        try (PostingsCsvWriter w = new PostingsCsvWriter(file, dialect)) {
            for (Row r : PostingFixtures.excerpt()) {
                w.write(r);
            }
            assertEquals(6, w.count());
        }
        return CsvTableWriterTest.read(file, dialect.delimiter());
    }

    @Test
    void headerIsThePostingSchema() throws IOException {
        List<CSVRecord> records = writeExcerpt(CsvDialect.STANDARD);
        assertEquals(PostingSchema.names(), records.get(0).toList());
        assertEquals(7, records.size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // record | column | STANDARD | EXCEL_FR
        "ft-2024-11-it-1049.json:0     | title                 | DBA SQL/Big Data (H/F) | DBA SQL/Big Data (H/F)",
        "ft-2024-11-it-1049.json:0     | salary_annual_min_eur | 45000 | 45000",
        "ft-2024-11-it-1049.json:0     | salary_months         | 12    | 12",
        "ft-2024-11-it-1049.json:0     | salary_disclosed      | true  | true",
        "ft-2024-11-it-1049.json:0     | url                   | https://candidat.francetravail.fr/offres/recherche/detail/184TLPS | https://candidat.francetravail.fr/offres/recherche/detail/184TLPS",
        "ft-2024-11-it-1049.json:0     | duplicate_of          | ``    | ``",
        "ft-2024-11-it-1049.json:320   | salary_text           | Annuel de 52000,00 Euros à 60000,00 Euros | Annuel de 52000,00 Euros à 60000,00 Euros",
        "ft-2024-11-mixed-521.json:118 | salary_text           | '+10% IFM + 10% CP, | '+10% IFM + 10% CP,",
        "glassdoor-2020.csv:24         | salary_text           | '-1   | '-1",
        "glassdoor-2020.csv:24         | salary_disclosed      | false | false",
        "glassdoor-2020.csv:24         | url                   | ``    | ``",
        "hellowork-2026-01.csv:791     | salary_text           | 85\u202f800 € / an | 85\u202f800 € / an",
        "hellowork-2026-01.csv:890     | title                 | Directeur Achats Groupe & Filiales H/F | Directeur Achats Groupe & Filiales H/F",
    })
    void cellsReadBack(String record, String column, String standard, String excelFr) throws IOException {
        int c = PostingSchema.indexOf(column);
        int recordColumn = PostingSchema.indexOf(PostingSchema.RECORD);
        for (CsvDialect d : CsvDialect.values()) {
            CSVRecord rec = writeExcerpt(d).stream().filter(r -> r.get(recordColumn).equals(record))
                    .findFirst().orElseThrow();
            assertEquals(d == CsvDialect.STANDARD ? standard : excelFr, rec.get(c), d.name());
        }
    }

    @Test
    void decimalsFollowTheDialect() throws IOException {
        // "Horaire de 11.88 Euros sur 0.0 mois" (data README): an hourly minimum-wage amount.
        Row hourly = PostingFixtures.with(PostingFixtures.excerpt().get(2), PostingSchema.SALARY_MIN, 11.88);
        for (CsvDialect d : CsvDialect.values()) {
            Path file = dir.resolve(d + ".csv");
            try (PostingsCsvWriter w = new PostingsCsvWriter(file, d)) {
                w.write(hourly);
            }
            String expected = d == CsvDialect.STANDARD ? "11.88" : "11,88";
            assertEquals(expected, CsvTableWriterTest.read(file, d.delimiter()).get(1)
                    .get(PostingSchema.indexOf(PostingSchema.SALARY_MIN)), d.name());
        }
    }

    @Test
    void excelFrenchFileStartsWithBom() throws IOException {
        Path file = dir.resolve("postings.csv");
        try (PostingsCsvWriter w = new PostingsCsvWriter(file, CsvDialect.EXCEL_FR)) {
            w.write(PostingFixtures.excerpt().get(0));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'p', 'o', 's', 't', 'i', 'n', 'g', '_',
            'i', 'd', ';'}, Arrays.copyOf(bytes, 14));
    }

    @Test
    void rowOfTheWrongWidthIsRejected() throws IOException {
        Path file = dir.resolve("postings.csv");
        try (PostingsCsvWriter w = new PostingsCsvWriter(file, CsvDialect.STANDARD)) {
            w.write(PostingFixtures.excerpt().get(0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.write(RowFactory.create("a", "b")));
            assertEquals(file + ": posting row 2 has 2 values; expected " + PostingSchema.names().size()
                    + " (PostingSchema.names())", e.getMessage());
            assertEquals(1, w.count());
        }
    }
}
