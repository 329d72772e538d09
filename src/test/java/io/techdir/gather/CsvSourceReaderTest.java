package io.techdir.gather;

import static io.techdir.gather.Records.DIR;
import static io.techdir.gather.Records.postings;
import static io.techdir.gather.Records.readAll;
import static io.techdir.gather.Records.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code csv:} reader on real excerpts: HelloWork (bthuk/Web-Scraping
 * dataset_hellowork_v3_france.csv), Glassdoor (PlayingNumbers/ds_salary_proj glassdoor_jobs.csv)
 * and generic-format files re-expressed from France Travail offers; see
 * src/test/resources/gather/README.md for each fixture's origin.
 */
class CsvSourceReaderTest {

    private static final String NNBSP = "\u202f";

    @Test
    void helloWorkExportIsDetectedFromItsHeader() {
        String file = DIR + "hellowork-excerpt.csv";
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(12, records.size());
        assertEquals(12, postings(records).size());
        RawPosting first = postings(records).get(0);
        // hellowork-2026-01.csv line 2 (the BOM before the header is skipped)
        assertEquals("hellowork", first.source());
        assertEquals("74517975", first.sourceId());
        assertEquals(file + ":2", first.record());
        assertEquals("Éducateur Spécialisé H/F", first.title());
        assertEquals("ARI - Association régionale pour l'intégration", first.company());
        assertEquals("Marseille 14e - 13", first.location());
        assertEquals("CDI", first.contract());
        assertEquals("42" + NNBSP + "000 € / an", first.salaryText());
        assertEquals("https://www.hellowork.com/fr-fr/emplois/74517975.html", first.url());
        assertEquals("FR", first.country());
        // the mapping's attribute: the export cuts hourly amounts short (normalizer flags them)
        assertEquals(Map.of("salary_truncated_periods", "HOUR"), first.attributes());
    }

    @Test
    void helloWorkRepeatedRowsShareTheirSourceId() {
        String file = DIR + "hellowork-excerpt.csv";
        List<RawPosting> rows = postings(readAll("csv:" + file, file));
        // Lines 12 and 13 are hellowork-2026-01.csv lines 52 and 90: the same row twice.
        assertEquals("74526936", rows.get(10).sourceId());
        assertEquals(rows.get(10).sourceId(), rows.get(11).sourceId());
        assertEquals(file + ":13", rows.get(11).record());
        assertEquals(11, rows.stream().map(RawPosting::sourceId).distinct().count());
    }

    @Test
    void helloWorkHeaderInAnyOrderAndCaseStillMatchesAndIdFallsBackToARowHash() {
        String file = DIR + "hellowork-reordered.csv";
        List<RawPosting> rows = postings(readAll("csv:" + file, file));
        assertEquals(2, rows.size());
        assertEquals("74517975", rows.get(0).sourceId());
        assertEquals("Marseille 14e - 13", rows.get(0).location());
        assertEquals(Map.of("Note", "4,5", "salary_truncated_periods", "HOUR"), rows.get(0).attributes());
        // No URL: the id is a hash of the row, stable across runs.
        assertEquals(16, rows.get(1).sourceId().length());
        assertEquals(rows.get(1).sourceId(),
                postings(readAll("csv:" + file, file)).get(1).sourceId());
    }

