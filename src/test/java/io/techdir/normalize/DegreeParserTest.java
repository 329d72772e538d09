package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.TurkishLocale;
import io.techdir.posting.ContractType;
import io.techdir.posting.Degree;
import io.techdir.posting.DegreeKind;
import io.techdir.posting.DegreeLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DegreeParser}: the degree rules of NORMALIZATION.md. Table rows come from real postings
 * (see src/test/resources/normalize/README-fields.md); each row names its file and record. Every
 * test runs under a Turkish default locale.
 */
@ExtendWith(TurkishLocale.class)
class DegreeParserTest {

    private final DegreeParser parser = new DegreeParser();

    /** The field alone: every distinct France Travail formation text, and the WTTJ levels. */
    @ParameterizedTest(name = "{0} {1}: ''{2}''")
    @CsvFileSource(resources = "/normalize/degree-fields.csv", numLinesToSkip = 1)
    void readsTheField(String file, String record, String field, DegreeLevel level, String kinds, String fields) {
        Degree d = parser.parse(field, null, null);
        assertEquals(level, d.level(), record + " level");
        assertEquals(kinds(kinds), d.kinds(), record + " kinds");
        assertEquals(list(fields), d.fields(), record + " fields");
        assertEquals(List.of(), d.flags(), record + " flags");
    }

    /**
     * Degree paths listed one after the other, each starting its own line or clause, are
     * alternatives: the lowest level counts, as "PhD or MS" in one clause does. Before, the first
     * clause alone decided (PhD: DOCTORATE). Rows from glassdoor-2020.csv (index), cut to the
     * degree lines; "\n" is a line break. The last rows are lines that are not alternatives.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            528 | "Educational Requirements\nPhD in Toxicology, Pharmacology or related discipline.\nMS in Toxicology, Pharmacology or related discipline with minimum 2 years of industry experience conducting human safety assessments" | BAC_5
            207 | "PhD in economics, statistics, or related field required.\nOr in the alternative, a Master’s degree in Statistics, Engineering, Mathematics, Economics, or a related field (foreign educational equivalent accepted) and five (5) years of experience" | BAC_5
            72  | "REQUIREMENTS:\nRequires a PhD in Bioinformatics, Statistics, Applied Math, Computer Sciences or related field with a 0-3 years of experience; or a MS with 5-7 years of industry experience\nProficiency in R is required." | BAC_5
            204 | "EDUCATION/COMPETENCIES/SKILLS\n\nPhD in Computer Science, Biomedical Engineering, or related field with 5+ years experience contributing to or leading digital imaging and analysis-related projects,\n\nor Master’s in Computer Science, Biomedical Engineering, or related field with 10+ years experience" | BAC_5
            154 | "PhD in Molecular Biology, Genetics, Chemistry, Biochemistry, Analytical Chemistry, or a related field (with 3 - 6 years professional experience).\nMS in Molecular Biology, Genetics, Chemistry, Biochemistry, Analytical Chemistry, or a related field (with 6 8 years professional experience).\nBS in Molecular Biology, Genetics, Chemistry, Biochemistry, Analytical Chemistry, or a related field (with 8-12 years professional experience)." | BAC_3
            not alternatives | "Bachelor's degree in Computer Science required.\nMaster's degree preferred." | BAC_3
            not alternatives | "PhD in Statistics required.\nYou will mentor analysts with a Bachelor's degree." | DOCTORATE
            not alternatives | "Vous êtes titulaire d’un doctorat (PhD) dans votre domaine.\nUn MBA serait un atout." | DOCTORATE
            not alternatives | "PhD in Statistics required.\nMS preferred." | DOCTORATE
            not alternatives | "PhD in Statistics required.\nStrong SQL skills.\nBachelor's students are welcome to apply to our internships." | DOCTORATE
            """)
    void degreePathsOnConsecutiveLinesAreAlternatives(String record, String description, DegreeLevel level) {
        Degree d = parser.parse(null, description.replace("\\n", "\n"), null);
        assertEquals(level, d.level(), record + " level");
    }

    /** Descriptions alone (with the contract type where it matters), and the traps. */
    @ParameterizedTest(name = "{0} {1}: {8}")
    @CsvFileSource(resources = "/normalize/degree-descriptions.csv", numLinesToSkip = 1)
    void readsTheDescription(String file, String record, ContractType contract, String description,
            DegreeLevel level, String kinds, String fields, String flags, String what) {
        Degree d = parser.parse(null, description, contract);
        if (level == null && kinds == null && fields == null) {
            assertEquals(Degree.UNKNOWN, d, record + " (" + what + ")");
            return;
        }
        assertEquals(level, d.level(), record + " level (" + what + ")");
        assertEquals(kinds(kinds), d.kinds(), record + " kinds");
        assertEquals(list(fields), d.fields(), record + " fields");
        assertEquals(list(flags), d.flags(), record + " flags");
    }

