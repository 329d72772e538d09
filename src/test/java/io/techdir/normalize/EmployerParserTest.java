package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.Employer;
import io.techdir.posting.EmployerKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Employer kind, size band, sector and name from France Travail and Glassdoor fields. */
class EmployerParserTest {

    private static final EmployerParser PARSER = EmployerParser.standard();

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # company                   | naf    | sector                                        | description (excerpt)                                                                 | kind         | source
            INFORMATIS TECHNOLOGY SYSTM | 62.02A | Conseil en systèmes et logiciels informatiques | nous recherchons un DBA Développeur SQL/Big Data passionné pour rejoindre notre équipe | DIRECT       | ft-2024-11-it-1049.json id 184TLPS
            PROMAN                      | 78.20Z | Activités des agences de travail temporaire   | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 184KWTS
            Robert Half International   | 78.10Z | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 8470249
            Michael Page                | 62.09Z | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 8335385 (agency under a wrong NAF)
            Hays France                 | -      | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 7988359
            Synergie                    | -      | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 8497695
            Samsic Emploi               | 68.20B | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 7839583
            Samsic Facility             | -      | -                                             | -                                                                                     | DIRECT       | hellowork-2026-01.csv line 145 (facility services, not the agency)
            EXPECTRA, JBM BUREAU MEDICAL | -     | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 184SPDD
            Gi Group France             | 20.59Z | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 7105132 (agency under its client's NAF)
            Start People                | -      | -                                             | -                                                                                     | INTERMEDIARY | ft-2024-11-it-1049.json id 6768648
            Allia Intérim Rennes GMS    | -      | -                                             | -                                                                                     | INTERMEDIARY | hellowork-2026-01.csv line 978
            PARTNER STRATEGY RH         | 70.21Z | Conseil en relations publiques et communication | Notre client est une entreprise Monégasque, présente à l'international           | INTERMEDIARY | ft-2024-11-it-1049.json id 184RWQZ
            -                           | -      | -                                             | Olcani RH recherche pour le compte d'un de ses clients évoluant dans la distribution  | INTERMEDIARY | ft-2024-11-it-1049.json id 7548137
            -                           | -      | -                                             | Le bureau de recrutement Nextep HR de Rouen recrute pour le compte de son client      | INTERMEDIARY | ft-2024-11-it-1049.json id 6932595
            -                           | -      | -                                             | Talents IT est un cabinet de recrutement national spécialisé dans les MÉTIERS DE L'IT | INTERMEDIARY | ft-2024-11-it-1049.json id 7968020
            -                           | -      | -                                             | Je recrute pour l'un de mes clients dans le secteur de l'automobile                    | INTERMEDIARY | ft-2024-11-it-1049.json id 8382021
            Strategic Employment Partners | -    | Staffing & Outsourcing                        | -                                                                                     | INTERMEDIARY | glassdoor-2020.csv row 520
            Tecolote Research           | -      | Aerospace & Defense                           | -                                                                                     | DIRECT       | glassdoor-2020.csv row 0
            ACME                        | -      | -                                             | Pas de cabinet de recrutement, merci.                                                 | DIRECT       | constructed: negated sign
            ACME                        | -      | -                                             | Cabinet de recrutement s'abstenir.                                                    | DIRECT       | constructed: abstain sign
            ACME                        | -      | -                                             | Nous recrutons pour le compte de notre client, éditeur SaaS.                         | INTERMEDIARY | constructed: NORMALIZATION.md phrase
            """)
    void kind(String company, String naf, String sector, String description, EmployerKind kind,
            String source) {
        assertEquals(kind, PARSER.parse(company, naf, sector, null, description).kind(), source);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # size text                | band     | source
            0 salarié                  | 0-9      | France Travail trancheEffectifEtab value
            1 ou 2 salariés            | 0-9      | France Travail trancheEffectifEtab value
            6 à 9 salariés             | 0-9      | France Travail trancheEffectifEtab value
            10 à 19 salariés           | 10-49    | France Travail trancheEffectifEtab value
            20 à 49 salariés           | 10-49    | France Travail trancheEffectifEtab value
            50 à 99 salariés           | 50-249   | France Travail trancheEffectifEtab value
            200 à 249 salariés         | 50-249   | France Travail trancheEffectifEtab value
            250 à 499 salariés         | 250-4999 | France Travail trancheEffectifEtab value
            2000 à 4999 salariés       | 250-4999 | France Travail trancheEffectifEtab value
            5000 à 9999 salariés       | 5000+    | France Travail trancheEffectifEtab value
            10 000 salariés et plus    | 5000+    | France Travail trancheEffectifEtab value
            Sans salarié               | 0-9      | France Travail trancheEffectifEtab value
            1 to 50 employees          | 0-9      | glassdoor-2020.csv Size (straddles: geometric middle 7)
            51 to 200 employees        | 50-249   | glassdoor-2020.csv row 4
            201 to 500 employees       | 250-4999 | glassdoor-2020.csv Size (straddles: geometric middle 317)
            501 to 1000 employees      | 250-4999 | glassdoor-2020.csv row 0
            1001 to 5000 employees     | 250-4999 | glassdoor-2020.csv Size (straddles: geometric middle 2 237)
            5001 to 10000 employees    | 5000+    | glassdoor-2020.csv row 59
            10000+ employees           | 5000+    | glassdoor-2020.csv Size
            Unknown                    | -        | glassdoor-2020.csv Size
            -1                         | -        | glassdoor-2020.csv Size
            Non renseigné              | -        | constructed
            PME                        | -        | constructed: no figure
            """)
    void sizeBand(String size, String band, String source) {
        assertEquals(band, EmployerParser.sizeBand(size), source);
    }

