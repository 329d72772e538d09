package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.Role;
import io.techdir.posting.RoleDomain;
import io.techdir.posting.RoleFamily;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role family and domain: the labelled title sets of {@code src/test/resources/normalize/}
 * (see the README there) must be classified 100 % right; codes, gender forms, table errors.
 */
class RoleClassifierTest {

    private static final RoleClassifier CLASSIFIER = RoleClassifier.standard();

    @ParameterizedTest(name = "{5}: {0}")
    @CsvFileSource(resources = {"/normalize/titles-rome.csv", "/normalize/titles-real.csv",
        "/normalize/titles-constructed.csv"}, delimiter = ';', numLinesToSkip = 1,
            maxCharsPerColumn = 8192)
    void labelledTitles(String title, RoleFamily family, RoleDomain domain, String naf,
            String description, String source) {
        Role role = CLASSIFIER.classify(title, description, naf, null);
        assertEquals(family, role.family(), () -> "family of '" + title + "' (" + source + ")");
        assertEquals(domain, role.domain(), () -> "domain of '" + title + "' (" + source + ")");
    }

    @Test
    void labelledSetIsLargeAndMixed() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String file : List.of("titles-rome.csv", "titles-real.csv", "titles-constructed.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/normalize/" + file)) {
                for (RoleTables.Row row : RoleTables.read(file,
                        new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
                    rows.add(new String[] {row.get("title"), row.get("family")});
                }
            }
        }
        assertTrue(rows.size() >= 300, "labelled titles: " + rows.size());
        for (RoleFamily family : RoleFamily.values()) {
            long n = rows.stream().filter(r -> r[1].equals(family.name())).count();
            assertTrue(n >= 15, family + " rows: " + n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # title                                             | naf    | source rome | family             | domain     | rome  | isco
            Directeur / Directrice des systèmes d'information   | -      | -           | CIO                | -          | M1803 | 1330
            Chief Technical Officer - CTO                       | -      | M1806       | TECHNICAL_DIRECTOR | IT_DIGITAL | M1806 | 1330
            Directeur technique                                 | 62.02A | -           | TECHNICAL_DIRECTOR | IT_DIGITAL | -     | 1330
            Directeur technique                                 | 25.62A | H2502       | TECHNICAL_DIRECTOR | INDUSTRY   | H2502 | 1321
            Directeur technique                                 | 43.21A | -           | TECHNICAL_DIRECTOR | CONSTRUCTION | -   | 1323
            Directeur technique                                 | 90.04Z | -           | TECHNICAL_DIRECTOR | CULTURE_EVENTS | - | -
            Directeur R&D                                       | -      | -           | TECHNICAL_DIRECTOR | OTHER      | H1206 | 1223
            Directeur général adjoint (DGA)                     | -      | -           | GENERAL_MANAGEMENT | -          | M1301 | 1120
            Gérant / Gérante de restaurant                      | -      | -           | GENERAL_MANAGEMENT | -          | -     | 1412
            Directeur industriel / Directrice industrielle      | -      | -           | INDUSTRIAL_DIRECTOR | -         | H2502 | 1321
            Directeur commercial export                         | -      | -           | SALES_DIRECTOR     | -          | M1707 | 1221
            DBA SQL/Big Data (H/F)                              | 62.02A | M1801       | OTHER              | -          | M1801 | -
            Responsable technique                               | -      | m1801       | OTHER              | -          | M1801 | -
            Responsable technique                               | -      | 999         | OTHER              | -          | -     | -
            """)
    void codes(String title, String naf, String sourceRome, RoleFamily family, RoleDomain domain,
            String rome, String isco) {
        // "DBA SQL/Big Data (H/F)": ft-2024-11-it-1049.json id 184TLPS (romeCode M1801).
        assertEquals(new Role(family, domain, rome, isco), CLASSIFIER.classify(title, null, naf, sourceRome));
    }

    @Test
    void nothingKnownIsOther() {
        assertSame(Role.OTHER, CLASSIFIER.classify(null, null, null, null));
        assertSame(Role.OTHER, CLASSIFIER.classify("   ", "", "", ""));
        assertSame(Role.OTHER, CLASSIFIER.classify("(H/F)", null, null, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Directeur / Directrice technique                                  | directeur technique
            Directeur·rice Technique (H/F)                                    | directeur technique
            Directeur(trice) Général(e) Adjoint(e)                            | directeur general adjoint
            Président Directeur Général / Présidente Directrice Générale -PDG- | president directeur general pdg
            DIRECTEUR R & D F/H                                               | directeur r&d
            Directeur adjoint des systèmes d’information (h/f/d)              | directeur des systemes d information
            Chef.fe département gestion de configuration f/h (H/F)           | chef departement gestion de configuration
            Un/Une agent(e) polyvalent(e) des services techniques (H/F)       | un une agent polyvalent des services techniques
            Administrateur système Office 365 / active directory H/F          | administrateur systeme office 365 active directory
            """)
    void titleWords(String title, String words) {
        // The last three: ft-2024-11-it-1049.json id 7961517, ft-2024-11-mixed-521.json
        // id 183TLJY, ft-2024-11-it-1049.json id 8471103.
        assertEquals(words, String.join(" ", RoleText.titleTokens(title)));
    }

    @Test
    void sameUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(RoleFamily.CIO, CLASSIFIER.classify("DIRECTEUR INFORMATIQUE", null, null, null).family());
            assertEquals(RoleFamily.CIO, CLASSIFIER.classify("CIO", null, null, null).family());
            assertEquals(RoleFamily.TECHNICAL_DIRECTOR,
                    CLASSIFIER.classify("DIRECTEUR TECHNIQUE INDUSTRIEL", null, null, null).family());
            assertEquals(RoleDomain.INDUSTRY,
                    CLASSIFIER.classify("DIRECTEUR TECHNIQUE INDUSTRIEL", null, null, null).domain());
            assertEquals(RoleFamily.OTHER, CLASSIFIER.classify("VICE PRESIDENT", null, null, null).family());
            assertEquals("M1803", CLASSIFIER.classify("Responsable", null, null, "m1803").romeCode());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyTaxonomyExampleGetsItsRowsFamily() {
        for (RoleTables.Row row : RoleTables.classpath(RoleTaxonomy.FILE, "pattern", "example")) {
            String example = row.get("example");
            if (!example.isEmpty()) {
                assertEquals(row.get("role_family"),
                        CLASSIFIER.classify(example, null, null, null).family().name(),
                        () -> row.file() + ":" + row.line() + " example '" + example + "'");
            }
        }
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CLASSIFIER);
        }
        RoleClassifier copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (RoleClassifier) in.readObject();
        }
        assertEquals(CLASSIFIER.classify("Directeur technique", null, "62.02A", null),
                copy.classify("Directeur technique", null, "62.02A", null));
        assertEquals(RoleFamily.OTHER, copy.classify("Vice President", null, null, null).family());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
            directeur technique;TECHNICAL;;;;; => t.csv:2: row 'directeur technique;TECHNICAL;;;;;'; expected 8 cells (pattern;role_family;rome_code;isco_code;rome_appellation;match;context;example)
            directeur technique;TECHNIQUE;;;;;; => t.csv:2: role_family 'TECHNIQUE'; expected one of TECHNICAL_DIRECTOR, CIO, GENERAL_MANAGEMENT, INDUSTRIAL_DIRECTOR, SALES_DIRECTOR, OTHER
            (de )?directeur;OTHER;;;;;; => t.csv:2: pattern '(de )?directeur'; expected a pattern starting with a word or a group of words like (vp|vice president)
            directeur (technique;OTHER;;;;;; => t.csv:2: pattern 'directeur (technique'; expected a Java regular expression (Unclosed group)
            directeur;OTHER;M18;;;;; => t.csv:2: rome_code 'M18'; expected a ROME code like M1803
            directeur;OTHER;;13300;;;; => t.csv:2: isco_code '13300'; expected a 4-digit ISCO-08 unit group
            directeur;OTHER;;;;everywhere;; => t.csv:2: match 'everywhere'; expected empty, 'head' or 'anywhere'
            stage (h/f)?;OTHER;;;;anywhere;; => t.csv:2: pattern 'stage (h/f)?'; expected plain lower-case words for a match=anywhere row
            directeur;OTHER;;;;;culture; => t.csv:2: context 'culture'; expected empty or 'industry'
            ;OTHER;;;;;; => t.csv:2: pattern ''; expected a value
            """)
    void badTaxonomyRowsNameFileAndLine(String row, String message) {
        String table = "pattern;role_family;rome_code;isco_code;rome_appellation;match;context;example\n" + row + "\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoleTaxonomy.of(read("t.csv", table)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void badDomainTablesNameFileAndLine() {
        List<RoleTables.Row> keywords = read("k.csv", "keyword;domain;scope\ncloud;IT_DIGITAL;any\n");
        IllegalStateException naf = assertThrows(IllegalStateException.class,
                () -> RoleDomains.of(read("role-domain-naf.csv", "prefix;domain\n62;DIGITAL\n"), keywords));
        assertEquals("role-domain-naf.csv:2: domain 'DIGITAL'; expected one of [IT_DIGITAL, INDUSTRY,"
                + " CONSTRUCTION, FACILITIES_HOSPITALITY, CULTURE_EVENTS, SPORT, OTHER] or KEYWORDS",
                naf.getMessage());
        IllegalStateException prefix = assertThrows(IllegalStateException.class,
                () -> RoleDomains.of(read("n.csv", "prefix;domain\n# comment\n6.2;IT_DIGITAL\n"), keywords));
        assertEquals("n.csv:3: prefix '6.2'; expected 2 to 5 digits of a NAF code", prefix.getMessage());
        IllegalStateException scope = assertThrows(IllegalStateException.class,
                () -> RoleDomains.of(List.of(), read("k.csv", "keyword;domain;scope\ncloud;IT_DIGITAL;text\n")));
        assertEquals("k.csv:2: scope 'text'; expected 'title' or 'any'", scope.getMessage());
        IllegalStateException header = assertThrows(IllegalStateException.class,
                () -> RoleTables.read("h.csv", new StringReader("keyword;area\nx;y\n"), "keyword", "domain"));
        assertEquals("h.csv:1: header 'keyword;area'; expected a column 'domain'", header.getMessage());
    }

    @Test
    void missingTableIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoleTables.classpath("no-such-table.csv"));
        assertEquals("/reference/no-such-table.csv: reference table not found on the classpath;"
                + " expected it in data/reference/", e.getMessage());
    }

    @Test
    void nafPrefixesAndKeywordFallThrough() {
        RoleDomains domains = RoleDomains.standard();
        List<String> title = RoleText.titleTokens("Directeur technique");
        assertEquals(RoleDomain.IT_DIGITAL, domains.detect("5829C", title, null));
        assertEquals(RoleDomain.FACILITIES_HOSPITALITY, domains.detect("47.11F", title, null));
        // 47.91 (vente à distance) says nothing: the description decides.
        assertEquals(RoleDomain.IT_DIGITAL, domains.detect("47.91A", title,
                "Pure player e-commerce : vous dirigez les développeurs et la plateforme cloud."));
        assertEquals(RoleDomain.OTHER, domains.detect("47.91A", title, null));
        assertEquals(RoleDomain.OTHER, domains.detect(null, title, "Poste basé à Lyon."));
        assertEquals("", RoleDomains.digits(null));
        assertEquals("6202", RoleDomains.digits("62.02A"));
    }

    private static List<RoleTables.Row> read(String name, String table) {
        try {
            return RoleTables.read(name, new StringReader(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