    /** Field and description together: the field wins, a different level is a conflict. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # file (francetravail/...) | record | field | description | level | kinds | flags
            ft-2024-11-it-1049.json | 184QRZR | Bac+5 et plus ou équivalents réseau informatique (E) | - Bac+5 en informatique (école d'ingénieur ou université) | BAC_5 | ENGINEERING_SCHOOL UNIVERSITY |
            ft-2024-11-it-1049.json | 184HXGX | Bac+3, Bac+4 ou équivalents architecture système information (S) | Formation : Bac +3/5 en informatique (BTS/DUT, Master ou diplôme d'ingénieur). | BAC_3 | UNIVERSITY MASTER ENGINEERING_SCHOOL | DEGREE_CONFLICT
            ft-2024-11-it-1049.json | 184DMCF | Bac+3, Bac+4 ou équivalents (S) | Vous êtes titulaire d'un diplôme de niveau Bac+4 en informatique. | BAC_3 | |
            ft-2024-11-it-1049.json | 184DKXM | Bac+2 ou équivalents (E) | - Un bac +2 en informatique | BAC_2 | |
            ft-2024-11-it-1049.json | 184TLPS | Bac+2 ou équivalents (E) | Diplôme BAC+5 en informatique | BAC_2 | | DEGREE_CONFLICT
            ft-2024-11-it-1049.json | 184FHSY | Bac+5 et plus ou équivalents (E) | Diplômé(e) d'une école d'ingénieurs en Informatique | BAC_5 | ENGINEERING_SCHOOL |
            ft-2024-11-it-1049.json | 8444989 | Bac+5 et plus ou équivalents (E) | Titulaire d'un doctorat en océanographie | BAC_5 | PHD |
            """)
    void fieldWinsAndConflictsAreFlagged(String file, String record, String field, String description,
            DegreeLevel level, String kinds, String flags) {
        Degree d = parser.parse(field, description, ContractType.CDI);
        assertEquals(level, d.level(), record + " level");
        assertEquals(kinds == null ? List.of() : kinds(kinds.replace(' ', '|')), d.kinds(), record + " kinds");
        assertEquals(list(flags), d.flags(), record + " flags");
    }

    /** The examples NORMALIZATION.md gives, read as fields. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Bac+3/5 | BAC_3 |
            Bac +2 à 5 | BAC_2 |
            Master ou Doctorat | BAC_5 | MASTER PHD
            RNCP niveau 7 | BAC_5 |
            titre RNCP niveau 6 | BAC_3 |
            diplôme de niveau 5 | BAC_2 |
            Master 2 | BAC_5 | MASTER
            Master 1 | BAC_4 | MASTER
            Bac+5 et plus ou équivalents | BAC_5 |
            Bac +5 / Master | BAC_5 | MASTER
            Master | BAC_5 | MASTER
            diplôme d'ingénieur | BAC_5 | ENGINEERING_SCHOOL
            école d'ingénieurs | BAC_5 | ENGINEERING_SCHOOL
            Ingénieur diplômé | BAC_5 | ENGINEERING_SCHOOL
            Bac+3, Bac+4 ou équivalents | BAC_3 |
            Bachelor's | BAC_3 |
            PhD | DOCTORATE | PHD
            Doctorat | DOCTORATE | PHD
            MBA | BAC_5 | MBA
            école de commerce | | BUSINESS_SCHOOL
            business school | | BUSINESS_SCHOOL
            ESSEC | | BUSINESS_SCHOOL
            HEC | | BUSINESS_SCHOOL
            KEDGE | | BUSINESS_SCHOOL
            EM Lyon | | BUSINESS_SCHOOL
            NEOMA | | BUSINESS_SCHOOL
            SKEMA | | BUSINESS_SCHOOL
            Epitech | BAC_5 | COMPUTER_SCHOOL
            EPITA | BAC_5 | COMPUTER_SCHOOL
            École 42 | BAC_5 | COMPUTER_SCHOOL
            école d'informatique | | COMPUTER_SCHOOL
            diplôme en informatique | |
            formation supérieure | |
            """)
    void specExamples(String field, DegreeLevel level, String kinds) {
        Degree d = parser.parse(field, null, null);
        assertEquals(level, d.level(), field + " level");
        assertEquals(kinds == null ? List.of() : kinds(kinds.replace(' ', '|')), d.kinds(), field + " kinds");
    }

    /** École 42 in a description, among other "42"s (a postal code, an amount) that open no window of their own. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Diplômé(e) de l'École 42 ou d'une école d'ingénieurs. Poste basé à 75042 Paris, 42 000 € par an. | true
            Formation : 42 Paris ou équivalent. | true
            Rémunération 42 000 €, 42 jours de congés, formation continue. | false
            """)
    void ecole42InADescription(String description, boolean computerSchool) {
        Degree d = parser.parse(null, description, null);
        assertEquals(computerSchool, d.kinds().contains(DegreeKind.COMPUTER_SCHOOL), description + ": " + d);
    }

    @Test
    void disciplineWithoutLevelGivesNoLevel() {
        Degree d = parser.parse("diplôme en informatique", null, null);
        assertNull(d.level());
        assertEquals(List.of("COMPUTER_SCIENCE"), d.fields());
    }

    @Test
    void upperCaseUnderTurkishLocale() {
        // francetravail/ft-2024-11-it-1049.json 9274811: "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS"
        Degree d = parser.parse(null, "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS", null);
        assertEquals(DegreeLevel.BAC_2, d.level());
        assertEquals(List.of("COMPUTER_SCIENCE"), d.fields());
        assertEquals(DegreeLevel.BAC_5, parser.parse("DIPLÔME D'INGÉNIEUR", null, null).level());
    }

    @Test
    void nothingStatedIsUnknown() {
        assertEquals(Degree.UNKNOWN, parser.parse(null, null, null));
        assertEquals(Degree.UNKNOWN, parser.parse(" ", "", ContractType.APPRENTICESHIP));
        assertEquals(Degree.UNKNOWN, parser.parse(null, "Vous maîtrisez les outils MS Office.", null));
    }

    @Test
    void survivesSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(parser);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            DegreeParser copy = (DegreeParser) in.readObject();
            assertEquals(DegreeLevel.BAC_2, copy.parse("Bac+2 ou équivalents (E)", null, null).level());
        }
    }

    /**
     * {@link DegreeWords#candidates}: every vocabulary word is a candidate wherever it stands
     * (text start and end, after digits and punctuation), and the candidates are exactly the
     * {@code [a-z0-9]} runs that pass {@link DegreeVocabulary#mayBeWord} (the plain scan it
     * replaced), also over random texts made of vocabulary words, near-misses and noise.
     */
    @Test
    void candidateWordsAreThePlainScansWords() {
        for (String w : DegreeVocabulary.WORDS.keySet()) {
            assertEquals(List.of(0, w.length()), ints(DegreeWords.candidates(w.toCharArray())), w + " alone");
            String text = "(" + w + ") 3-" + w;
            assertEquals(plainCandidates(text), ints(DegreeWords.candidates(text.toCharArray())), text);
            assertEquals(List.of(1, 1 + w.length(), 5 + w.length(), text.length()), plainCandidates(text), text);
        }
        List<String> pieces = new java.util.ArrayList<>(DegreeVocabulary.WORDS.keySet());
        pieces.addAll(List.of("bacs", "mast", "masterx", "l4", "m3", "xbac", "é", "ﬁ", "•", " ", " ", "\n", ".", "+", "'",
                "-", "2", "42", "de", "la", "formation", "information", "ecole"));
        java.util.Random random = new java.util.Random(20260117);
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(t % 2 == 0 ? 30 : 150); i >= 0; i--) { // long ones span several 64-char blocks
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            assertEquals(plainCandidates(text), ints(DegreeWords.candidates(text.toCharArray())), text);
        }
    }

    /**
     * {@link DegreeWords#candidates(char[], List)} finds the candidates among the tokenizer's words
     * exactly as the plain scan finds them in the characters, over random descriptions made of
     * vocabulary words and of what the tokenizer treats apart: words joined by '+' or '&amp;'
     * ("Bac+5", "R&amp;D", "C++"), gender suffixes it drops ("diplômé(e)", "ingénieur·e",
     * ".e", "/ne", "(trice)s"), gender tags ("(H/F)", "h/f/d"), feminine words it rewrites
     * ("Directrice"), "R &amp; D" (merged into a copy: the plain scan is used), and characters
     * that fold apart ("’": the plain scan too). A fair share goes through the tokens.
     */
    @Test
    void candidatesFromTheTokensAreThoseOfThePlainScan() {
        List<String> pieces = new java.util.ArrayList<>(DegreeVocabulary.WORDS.keySet());
        pieces.addAll(DegreeVocabulary.WORDS.keySet().stream().map(w -> w.toUpperCase(Locale.ROOT)).toList());
        pieces.addAll(List.of(" ", " ", " ", " ", "\n", ".", ", ", "+", "&", "+5", "&d", "++", " + ", "bac+5", "Bac+3/4",
                "r&d", "C++", "M&A", "(e)", "·e", ".e", "/ne", "(trice)s", "-e", "·rice", "(es)", " (H/F) ", "h/f/d", " F/H ",
                " - ", "/", "(", ")", "Directrice", "directrices", "générale", "ingénieure", "diplômé", "é", "2", "42",
                "de", "la", "l'", "d'", "formation", "école", "bacs", "masterx", "xbac", " R & D ", "’", "é",
                // read with the original text: punctuation marks and letters that fold otherwise in RoleText
                "œ", "Œuvre", "cœur", "–", "—", "•", "…", "ß", "æ", "bacœ", "œbac"));
        java.util.Random random = new java.util.Random(20261126);
        int viaTokens = 0;
        int texts = 3000;
        for (int t = 0; t < texts; t++) {
            StringBuilder b = new StringBuilder("Profil");
            for (int i = 40 + random.nextInt(200); i >= 0; i--) { // long enough to be prepared as a description
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.append('.').toString();
            PreparedText prepared = PreparedText.forPublished(text);
            char[] chars = prepared.folded().foldedChars();
            List<String> words = prepared.words();
            if (words instanceof TokenList list && list.isOver(chars)) {
                viaTokens++;
            }
            assertEquals(ints(DegreeWords.candidates(chars)), ints(DegreeWords.candidates(chars, words)), text);
        }
        // a text that cleaning changes (a double space) is tokenized apart too
        assertTrue(viaTokens > texts / 5, viaTokens + " of " + texts + " texts through the tokens");
    }

    /** An agency's "recrutement(s) de profils Bac+2 à Bac+5" is no requirement; a plain "profil Bac+2" is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cabinet spécialisé dans le recrutement de profils Bac+2 à Bac+5\\nVous avez un Bac+3 minimum. | BAC_3",
        "Placement des profils Bac +2 à Bac +5 ; pour ce poste : Bac+4 exigé.                            | BAC_4",
        "Recrutements de profil BAC+5 uniquement, et vous ? Bac+2 requis.                                | BAC_2",
        "Profil Bac+2 souhaité, recrutement rapide.                                                      | BAC_2",
        "Le recrutement de profils juniors est notre métier depuis vingt ans. Bac+2 requis.               | BAC_2",
    })
    void agencyBoilerplateIsNoRequirement(String description, DegreeLevel level) {
        assertEquals(level, parser.parse(null, description.replace("\\n", "\n"), null).level(), description);
    }

    /**
     * {@link DegreeScanner#mayStop} never rules out a window where {@link DegreeVocabulary#FIELD_STOP}
     * matches (each region of random texts of stop words, near-misses and noise), and rules out
     * windows without a comma, "vous", "avec" or "with".
     */
    @Test
    void fieldStopGateNeverMissesAStop() {
        List<String> pieces = List.of(",", ", ", "vous", " vous ", "tu", "you", "et vous", "avec ", "avec une ", "experience",
                "premiere", "au moins", "with ", "a ", "an", "at", "3", " ", "v", "w", "ave", "wit", "vou", "informatique",
                "(", ")", "bac+5", "\n", "ous", "ec");
        java.util.Random random = new java.util.Random(20261126);
        int stops = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = b.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            boolean stop = DegreeVocabulary.FIELD_STOP.matcher(s).region(from, to).find();
            stops += stop ? 1 : 0;
            assertTrue(!stop || DegreeScanner.mayStop(s, from, to), s + " [" + from + ", " + to + ")");
        }
        assertTrue(stops > 100, "random texts hold stops: " + stops);
        assertFalse(DegreeScanner.mayStop("bac+5 en informatique (ecole d'ingenieur)", 0, 40));
        assertFalse(DegreeScanner.mayStop("xavec", 2, 5)); // "avec" must start inside the window
        assertTrue(DegreeScanner.mayStop("bac+5, vous", 0, 11));
    }

    /** The former scan: every maximal {@code [a-z0-9]} run whose hash may be a key's. */
    private static List<Integer> plainCandidates(String s) {
        List<Integer> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z0-9]+").matcher(s);
        while (m.find()) {
            if (DegreeVocabulary.mayBeWord(m.group().hashCode())) {
                out.add(m.start());
                out.add(m.end());
            }
        }
        return out;
    }

    private static List<Integer> ints(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    private static List<DegreeKind> kinds(String joined) {
        return list(joined).stream().map(DegreeKind::valueOf).toList();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