    @Test
    void glassdoorExportMapsIndexCompanyAndDefaults() {
        String file = DIR + "glassdoor-excerpt.csv";
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(6, records.size());
        List<RawPosting> rows = postings(records);
        assertEquals(List.of("0", "1", "2", "3", "24", "48"),
                rows.stream().map(RawPosting::sourceId).toList());
        // Multi-line descriptions: each record starts on the line after the previous one ends.
        assertEquals(List.of(2, 23, 70, 106, 151, 201), rows.stream()
                .map(r -> Integer.parseInt(r.record().substring(file.length() + 1))).toList());
        RawPosting first = rows.get(0);
        assertEquals("glassdoor", first.source());
        assertEquals("Data Scientist", first.title());
        assertEquals("Tecolote Research", first.company());
        assertEquals("Albuquerque, NM", first.location());
        assertEquals("$53K-$91K (Glassdoor est.)", first.salaryText());
        assertEquals("501 to 1000 employees", first.companySize());
        assertEquals("Aerospace & Defense", first.sectorLabel());
        assertEquals("US", first.country());
        assertTrue(first.description().startsWith("Data Scientist\nLocation: Albuquerque, NM\n"));
        assertEquals("USD", first.attributes().get("currency"));
        assertEquals("3.8", first.attributes().get("Rating"));
        assertEquals("Goleta, CA", first.attributes().get("Headquarters"));
        assertFalse(first.attributes().containsKey("Competitors"), "-1 means none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # file record (index)  | salary_text (-1 in the export means none)
            4 | ''
            5 | Employer Provided Salary:$150K-$160K
            """)
    void glassdoorMinusOneIsNone(int row, String salary) {
        String file = DIR + "glassdoor-excerpt.csv";
        RawPosting posting = postings(readAll("csv:" + file, file)).get(row);
        assertEquals(salary.isEmpty() ? null : salary, posting.salaryText());
    }

    @ParameterizedTest
    @CsvSource({"generic-comma.csv", "generic-semicolon-bom.csv"})
    void genericFormatReadsCommaOrSemicolonWithOrWithoutBom(String name) {
        String file = DIR + name;
        List<RawPosting> rows = postings(readAll("csv:" + file, file));
        assertEquals(List.of("183NXVQ", "8470249", "7988359", "7898310"),
                rows.stream().map(RawPosting::sourceId).toList());
        assertEquals(List.of(file + ":2", file + ":9", file + ":14", file + ":22"),
                rows.stream().map(RawPosting::record).toList());
        RawPosting second = rows.get(1);
        // ft-2024-11-it-1049.json offer 8470249
        assertEquals("csv", second.source());
        assertEquals("Administrateur IT / Expert IT F/H (H/F)", second.title());
        assertEquals("Robert Half International", second.company());
        assertEquals("75 - PARIS 02", second.location());
        assertEquals("CDD", second.contract());
        assertEquals("Annuel de 70000,00 Euros à 80000,00 Euros", second.salaryText());
        assertEquals("Expérience souhaitée de 4 An(s)", second.experienceText());
        assertNull(second.educationText());
        assertEquals("2024-11-28", second.datePosted());
        assertEquals("M1801", second.romeCode());
        assertNull(second.country(), "generic CSV without a country column: source default");
        assertTrue(second.description().contains("\nMissions\n"));
        assertEquals("non", second.attributes().values().iterator().next());
    }

    @Test
    void rejectsRowsWithoutIdOrTitleOrWithWrongFieldCountAndSkipsBlankLines() {
        String file = DIR + "generic-rejects.csv";
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(List.of(file + ":2", file + ":3", file + ":4", file + ":6", file + ":7",
                file + ":9", file + ":10"), records.stream().map(SourceRecord::record).toList());
        assertEquals(List.of(
                "MISSING_SOURCE_ID " + file + ":3: missing source_id ''; expected a value in column 'source_id'",
                "MISSING_TITLE " + file + ":4: missing title ''; expected a value in column 'title'",
                "MALFORMED_ROW " + file + ":6: wrong number of fields '5'; expected 4 as in the header",
                "MALFORMED_ROW " + file + ":9: wrong number of fields '2'; expected 4 as in the header"),
                rejects(records).stream().map(r -> r.code() + " " + r.reason()).toList());
        assertEquals(Set.of("csv"), records.stream().map(SourceRecord::source)
                .collect(Collectors.toSet()));
        assertEquals("Technicien de Maintenance\nConfirmé H/F", postings(records).get(1).title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            generic-bad-quoting.csv    | 3 | CSVException: (startline 3) EOF reached before encapsulated token finished
            generic-bad-quote-char.csv | 3 | CSVException: Invalid character between encapsulated token and delimiter at line: 3, position: 106
            """)
    void aRowThatCannotBeParsedIsRejectedAndReadingGoesOnAtTheNextLine(String name, int line, String what) {
        // line 3 opens a quote it never closes, or puts a character after a closing quote; line 4
        // is a good row, which the quote no longer takes with it
        String file = DIR + name;
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(List.of(file + ":2", file + ":3", file + ":4"), records.stream().map(SourceRecord::record).toList());
        Reject bad = (Reject) records.get(1);
        assertEquals(RejectCodes.MALFORMED_ROW, bad.code());
        assertEquals(file + ":" + line + ": cannot parse this row (" + what + "); expected RFC 4180 quoting: the row"
                + " is left out and reading goes on at the next line", bad.reason());
        assertEquals(List.of("74517975", "74517950"), postings(records).stream().map(RawPosting::sourceId).toList());
    }

    @Test
    void rowsAfterASkippedRowKeepTheirLineNumbers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path csv = dir.resolve("broken.csv");
        java.nio.file.Files.writeString(csv, "source_id,title,description\n"
                + "A1,CTO,\"two\nlines\"\n"          // lines 2-3
                + "A2,CTO,\"bad\"x\n"                  // line 4: a character after the closing quote
                + "A3,CTO,\"three\nmore\nlines\"\n"  // lines 5-7
                + "A4,CTO,\"never closed\n"            // line 8: the quote runs to the end
                + "A5,CTO,fine\n"                       // line 9
                + "A6,CTO,\"x\"y\n"                    // line 10: bad again
                + "A7,CTO,last\n");                     // line 11
        String file = csv.toString();
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(List.of(file + ":2", file + ":4", file + ":5", file + ":8", file + ":9", file + ":10",
                file + ":11"), records.stream().map(SourceRecord::record).toList());
        assertEquals(List.of("A1", "A3", "A5", "A7"), postings(records).stream().map(RawPosting::sourceId).toList());
        assertEquals(List.of(file + ":4", file + ":8", file + ":10"), rejects(records).stream()
                .map(Reject::record).toList());
        assertTrue(rejects(records).stream().allMatch(r -> r.code().equals(RejectCodes.MALFORMED_ROW)));
    }

