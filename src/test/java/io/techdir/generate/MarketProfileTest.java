package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The market profile on 20 000 rows: proportions, duplicates, bad rows and real forms. */
class MarketProfileTest {

    private static final int ROWS = 20_000;

    @TempDir
    static Path dir;

    private static GeneratedCounts counts;
    private static List<CSVRecord> records;
    private static Set<String> salaryShapes;

    @BeforeAll
    static void generate() throws IOException {
        Path file = dir.resolve("market.csv");
        counts = new PostingGenerator(new GeneratorSettings(ROWS, 42, GeneratorProfile.MARKET)).write(file);
        records = GeneratedFile.read(file);
        salaryShapes = new HashSet<>();
        for (CSVRecord r : records) {
            salaryShapes.add(GeneratedFile.shape(r.get("salary_text")));
        }
    }

    private static double share(long n) {
        return (double) n / ROWS;
    }

    private static void assertNear(double expected, double tolerance, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance,
                what + ": " + actual + "; expected " + expected + " +- " + tolerance);
    }

    private static boolean bad(CSVRecord r) {
        return r.get("title").isEmpty() || r.get("source_id").isEmpty();
    }

    @Test
    void badRowsAreAboutHalfAPercentAndReallyBad() {
        long bad = 0;
        for (CSVRecord r : records) {
            if (bad(r)) {
                bad++;
                assertTrue(r.get("title").isEmpty() != r.get("source_id").isEmpty(),
                        "record " + r.getRecordNumber() + ": exactly one of title / source_id is empty");
                assertTrue(r.get("description").length() >= DescriptionWriter.MIN_LENGTH, "rest of the row kept");
            }
        }
        assertEquals(counts.badRows(), bad);
        assertNear(0.005, 0.002, share(bad), "bad rows");
    }

    @Test
    void exactDuplicatesShareTheirSourceIdAndEveryColumn() {
        Map<String, List<String>> first = new HashMap<>();
        long exact = 0;
        for (CSVRecord r : records) {
            String id = r.get("source_id");
            if (id.isEmpty()) {
                continue;
            }
            List<String> before = first.putIfAbsent(id, r.toList());
            if (before != null) {
                exact++;
                assertEquals(before, r.toList(), "record " + r.getRecordNumber() + " repeats " + id);
            }
        }
        assertNear(0.03, 0.005, share(exact), "exact duplicates");
    }

    @Test
    void nearDuplicatesRepeatAJobUnderAnotherSourceId() {
        Map<List<String>, String> jobs = new HashMap<>();
        Set<String> seenIds = new HashSet<>();
        long exact = 0;
        long near = 0;
        for (CSVRecord r : records) {
            if (bad(r)) {
                continue;
            }
            String id = r.get("source_id");
            if (!seenIds.add(id)) {
                exact++;
                continue;
            }
            List<String> job = List.of(r.get("title"), r.get("company"), r.get("location"), r.get("salary_text"),
                    r.get("description"));
            String other = jobs.putIfAbsent(job, id);
            if (other != null) {
                near++;
                assertTrue(!other.equals(id), "another source_id");
            }
        }
        assertNear(0.02, 0.004, share(near), "near-duplicates");
        assertEquals(counts.duplicates(), exact + near, "counts.duplicates = exact + near");
    }

    @Test
    void aboutFortyPercentStateASalary() {
        long stated = records.stream().filter(r -> !bad(r)).filter(GeneratedFile::statesSalary).count();
        assertEquals(counts.withSalary(), stated, "counted and independently detected salaries");
        assertNear(0.40, 0.02, (double) stated / (ROWS - counts.badRows()), "salary disclosed");
    }

    @Test
    void aboutThreePercentAreTechnicalDirectors() {
        long td = records.stream()
                .filter(r -> GeneratedFile.TECHNICAL_DIRECTOR_TITLE.matcher(GeneratedFile.fold(r.get("title"))).find())
                .count();
        assertNear(0.03, 0.006, share(td), "technical-director titles");
    }

    @Test
    void trapsFollowOnRolesAndEnglishRowsAreMixedIn() {
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord r : records) {
            String t = GeneratedFile.fold(r.get("title"));
            for (String word : List.of("responsable technique", "directeur des systemes d'information",
                    "directeur general", "directeur industriel", "directeur commercial", "lead dev",
                    "data scientist")) {
                if (t.contains(word)) {
                    seen.merge(word, 1, Integer::sum);
                }
            }
        }
        assertEquals(7, seen.size(), "every kind of title appears: " + seen);
    }

    @Test
    void descriptionsHaveRealisticLengthsAndMostSpanSeveralLines() {
        long multiLine = 0;
        long total = 0;
        for (CSVRecord r : records) {
            String d = r.get("description");
            assertTrue(d.length() >= 300 && d.length() <= 2500,
                    "record " + r.getRecordNumber() + ": description of " + d.length() + " characters");
            multiLine += d.contains("\n") ? 1 : 0;
            total += d.length();
        }
        assertTrue(share(multiLine) > 0.5, "multi-line descriptions: " + share(multiLine));
        assertNear(1000, 300, (double) total / ROWS, "mean description length");
    }

    @Test
    void someRowsCarryHtmlEntitiesAndInjectionPrefixes() {
        long entities = records.stream().filter(r -> r.get("description").contains("&eacute;")).count();
        long doubled = records.stream().filter(r -> r.get("description").contains("&amp;eacute;")).count();
        long injected = records.stream().filter(r -> r.get("title").matches("^[=+@].*")
                || r.get("company").matches("^[=+@-].*")).count();
        assertNear(0.02, 0.008, share(entities), "descriptions with entities");
        assertTrue(doubled > 0, "some entities escaped twice");
        assertTrue(injected > 10 && share(injected) < 0.01, "injection rows: " + injected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Annuel de 35000,00 Euros à 45000,00 Euros              | francetravail/ft-2024-11-it-1049.json #322 (8470248)
            Annuel de 36000.0 Euros à 55000.0 Euros sur 12.0 mois  | francetravail/ft-2024-11-it-1049.json #186 (184CZJK)
            Annuel de 38000.0 Euros à 70000.0 Euros sur 13.0 mois  | francetravail/ft-2024-11-it-1049.json #191 (184CMFK)
            De 40000,00 Euros à 40000,00 Euros                     | francetravail/ft-2024-11-it-1049.json #933 (6488506)
            Annuel de                                              | francetravail/ft-2024-11-it-1049.json #435 (8365695)
            Mensuel de 1764,00 Euros                               | francetravail/ft-2024-11-mixed-521.json #308 (8412767)
            Mensuel de 1801.80 Euros sur 12 mois                   | francetravail/ft-2024-11-mixed-521.json #13 (184LRZW)
            Autre de 1839,76 Euros à 1935,31 Euros                 | francetravail/ft-2024-11-mixed-521.json #485 (5480653)
            Horaire de 11.88 Euros sur 0.0 mois                    | francetravail/ft-2024-11-mixed-521.json #14 (184LPFG)
            Horaire de 11.88 Euros à 12.5 Euros sur 12.0 mois      | francetravail/ft-2024-11-mixed-521.json #27 (184DRKS)
            Mensuel de 40000.0 Euros à 50000.0 Euros sur 12.0 mois | data/README.md salary list
            42\u202F000 € / an                                     | hellowork/hellowork-2026-01.csv line 2
            2\u202F400 € / mois                                    | hellowork/hellowork-2026-01.csv line 21
            02 € / heure                                           | hellowork/hellowork-2026-01.csv line 19 (truncated by the scraper)
            30 € / mois                                            | hellowork/hellowork-2026-01.csv line 68 (truncated by the scraper)
            Non affiché                                            | hellowork/hellowork-2026-01.csv line 7
            3\u202F250 - 3\u202F500 € / mois                       | data/README.md salary list (HelloWork separator)
            Estimation → 30\u202F100 - 43\u202F800 € / an          | data/README.md salary list (HelloWork separator)
            11,88 - 12,49 € / heure                                | data/README.md salary list
            $53K-$91K (Glassdoor est.)                             | glassdoor/glassdoor-2020.csv row 0
            $110K-$150K(Employer est.)                             | glassdoor/glassdoor-2020.csv row 46
            Employer Provided Salary:$150K-$160K                   | glassdoor/glassdoor-2020.csv row 48
            $17-$24 Per Hour(Glassdoor est.)                       | glassdoor/glassdoor-2020.csv row 197
            -1                                                     | glassdoor/glassdoor-2020.csv row 24
            55 - 60 k€ brut annuel                                 | data/README.md salary list
            35/38KEUR brut annuel                                  | data/README.md salary list
            34-48K€ brut annuels                                   | data/README.md salary list
            52 - 65 K en fixe selon profil + variable              | data/README.md salary list
            Jusqu'à 75K                                            | data/README.md salary list
            45€k-60€k                                              | data/README.md salary list
            Fixe entre 40K€ et 45K€                                | data/README.md salary list
            70-100k€                                               | data/README.md salary list
            45000 € - 55000 € par an / 440 € - 580 € par jour      | data/README.md salary list
            Salaire : 70 000 €/80 000 €                            | data/README.md salary list; francetravail/ft-2024-11-it-1049.json #22 (8470249), in the description
            A négocier                                             | data/README.md salary list
            selon profil/exp                                       | data/README.md salary list
            """)
    void everyRealSalaryFormAppearsAsASalaryField(String real, String source) {
        assertTrue(salaryShapes.contains(GeneratedFile.shape(real)),
                "no salary_text shaped like '" + real + "' (" + source + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            50 à 55K€ brut                               | francetravail/ft-2024-11-it-1049.json #1 (184RWQZ)
            32 - 39 KE/an                                | francetravail/ft-2024-11-it-1049.json #29 (8391487)
            2118,23 EUR brut/mois (13,97 EUR brut/heure) | francetravail/ft-2024-11-it-1049.json #27 (8402151)
            Salaire brut de 2500€ à 2870€/mois           | francetravail/ft-2024-11-it-1049.json #10 (184DBCJ)
            """)
    void realSalaryPhrasesAppearInDescriptions(String real, String source) {
        String shape = GeneratedFile.shape(real);
        assertTrue(records.stream().anyMatch(r -> GeneratedFile.shape(r.get("description")).contains(shape)),
                "no description states a salary shaped like '" + real + "' (" + source + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            experience_text | 5 An(s)                       | francetravail/ft-2024-11-it-1049.json #0 (184TLPS)
            experience_text | Expérience exigée de 3 An(s)  | francetravail/ft-2024-11-it-1049.json #19 (8488927)
            experience_text | Expérience souhaitée de 2 An(s) | francetravail/ft-2024-11-it-1049.json #16 (8516738)
            experience_text | Expérience exigée            | francetravail/ft-2024-11-it-1049.json #15 (8521039)
            experience_text | Débutant accepté              | francetravail/ft-2024-11-it-1049.json #4 (184LKGM)
            experience_text | 24 Mois                       | francetravail/ft-2024-11-it-1049.json #101 (184RPLT)
            experience_text | 6 à 10 ans                    | NORMALIZATION.md, Experience
            experience_text | 5+ years                      | NORMALIZATION.md, Experience
            experience_text | minimum 5 ans                 | NORMALIZATION.md, Experience
            experience_text | Plus de 15 ans                | NORMALIZATION.md, Experience
            education_text  | Bac+5 et plus ou équivalents  | francetravail/ft-2024-11-it-1049.json #11 (184CYMH)
            education_text  | Bac+3, Bac+4 ou équivalents   | francetravail/ft-2024-11-it-1049.json #7 (184HMRJ)
            education_text  | Bac+2 ou équivalents          | francetravail/ft-2024-11-it-1049.json #9 (184DKXM)
            education_text  | CAP, BEP et équivalents       | francetravail/ft-2024-11-mixed-521.json #8 (184PXMG)
            education_text  | Aucune formation scolaire     | francetravail/ft-2024-11-mixed-521.json #186 (184HKPV)
            education_text  | diplôme d'ingénieur           | NORMALIZATION.md, Degrees
            education_text  | Master                        | NORMALIZATION.md, Degrees
            education_text  | MBA                           | NORMALIZATION.md, Degrees
            education_text  | Bac+3/5                       | NORMALIZATION.md, Degrees
            education_text  | RNCP niveau 7                 | NORMALIZATION.md, Degrees
            education_text  | Bachelor's                    | NORMALIZATION.md, Degrees
            """)
    void everyRealExperienceAndDegreeFormAppears(String column, String real, String source) {
        String shape = GeneratedFile.shape(real);
        assertTrue(records.stream().anyMatch(r -> GeneratedFile.shape(r.get(column)).equals(shape)),
                "no " + column + " shaped like '" + real + "' (" + source + ")");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            location | \\d{2,3} - [A-Z][A-Z ]+    | 78 - LIMAY      | francetravail/ft-2024-11-it-1049.json #0 (184TLPS), FT upper case
            location | \\d{2} - [A-Z]+ \\d{2}    | 69 - LYON 05    | francetravail/ft-2024-11-it-1049.json lieuTravail
            location | [A-Z][a-z]+ \\d+e - \\d{2} | Lyon 3e - 69    | hellowork/hellowork-2026-01.csv Localisation
            location | [A-Z][a-z-]+ - \\d{2}       | Marseille - 13  | hellowork/hellowork-2026-01.csv Localisation
            location | [A-Z][a-z-]+ \\(\\d{2}\\)  | Paris (75)      | CSV-INPUT.md, location column
            location | France                       | France          | francetravail/ft-2024-11-it-1049.json lieuTravail, 220 postings
            location | [A-Z][A-Za-z ]+, [A-Z]{2}    | New York, NY    | glassdoor/glassdoor-2020.csv Location
            contract | MIS                          | MIS             | francetravail/ft-2024-11-it-1049.json typeContrat
            contract | LIB                          | LIB             | francetravail/ft-2024-11-it-1049.json typeContrat
            contract | Freelance                    | Freelance       | CSV-INPUT.md, contract column
            contract | FULL_TIME                    | FULL_TIME       | CSV-INPUT.md, contract column
            """)
    void realPlaceAndContractFormsAppear(String column, String regex, String real, String source) {
        assertTrue(real.matches(regex), "the pattern describes the real value");
        assertTrue(records.stream().anyMatch(r -> r.get(column).matches(regex)),
                "no " + column + " like '" + real + "' (" + source + ")");
    }
}
