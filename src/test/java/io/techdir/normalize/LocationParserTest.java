package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.posting.Place;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places from France Travail, HelloWork and Glassdoor forms, and the département table. */
class LocationParserTest {

    private static final LocationParser PARSER = LocationParser.standard();

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # location                | postal | country  | default | dept | region                     | country | source
            78 - Limay                | 78520  | -        | FR      | 78   | Île-de-France              | FR | ft-2024-11-it-1049.json id 184TLPS
            2A - SARROLA CARCOPINO    | 20167  | -        | FR      | 2A   | Corse                      | FR | ft-2024-11-it-1049.json id 182RJMN
            974 - Réunion             | -      | -        | FR      | 974  | La Réunion                 | FR | ft-2024-11-mixed-521.json id 184PXMG
            75                        | -      | -        | FR      | 75   | Île-de-France              | FR | ft-2024-11-it-1049.json id 7898310
            92 - Hauts de Seine       | -      | -        | FR      | 92   | Île-de-France              | FR | ft-2024-11-it-1049.json id 7968020
            France                    | -      | -        | FR      | -    | -                          | FR | ft-2024-11-it-1049.json id 7695246
            Hauts-de-France           | -      | -        | FR      | -    | Hauts-de-France            | FR | ft-2024-11-it-1049.json id 6932595
            Ile-de-France             | -      | -        | FR      | -    | Île-de-France              | FR | ft-2024-11-it-1049.json id 7861464
            Auvergne-Rhône-Alpes      | -      | -        | FR      | -    | Auvergne-Rhône-Alpes       | FR | ft-2024-11-mixed-521.json id 183VXHS
            Principauté de Monaco     | -      | -        | FR      | -    | -                          | MC | ft-2024-11-it-1049.json id 184RWQZ
            Luxembourg (Frontalier)   | -      | -        | FR      | -    | -                          | LU | ft-2024-11-it-1049.json id 183ZFRB
            Québec Canada             | -      | -        | FR      | -    | QC                         | CA | ft-2024-11-it-1049.json id 180YJJH
            Marseille 14e - 13        | -      | -        | FR      | 13   | Provence-Alpes-Côte d'Azur | FR | hellowork-2026-01.csv line 2
            Nord - 59                 | -      | -        | FR      | 59   | Hauts-de-France            | FR | hellowork-2026-01.csv line 3
            Lyon 3e - 69              | -      | -        | FR      | 69   | Auvergne-Rhône-Alpes       | FR | hellowork-2026-01.csv line 280
            Paris 8e - 75             | -      | -        | FR      | 75   | Île-de-France              | FR | hellowork-2026-01.csv line 283
            Saint-Étienne - 42        | -      | -        | FR      | 42   | Auvergne-Rhône-Alpes       | FR | hellowork-2026-01.csv line 56
            Albuquerque, NM           | -      | -        | US      | -    | NM                         | US | glassdoor-2020.csv row 0
            New York, NY              | -      | -        | -       | -    | NY                         | US | glassdoor-2020.csv row 4
            Albuquerque, NM           | -      | -        | FR      | -    | NM                         | US | constructed: a US form on a French board
            Paris (75)                | -      | -        | FR      | 75   | Île-de-France              | FR | constructed: CSV-INPUT.md example
            75008 Paris               | -      | -        | -       | 75   | Île-de-France              | FR | constructed: postal code in the text
            Lyon                      | -      | -        | FR      | 69   | Auvergne-Rhône-Alpes       | FR | constructed: CSV-INPUT.md example
            Île-de-France             | -      | -        | FR      | -    | Île-de-France              | FR | constructed: CSV-INPUT.md example
            Paris 15                  | -      | -        | FR      | 75   | Île-de-France              | FR | constructed: arrondissement without "e"
            Hauts-de-Seine            | -      | -        | -       | 92   | Île-de-France              | FR | constructed: département name alone
            Rhône-Alpes               | -      | -        | FR      | -    | Auvergne-Rhône-Alpes       | FR | constructed: pre-2016 region
            Corse                     | -      | -        | FR      | -    | Corse                      | FR | constructed: region
            Limay                     | 78520  | -        | FR      | 78   | Île-de-France              | FR | constructed: postal-code field decides
            -                         | 20200  | -        | FR      | 2B   | Corse                      | FR | constructed: 20200 and above is 2B
            -                         | 97411  | -        | FR      | 974  | La Réunion                 | FR | constructed: overseas postal code
            -                         | 98000  | -        | FR      | -    | -                          | FR | constructed: Monaco postal code is no département
            Limay                     | -      | -        | FR      | -    | -                          | FR | constructed: unknown town, default country
            Remote                    | -      | -        | US      | -    | -                          | US | constructed: remote gives the country only
            Télétravail               | -      | France   | -       | -    | -                          | FR | constructed: country name argument
            Bruxelles                 | -      | Belgique | FR      | -    | -                          | BE | constructed: country argument wins
            Paris (75)                | -      | BE       | FR      | -    | -                          | BE | constructed: a département only for France
            -                         | -      | fr       | -       | -    | -                          | FR | constructed: lower-case ISO code
            Luxembourg (Frontalier)   | -      | FR       | FR      | -    | -                          | LU | ft-2024-11-it-1049.json line 13134: the text's country wins over the source's
            Principauté de Monaco     | -      | FR       | FR      | -    | -                          | MC | ft-2024-11-it-1049.json line 53
            Québec Canada             | -      | FR       | FR      | -    | QC                         | CA | ft-2024-11-it-1049.json line 17376
            Allemagne                 | -      | FR       | FR      | -    | -                          | DE | hellowork-2026-01.csv line 493
            Oregon                    | -      | US       | US      | -    | OR                         | US | glassdoor-2020.csv line 947: a state's name
            New Jersey                | -      | US       | US      | -    | NJ                         | US | glassdoor-2020.csv line 2945
            Virginia                  | -      | -        | FR      | -    | VA                         | US | constructed: a state's name alone
            Maine-et-Loire            | -      | FR       | FR      | 49   | Pays de la Loire           | FR | constructed: a département, not the state of Maine
            Berlin, DE                | -      | DE       | DE      | -    | -                          | DE | constructed: a "City, ST" form does not outweigh the source's country
            04 - Allemagne-en-Provence | -     | FR       | FR      | 04   | Provence-Alpes-Côte d'Azur | FR | constructed: a commune named like a country
            """)
    void places(String location, String postal, String country, String defaultCountry,
            String department, String region, String expectedCountry, String source) {
        assertEquals(new Place(department, region, expectedCountry),
                PARSER.parse(location, postal, country, defaultCountry), source);
    }

    @Test
    void nothingKnownIsUnknown() {
        assertSame(Place.UNKNOWN, PARSER.parse(null, null, null, null));
        assertSame(Place.UNKNOWN, PARSER.parse("  ", "", "", ""));
        assertSame(Place.UNKNOWN, PARSER.parse("Somewhere", "ABCDE", "Atlantis", "ZZ"));
    }

    @Test
    void sameUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(new Place("75", "Île-de-France", "FR"), PARSER.parse("PARIS (75)", null, null, "FR"));
            assertEquals(new Place(null, "Île-de-France", "FR"), PARSER.parse("ILE-DE-FRANCE", null, null, "fr"));
            assertEquals(new Place(null, "IN", "US"), PARSER.parse("Indianapolis, in", null, null, "US"));
            assertEquals(new Place("69", "Auvergne-Rhône-Alpes", "FR"), PARSER.parse("LYON", null, "FRANCE", null));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void departementTableIsComplete() {
        Departments d = Departments.standard();
        assertEquals(101, d.size());
        assertEquals(18, d.regionCount());
        assertEquals("Corse", d.byCode("2b").orElseThrow().region());
        assertEquals("Mayotte", d.byPostalCode("97600").orElseThrow().name());
        assertEquals("2A", d.byPostalCode("20199").orElseThrow().code());
        assertEquals("Territoire de Belfort", d.byName("territoire de belfort").orElseThrow().name());
    }

    @Test
    void badDepartementRowNamesFileAndLine() throws IOException {
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> Departments.of(
                RoleTables.read("d.csv", new StringReader("code;name;region\n75;Paris;Île-de-France\n20;Corse;Corse\n"))));
        assertEquals("d.csv:3: code '20'; expected a département code like 01, 2A or 971", bad.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> Departments.of(
                RoleTables.read("d.csv", new StringReader("code;name;region\n75;Paris;IdF\n75;Paris;IdF\n"))));
        assertEquals("d.csv:3: code '75'; expected each code once", twice.getMessage());
    }
}