    /** The records of a file read with Commons CSV alone (the scanner's fallback). */
    private static List<SourceRecord> commonsOnly(String file) {
        List<SourceRecord> out = new java.util.ArrayList<>();
        new CsvRecordIterator(file, new CsvSourceReader(SourceSpec.parse("csv:" + file)), false)
                .forEachRemaining(out::add);
        return out;
    }

    /**
     * A CR not followed by LF (a lone CR) ends no line of a file whose header line ends with LF or
     * CRLF: a stray CR inside a field stays in it, the record is not cut in two (it was: two
     * MALFORMED_ROW rejects, or a posting cut short and a reject), and the lines after it keep
     * their numbers, in rejects, after a row that cannot be parsed and where the text stops being
     * UTF-8. Commons CSV alone reads the same.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\n", "\r\n"})
    void aLoneCrInsideARecordIsPartOfItsFieldAndEndsNoLine(String eol, @TempDir Path dir) throws IOException {
        Path csv = dir.resolve("stray-cr.csv");
        Files.writeString(csv, String.join(eol, "source_id,title,company,description",
                "A1,CTO,Acme\rGroup,text",           // line 2: a stray CR in an unquoted field
                "A2,CTO,Beta,\"quoted\rtoo\"",      // line 3: and in a quoted one
                "A3,,Gamma,x",                          // line 4: no title
                "A4,DSI,Delta,\"bad\"x",             // line 5: a character after a closing quote
                "A5,DSI,Epsilon,last\r") + eol);       // line 6: a CR before the line end
        String file = csv.toString();
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(List.of(file + ":2", file + ":3", file + ":4", file + ":5", file + ":6"),
                records.stream().map(SourceRecord::record).toList());
        List<RawPosting> rows = postings(records);
        assertEquals(List.of("A1", "A2", "A5"), rows.stream().map(RawPosting::sourceId).toList());
        assertEquals("Acme\rGroup", rows.get(0).company());
        assertEquals("text", rows.get(0).description());
        assertEquals("quoted\rtoo", rows.get(1).description());
        assertEquals("last", rows.get(2).description(), "an end-of-line CR (eol LF) is stripped as white space");
        assertEquals(List.of("MISSING_TITLE " + file + ":4", "MALFORMED_ROW " + file + ":5"),
                rejects(records).stream().map(r -> r.code() + " " + r.record()).toList());
        assertEquals(records, commonsOnly(file));

        Path latin = dir.resolve("stray-cr-latin.csv");
        Files.write(latin, ("source_id,title" + eol + "A1,CT\rO" + eol + "A2,R\u00e9seau" + eol)
                .getBytes(StandardCharsets.ISO_8859_1));
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse("csv:" + latin)).check(latin.toString()));
        assertTrue(e.getMessage().contains("not valid UTF-8 at line 3 (byte 0xE9"), e.getMessage());
    }

    /** A file whose header line ends with a lone CR (old Mac) ends its lines with CR, as before. */
    @Test
    void aHeaderEndingWithALoneCrMakesCrTheLineEnd(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("mac.csv");
        Files.writeString(csv, "source_id,title,description\rA1,CTO,\"two\rlines\"\rA2,CTO,\"bad\"x\rA3,DSI,z\r");
        String file = csv.toString();
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(List.of(file + ":2", file + ":4", file + ":5"),
                records.stream().map(SourceRecord::record).toList());
        assertEquals(List.of("A1", "A3"), postings(records).stream().map(RawPosting::sourceId).toList());
        assertEquals("two\rlines", postings(records).get(0).description());
        assertEquals(records, commonsOnly(file));
    }

