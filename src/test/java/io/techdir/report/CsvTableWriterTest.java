package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writes {@link ReportTables#salarySpread()} in both dialects and reads it back with Commons CSV. */
class CsvTableWriterTest {

    @TempDir
    Path dir;

    static List<CSVRecord> read(Path file, char delimiter) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try (Reader r = new java.io.StringReader(text);
                CSVParser p = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void headerIsTheColumnNames() throws IOException {
        Path file = dir.resolve("salary_spread.csv");
        CsvTableWriter.write(ReportTables.salarySpread(), file, CsvDialect.STANDARD);
        assertEquals(List.of("sector", "n", "median_eur", "share_at_or_above", "experience_years", "ratio",
                "low_confidence", "verdict", "example_url", "as_of"), read(file, ',').get(0).toList());
        assertEquals(4, read(file, ',').size(), "header + 3 rows, notes not written");
    }

    @ParameterizedTest(name = "row {0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // row | column | STANDARD | EXCEL_FR
        "1 | sector            | Conseil en systèmes et logiciels informatiques | Conseil en systèmes et logiciels informatiques",
        "1 | n                 | 10          | 10",
        "1 | median_eur        | 52500       | 52500",
        "1 | share_at_or_above | 0.5         | 0,5",
        "1 | experience_years  | 5           | 5",
        "1 | ratio             | 1.09375     | 1,09375",
        "1 | low_confidence    | true        | true",
        "1 | verdict           | SUPPORTED   | SUPPORTED",
        "1 | example_url       | https://candidat.francetravail.fr/offres/recherche/detail/184TLPS | https://candidat.francetravail.fr/offres/recherche/detail/184TLPS",
        "1 | as_of             | 2024-11-28  | 2024-11-28",
        "2 | n                 | 3           | 3",
        "2 | median_eur        | n < 5       | n < 5",
        "2 | share_at_or_above | n < 5       | n < 5",
        "2 | experience_years  | ``          | ``",
        "2 | ratio             | ``          | ``",
        "2 | as_of             | ``          | ``",
        "3 | sector            | '=HYPERLINK(\"http://evil.example/\",\"x\") | '=HYPERLINK(\"http://evil.example/\",\"x\")",
        "3 | n                 | -5          | -5",
        "3 | median_eur        | -1500.5     | -1500,5",
        "3 | share_at_or_above | 0.125       | 0,125",
        "3 | experience_years  | 10.25       | 10,25",
        "3 | ratio             | -0.5        | -0,5",
        "3 | low_confidence    | false       | false",
        "3 | verdict           | '@SUM(A1)   | '@SUM(A1)",
        "3 | example_url       | not a url   | not a url",
    })
    void cellsReadBack(int row, String column, String standard, String excelFr) throws IOException {
        Table table = ReportTables.salarySpread();
        int c = table.columns().stream().map(TableColumn::name).toList().indexOf(column);
        Path std = dir.resolve("std.csv");
        Path fr = dir.resolve("fr.csv");
        CsvTableWriter.write(table, std, CsvDialect.STANDARD);
        CsvTableWriter.write(table, fr, CsvDialect.EXCEL_FR);
        assertEquals(standard, read(std, ',').get(row).get(c), "STANDARD");
        assertEquals(excelFr, read(fr, ';').get(row).get(c), "EXCEL_FR");
    }

    @Test
    void excelFrenchDialectHasBomSemicolonsAndCrlf() throws IOException {
        Path file = dir.resolve("fr.csv");
        CsvTableWriter.write(ReportTables.salarySpread(), file, CsvDialect.EXCEL_FR);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("sector;n;median_eur;share_at_or_above;experience_years;ratio;low_confidence;verdict;"
                + "example_url;as_of\r\n", text.substring(0, text.indexOf('\n') + 1));
        assertEquals("Conseil en systèmes et logiciels informatiques;10;52500;0,5;5;1,09375;true;SUPPORTED;"
                + ReportTables.FT_URL + ";2024-11-28\r\n", text.lines().skip(1).findFirst().orElseThrow() + "\r\n");
    }

    @Test
    void standardDialectHasNoBomAndQuotesOnlyWhenNeeded() throws IOException {
        Path file = dir.resolve("std.csv");
        CsvTableWriter.write(ReportTables.salarySpread(), file, CsvDialect.STANDARD);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('s', text.charAt(0));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",-5,-1500.5,0.125,10.25,-0.5,false,"
                + "'@SUM(A1),not a url,2026-01-15", text.split("\r\n")[3]);
    }

    @Test
    void numbersDoNotDependOnTheDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Path tr = dir.resolve("tr.csv");
            CsvTableWriter.write(ReportTables.salarySpread(), tr, CsvDialect.STANDARD);
            Locale.setDefault(Locale.FRANCE);
            Path fr = dir.resolve("fr.csv");
            CsvTableWriter.write(ReportTables.salarySpread(), fr, CsvDialect.STANDARD);
            Locale.setDefault(Locale.ROOT);
            Path root = dir.resolve("root.csv");
            CsvTableWriter.write(ReportTables.salarySpread(), root, CsvDialect.STANDARD);
            assertEquals(Files.readString(root), Files.readString(tr));
            assertEquals(Files.readString(root), Files.readString(fr));
            assertEquals("1.09375", read(tr, ',').get(1).get(5));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
