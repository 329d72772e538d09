package io.techdir.gather;

import static io.techdir.gather.Records.DIR;
import static io.techdir.gather.Records.postings;
import static io.techdir.gather.Records.readAll;
import static io.techdir.gather.Records.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.posting.PostingIds;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code francetravail:} reader on real offers from vimchun/Job-Market-in-France
 * (ft-2024-11-it-1049.json and ft-2024-11-mixed-521.json in shared data); see
 * src/test/resources/gather/README.md for each fixture.
 */
class FranceTravailSourceReaderTest {

    private static SourceReader reader() {
        return SourceReaders.forSpec(SourceSpec.parse("francetravail:" + DIR));
    }

    @Test
    void readsAnArrayOfOffersWithTheLineOfEachOpeningBrace() {
        String file = DIR + "ft-array.json";
        List<SourceRecord> records = readAll(reader(), file);
        assertEquals(List.of("184TLPS", "184QNSD", "184HMRJ", "8441395", "184SLJW"),
                postings(records).stream().map(RawPosting::sourceId).toList());
        assertEquals(List.of(file + ":2", file + ":53", file + ":202", file + ":284",
                file + ":339"), records.stream().map(SourceRecord::record).toList());
    }

    @Test
    void mapsEveryFieldOfAnOffer() {
        // ft-2024-11-it-1049.json, offer 184TLPS (the file's first)
        RawPosting offer = postings(readAll(reader(), DIR + "ft-array.json")).get(0);
        assertEquals("francetravail", offer.source());
        assertEquals("DBA SQL/Big Data (H/F)", offer.title());
        assertEquals("INFORMATIS TECHNOLOGY SYSTM", offer.company());
        assertEquals("78 - Limay", offer.location());
        assertEquals("78520", offer.postalCode());
        assertEquals("FR", offer.country());
        assertEquals("CDI", offer.contract());
        assertEquals("Annuel de 45000.0 Euros à 65000.0 Euros sur 12.0 mois", offer.salaryText());
        assertEquals("5 An(s)", offer.experienceText());
        assertEquals("E", offer.experienceRequirement());
        assertNull(offer.educationText());
        assertEquals("https://candidat.francetravail.fr/offres/recherche/detail/184TLPS",
                offer.url());
        assertEquals("2024-11-28T11:57:05.591Z", offer.datePosted());
        assertEquals("62.02A", offer.nafCode());
        assertEquals("Conseil en systèmes et logiciels informatiques", offer.sectorLabel());
        assertNull(offer.companySize());
        assertEquals("M1801", offer.romeCode());
        assertEquals(Map.of(
                "appellationlibelle", "Administrateur / Administratrice de bases de données",
                "qualificationLibelle", "Cadre",
                "alternance", "false",
                "natureContrat", "Contrat travail",
                "typeContratLibelle", "CDI",
                "dureeTravailLibelleConverti", "Temps plein",
                "competences", "Administrer un système d'informations"), offer.attributes());
        assertEquals(true, offer.description().startsWith("Dans le cadre d'une intégration"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # offer | salaryText | educationText | experienceText
            1 | selon profil ; Chèque repas ; Autre | | 5 An(s)
            2 | Grille indiciaire FPT ; Autre | Bac+3, Bac+4 ou équivalents (E) | 3 An(s) - sur un poste similaire
            3 | Annuel de 35900,00 Euros ; dont 13e mois + allocation vacances | Bac+3, Bac+4 ou équivalents statistique (S) | Expérience exigée de 3 An(s)
            4 | Horaire de 11.88 Euros sur 12 mois ; selon profil ; Autre | Bac ou équivalent (S) | 2 An(s) - ou débutant motivé
            """)
    void joinsSalaryPartsAndFormations(int offer, String salary, String education,
            String experience) {
        RawPosting posting = postings(readAll(reader(), DIR + "ft-array.json")).get(offer);
        assertEquals(salary, posting.salaryText());
        assertEquals(education, posting.educationText());
        assertEquals(experience, posting.experienceText());
    }

    @Test
    void readsAnApiResponseObjectSkippingItsOtherFields() {
        String file = DIR + "ft-response.json";
        List<SourceRecord> records = readAll(reader(), file);
        assertEquals(List.of(file + ":14", file + ":75"),
                records.stream().map(SourceRecord::record).toList());
        assertEquals(List.of("184RWQZ", "7988359"),
                postings(records).stream().map(RawPosting::sourceId).toList());
        assertEquals("55 - 65 k€ brut annuel", postings(records).get(1).salaryText());
    }

    @Test
    void readsAFolderOfJsonFilesSorted() throws Exception {
        SourceReader reader = SourceReaders.forSpec(
                SourceSpec.parse("francetravail:" + DIR + "ft-folder"));
        List<String> files = reader.files();
        assertEquals(List.of(DIR + "ft-folder/a-first.json", DIR + "ft-folder/b-second.json"),
                files);
        List<String> ids = files.stream().flatMap(f -> postings(readAll(reader, f)).stream())
                .map(RawPosting::sourceId).toList();
        assertEquals(List.of("184DBCJ", "184CYMH", "183TZNS"), ids);
    }

    @Test
    void offersWithoutIdOrTitleAndNonObjectsAreRejectedOneEach() {
        String file = DIR + "ft-bad-offers.json";
        List<SourceRecord> records = readAll(reader(), file);
        assertEquals(7, records.size());
        assertEquals(List.of("184JXPJ", "184DKXM"),
                postings(records).stream().map(RawPosting::sourceId).toList());
        assertEquals(List.of(
                "MISSING_SOURCE_ID " + file + ":83: missing id ''; expected the offer's id in field 'id'",
                "MISSING_TITLE " + file + ":164: missing intitule ''; expected the offer's title in field 'intitule'",
                "MALFORMED_ROW " + file + ":209: offer '42'; expected a JSON object",
                "MALFORMED_ROW " + file + ":210: offer '184XXXX'; expected a JSON object",
                "MALFORMED_ROW " + file + ":211: offer 'null'; expected a JSON object"),
                rejects(records).stream().map(r -> r.code() + " " + r.reason()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ft-malformed.json         | 3  | 117 | {f}:117: malformed JSON (Unexpected character ('"' (code 34)): was expecting comma to separate Object entries); expected France Travail offers in well-formed JSON
            ft-not-json.json          | 1  | 1   | {f}:1: malformed JSON (Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')); expected France Travail offers in well-formed JSON
            ft-truncated.json         | 2  | 57  | {f}:57: malformed JSON (Unexpected end-of-input within/between Object entries); expected France Travail offers in well-formed JSON
            ft-object-no-results.json | 1  | 1   | {f}:1: object without "resultats"; expected '[' (an array of offers) or '{' (an API response with "resultats")
            """)
    void aFileThatBreaksYieldsTheOffersBeforeThenOneUnreadableReject(String name, int count,
            int line, String reason) {
        String file = DIR + name;
        List<SourceRecord> records = readAll(reader(), file);
        assertEquals(count, records.size());
        Reject last = (Reject) records.get(count - 1);
        assertEquals(RejectCodes.SOURCE_UNREADABLE, last.code());
        assertEquals(file + ":" + line, last.record());
        assertEquals(reason.replace("{f}", file), last.reason());
    }

    @Test
    void emptyFileHasNoRecords() {
        assertEquals(List.of(), readAll(reader(), DIR + "ft-empty.json"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ft-empty.json    | {f}:1: empty file; expected '[' (an array of offers) or '{' (an API response with "resultats")
            ft-not-json.json | {f}:1: malformed JSON (Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')); expected '[' (an array of offers) or '{' (an API response with "resultats")
            """)
    void checkNamesTheFileAndLine(String name, String message) {
        String file = DIR + name;
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> reader().check(file));
        assertEquals(message.replace("{f}", file), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"ft-array.json", "ft-response.json", "ft-malformed.json", "ft-bad-offers.json"})
    void checkAcceptsFilesThatStartLikeOffers(String name) throws SourceFormatException {
        reader().check(DIR + name);
    }

    @Test
    void sourceOptionRenamesTheSource() {
        RawPosting offer = postings(readAll("francetravail:x?source=ft2", DIR + "ft-array.json"))
                .get(0);
        assertEquals("ft2", offer.source());
    }

    @Test
    void givesEachOfferOfACompactFileItsOwnRecordAndPostingId(@TempDir Path dir) throws IOException {
        // The API answers on one line: every offer's opening brace is on line 1.
        Path file = dir.resolve("compact.json");
        Files.writeString(file, "{\"resultats\": [{\"id\": \"C1\", \"intitule\": \"CTO\"}, "
                + "{\"id\": \"C2\", \"intitule\": \"DSI\"}, 42, {\"id\": \"C3\", \"intitule\": \"DT\"}]}"
                + "\n[{\"id\": \"C4\", \"intitule\": \"CTO\"},\n {\"id\": \"C5\", \"intitule\": \"CTO\"}]\n");
        String f = file.toString();
        List<SourceRecord> records = readAll(reader(), f);
        assertEquals(List.of(f + ":1", f + ":1#2", f + ":1#3", f + ":1#4", f + ":2", f + ":3"),
                records.stream().map(SourceRecord::record).toList());
        assertEquals(f + ":1#3", rejects(records).get(0).record());
        assertEquals(5, postings(records).stream().map(p -> PostingIds.id(p.source(), p.record()))
                .distinct().count());
    }
}