    @Test
    void textNotInTheCharsetIsUnreadableAndTheEncodingOptionReadsIt() {
        String file = DIR + "generic-windows-1252.csv";
        List<SourceRecord> records = readAll("csv:" + file, file);
        assertEquals(1, records.size());
        // the first byte that is not UTF-8 is named, with its line: 0xE9 ("é" in windows-1252)
        String where = "not valid UTF-8 at line 2 (byte 0xE9, offset 53); expected UTF-8 text, or the file's"
                + " encoding as an option: csv:" + file + "?encoding=windows-1252";
        assertEquals(file + ":1: cannot read from here: " + where, ((Reject) records.get(0)).reason());
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse("csv:" + file)).check(file));
        assertEquals(file + ": " + where, e.getMessage());
        RawPosting row = postings(readAll("csv:" + file + "?encoding=windows-1252", file)).get(0);
        assertEquals("Administrateur de Réseau  H/F", row.title());
    }

    @Test
    void sourceColumnSetsTheSourcePerRowElseTheOptionElseCsv() {
        String file = DIR + "generic-source-column.csv";
        assertEquals(List.of("synthetic", "csv", "synthetic"),
                readAll("csv:" + file, file).stream().map(SourceRecord::source).toList());
        assertEquals(List.of("synthetic", "mine", "synthetic"),
                readAll("csv:" + file + "?source=mine", file).stream().map(SourceRecord::source)
                        .toList());
        assertEquals("FR", postings(readAll("csv:" + file, file)).get(0).country());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csv:{f}generic-missing-column.csv           | generic-missing-column.csv | {f}generic-missing-column.csv:1: missing required column 'source_id'; expected columns source_id, title (got: id, intitule, company)
            csv:{f}generic-duplicate-column.csv         | generic-duplicate-column.csv | {f}generic-duplicate-column.csv:1: duplicate column 'Title'; expected each column once (got: source_id, title, Title)
            csv:{f}generic-empty.csv                    | generic-empty.csv          | {f}generic-empty.csv:1: empty file; expected a header line
            csv:{f}hellowork-excerpt.csv?mapping=none   | hellowork-excerpt.csv      | {f}hellowork-excerpt.csv:1: missing required column 'source_id'; expected columns source_id, title (got: Titre, Entreprise, Localisation, Contrat, Salaire, Lien)
            csv:{f}generic-missing-column.csv?mapping=hellowork | generic-missing-column.csv | {f}generic-missing-column.csv:1: missing required column 'Titre' (title, mapping hellowork); expected columns Titre (got: id, intitule, company)
            """)
    void checkNamesTheFileLineAndTheMissingColumn(String spec, String name, String message) {
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse(spec.replace("{f}", DIR)));
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> reader.check(DIR + name));
        assertEquals(message.replace("{f}", DIR), e.getMessage());
        // read() reports the same problem as one reject instead of throwing
        List<SourceRecord> records = readAll(reader, DIR + name);
        assertEquals(1, records.size());
        assertEquals(message.replace("{f}", DIR), ((Reject) records.get(0)).reason());
    }

    @ParameterizedTest
    @CsvSource({"hellowork-excerpt.csv", "glassdoor-excerpt.csv", "generic-comma.csv",
            "generic-semicolon-bom.csv", "generic-rejects.csv", "hellowork-reordered.csv"})
    void checkAcceptsGoodHeaders(String name) throws SourceFormatException {
        SourceReaders.forSpec(SourceSpec.parse("csv:" + DIR)).check(DIR + name);
    }

    @Test
    void delimiterOptionOverridesDetection() {
        String file = DIR + "generic-semicolon-bom.csv";
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse("csv:" + file + "?delimiter=,"));
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> reader.check(file));
        assertTrue(e.getMessage().startsWith(file + ":1: missing required column 'source_id'"),
                e.getMessage());
    }

    @Test
    void mappingFileGivenByPath(@TempDir Path dir) throws IOException {
        Path mapping = dir.resolve("board.properties");
        Files.writeString(mapping, """
                source=board
                country=BE
                column.source_id=Ref
                column.title=Poste
                attribute.currency=EUR
                """, StandardCharsets.UTF_8);
        Path csv = dir.resolve("board.csv");
        Files.writeString(csv, "Ref;Poste;Ville\n7898310;Administrateur de Réseau  H/F;Toulouse\n",
                StandardCharsets.UTF_8);
        List<RawPosting> rows = postings(readAll("csv:" + csv + "?mapping=" + mapping, csv.toString()));
        assertEquals(1, rows.size());
        assertEquals("board", rows.get(0).source());
        assertEquals("7898310", rows.get(0).sourceId());
        assertEquals("BE", rows.get(0).country());
        assertEquals(Map.of("Ville", "Toulouse", "currency", "EUR"), rows.get(0).attributes());
    }

    @Test
    void badMappingFileIsNamed(@TempDir Path dir) throws IOException {
        Path mapping = dir.resolve("bad.properties");
        Files.writeString(mapping, "source=board\ncolumns.title=Poste\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse("csv:x.csv?mapping=" + mapping)));
        assertEquals("bad --source 'csv:x.csv?mapping=" + mapping + "': " + mapping
                + ": unknown key 'columns.title'; expected one of source, country, signature, "
                + "null_values, id.from_url, id.hash, column.COLUMN, clean.COLUMN, attribute.NAME",
                e.getMessage());
    }

    @Test
    void filesOfAFolderAreItsCsvFilesSorted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.csv"), "source_id,title\n");
        Files.writeString(dir.resolve("A.CSV"), "source_id,title\n");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.writeString(dir.resolve(".hidden.csv"), "x");
        Files.createDirectory(dir.resolve("sub.csv"));
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse("csv:" + dir));
        assertEquals(List.of(dir.resolve("A.CSV").toString(), dir.resolve("b.csv").toString()),
                reader.files());
        String file = DIR + "generic-comma.csv";
        assertEquals(List.of(file), SourceReaders.forSpec(SourceSpec.parse("csv:" + file)).files());
    }

    @Test
    void missingOrEmptyLocationsAreUnavailable(@TempDir Path dir) {
        SourceUnavailableException missing = assertThrows(SourceUnavailableException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse("csv:" + dir + "/nope")).files());
        assertEquals(dir + "/nope: no such file or folder", missing.getMessage());
        SourceUnavailableException empty = assertThrows(SourceUnavailableException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse("csv:" + dir)).files());
        assertEquals(dir + ": no .csv file in folder; expected at least one", empty.getMessage());
    }

    @Test
    void readingAMissingFileYieldsOneUnreadableReject() {
        List<SourceRecord> records = readAll("csv:x.csv", "no/such.csv");
        assertEquals(1, records.size());
        Reject reject = (Reject) records.get(0);
        assertEquals("no/such.csv:1", reject.record());
        assertEquals("no/such.csv:1: cannot read (NoSuchFileException: no/such.csv); "
                + "expected a readable file", reject.reason());
    }

    @Test
    void iteratorIsLazyAndCanBeClosedEarly() throws Exception {
        String file = DIR + "hellowork-excerpt.csv";
        Iterator<SourceRecord> it = SourceReaders.forSpec(SourceSpec.parse("csv:" + file)).read(file);
        assertTrue(it.hasNext());
        it.next();
        assertTrue(it.hasNext());
        ((AutoCloseable) it).close();
        assertFalse(it.hasNext());
        assertThrows(java.util.NoSuchElementException.class, it::next);
    }
}