    @Test
    void glassdoorNameLosesItsRatingAndFieldsAreCleaned() {
        // glassdoor-2020.csv row 0: Company Name "Tecolote Research\n3.8", Size, Industry.
        Employer e = PARSER.parse("Tecolote Research\n3.8", null, "Aerospace &amp; Defense",
                "501 to 1000 employees", "Glassdoor description");
        assertEquals(new Employer("Tecolote Research", EmployerKind.DIRECT, "Aerospace & Defense",
                null, "250-4999"), e);
        assertEquals(new Employer(null, EmployerKind.DIRECT, null, null, null),
                PARSER.parse("-1", null, "-1", "-1", "Une description"));
        assertEquals(new Employer(null, EmployerKind.DIRECT, "Conseil en systèmes et logiciels informatiques",
                "62.02A", null), PARSER.parse("  Inconnu ", "6202a", " Conseil en systèmes  et logiciels informatiques ",
                null, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            62.02A, 62.02A
            6202a, 62.02A
            62.02 A, 62.02A
            78, 78
            '  ', -
            ABC, -
            """)
    void nafCode(String raw, String normalized) {
        assertEquals(normalized, EmployerParser.naf(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # France Travail entreprise.description (ft-2024-11-*.json), the company name empty     | kind
            Expectra, filiale du groupe Randstad France, est l'expert en recrutement de profils cadres  | INTERMEDIARY
            Cette offre d'emploi est publiée par Manpower pour le compte d'un de ses clients             | INTERMEDIARY
            Lynx RH : Recrutement spécialisé en CDI, CDD et intérim                                      | INTERMEDIARY
            Notre client est une société spécialisée dans le développement d'un logiciel de GMAO        | INTERMEDIARY
            Le Département de la Seine-Saint-Denis ... nous oeuvrons à ce que notre politique recrutement reflète la diversité | DIRECT
            Econocom est un groupe européen ... Chargée de recrutement : Laura                          | DIRECT
            Premier acteur du marché du travail en France, Pôle emploi offre aux entreprises des réponses adaptées à leurs besoins de recrutement | DIRECT
            Nous ne travaillons pas avec les cabinets de recrutement ni en travail temporaire             | DIRECT
            """)
    void theCompanysDescriptionOfItselfNamesAnAgencyButAGenericWordIsNotASign(String about, EmployerKind kind) {
        assertEquals(kind, PARSER.parse(null, null, null, null, about, "Administrateur systèmes et réseaux").kind(),
                about);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # description (France Travail 2024, ft-2024-11-*.json)                                     | kind
            UpSkills recherche pour l'un de ses clients, une société basée à Annecy                      | INTERMEDIARY
            Le CabRH recherche pour un de ses clients, un administrateur de base de données              | INTERMEDIARY
            Notre cabinet a été mandaté par son client, un acteur de l'énergie                           | INTERMEDIARY
            L'association intermédiaire 3S cherche à pourvoir un poste de ripeur                        | INTERMEDIARY
            Vous accompagnez l'un de nos clients internes dans ses projets                               | DIRECT
            Our client, a prestigious consulting firm is seeking a Data Engineer with R (glassdoor-2020.csv, Redstream) | INTERMEDIARY
            """)
    void aDescriptionRecruitingForAClientIsAnIntermediarys(String description, EmployerKind kind) {
        assertEquals(kind, PARSER.parse(null, null, null, null, description).kind(), description);
    }

    @Test
    void nothingKnownIsUnknown() {
        assertSame(Employer.UNKNOWN, PARSER.parse(null, null, null, null, null));
        assertSame(Employer.UNKNOWN, PARSER.parse(" ", "", "-1", "Unknown", "  "));
    }

    @Test
    void sameUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(EmployerKind.INTERMEDIARY, PARSER.parse("CRIT INTERIM", null, null, null, null).kind());
            assertEquals(EmployerKind.INTERMEDIARY, PARSER.parse(null, null, "STAFFING & OUTSOURCING", null, null).kind());
            assertEquals("62.02A", PARSER.parse("X", "62.02a", null, null, null).nafCode());
            assertEquals("5000+", EmployerParser.sizeBand("10000+ EMPLOYEES"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    /**
     * What a sector label says is kept per label, and whether it is an intermediary's per
     * parser: each parser's own table decides, whichever parser read the label first.
     */
    @Test
    void aSectorIsReadOncePerParserByItsOwnTable() throws IOException {
        EmployerParser agencies = EmployerParser.of(
                RoleTables.read("a.csv", new StringReader("phrase;where\nconseil en recrutement;sector\n")));
        EmployerParser others = EmployerParser.of(RoleTables.read("b.csv", new StringReader("phrase;where\nadecco;name\n")));
        String label = "Conseil  en recrutement";
        for (int round = 0; round < 2; round++) {
            assertEquals(EmployerKind.INTERMEDIARY, agencies.parse(null, null, label, null, null).kind());
            Employer direct = others.parse(null, null, label, null, null);
            assertEquals(EmployerKind.DIRECT, direct.kind());
            assertEquals("Conseil en recrutement", direct.sector());
        }
        assertEquals(EmployerKind.INTERMEDIARY, agencies.parse(null, null, label, null, null).kind());
    }

    @Test
    void badTableRowNamesFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmployerParser.of(
                RoleTables.read("i.csv", new StringReader("phrase;where\nadecco;name\nrandstad;company\n"))));
        assertEquals("i.csv:3: where 'company'; expected 'name', 'name only', 'sector' or 'text'", e.getMessage());
    }

    @Test
    void aMalformedCellNamesTheTable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RoleTables.read("i.csv",
                new StringReader("phrase;where;note\nour client a;text;\"Our client, a firm\" (Glassdoor)\n")));
        assertTrue(e.getMessage().startsWith("i.csv: ") && e.getMessage().contains("line: 2"), e.getMessage());
    }

    @Test
    void readerErrorsAreNotSwallowed() {
        assertThrows(IOException.class, () -> RoleTables.read("x.csv", new java.io.Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        }));
    }
}
