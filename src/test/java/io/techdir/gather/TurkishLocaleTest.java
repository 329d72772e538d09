package io.techdir.gather;

import static io.techdir.gather.Records.DIR;
import static io.techdir.gather.Records.postings;
import static io.techdir.gather.Records.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.TurkishLocale;
import io.techdir.posting.RawPosting;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Header names and kinds match case-insensitively under a Turkish default locale too. */
@ExtendWith(TurkishLocale.class)
class TurkishLocaleTest {

    @Test
    void theTestsOfTheClassRunUnderTheTurkishLocale() {
        assertEquals(Locale.forLanguageTag("tr-TR"), Locale.getDefault());
        assertEquals("tıtle", "TITLE".toLowerCase()); // what the tests guard against
    }

    @Test
    void upperCaseHeadersWithDottedIStillMatch() {
        // Header "Source_Id;TITLE;Company;LOCATION;...": "TITLE" lower-cased in Turkish is "tıtle".
        String file = DIR + "generic-semicolon-bom.csv";
        List<RawPosting> rows = postings(readAll("csv:" + file, file));
        assertEquals(4, rows.size());
        assertEquals("Administrateur IT / Expert IT F/H (H/F)", rows.get(1).title());
        assertEquals("75 - PARIS 02", rows.get(1).location());
    }

    @Test
    void mappingSignatureMatchesUpperCaseHeader() {
        String file = DIR + "hellowork-reordered.csv";
        RawPosting row = postings(readAll("csv:" + file, file)).get(0);
        assertEquals("hellowork", row.source());
        assertEquals("ARI - Association régionale pour l'intégration", row.company());
    }

    @Test
    void kindIsLowerCasedWithTheRootLocale() {
        assertEquals("francetravail", SourceSpec.parse("FRANCETRAVAIL:x.json").kind());
    }
}
