package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.TurkishLocale;
import io.techdir.posting.Experience;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ExperienceParser}: the experience rules of NORMALIZATION.md. Table rows come from real
 * postings (see src/test/resources/normalize/README-fields.md); each row names its file and
 * record. Every test runs under a Turkish default locale, where a careless {@code
 * toLowerCase()} turns "AN(S)" into "an(s)" with a dotless i.
 */
@ExtendWith(TurkishLocale.class)
class ExperienceParserTest {

    private static final double EPS = 1e-9;
    private final ExperienceParser parser = new ExperienceParser();

    /** The dedicated field alone: every distinct France Travail form, and the WTTJ levels. */
    @ParameterizedTest(name = "{0} {1}: ''{2}'' ({3})")
    @CsvFileSource(resources = "/normalize/experience-fields.csv", numLinesToSkip = 1)
    void readsTheField(String file, String record, String field, String requirement, Double min, Double max,
            Boolean required) {
        Experience e = parser.parse(field, requirement, null);
        assertYears(min, e.minYears(), record + " min");
        assertYears(max, e.maxYears(), record + " max");
        assertEquals(required, e.required(), record + " required");
        assertEquals(field.strip(), e.text(), record + " text");
        assertEquals(List.of(), e.flags(), record + " flags");
    }

    /** Descriptions alone: requirement phrasings, and the traps that are not experience. */
    @ParameterizedTest(name = "{0} {1}: {5}")
    @CsvFileSource(resources = "/normalize/experience-descriptions.csv", numLinesToSkip = 1)
    void readsTheDescription(String file, String record, String description, Double min, Double max,
            String what) {
        Experience e = parser.parse(null, null, description);
        if (min == null && max == null) {
            assertEquals(Experience.UNKNOWN, e, record + " (" + what + ")");
            return;
        }
        assertYears(min, e.minYears(), record + " min");
        assertYears(max, e.maxYears(), record + " max");
        assertEquals(List.of(ExperienceParser.FROM_DESCRIPTION), e.flags(), record + " flags");
        assertNotNull(e.text());
        assertTrue(e.text().length() <= ExperienceParser.MAX_TEXT, record + " excerpt length");
        assertTrue(description.replaceAll("\\s+", " ").contains(e.text()), record + " excerpt '" + e.text() + "'");
    }

    /** Field and description together: precedence, conflicts, requirement. */
    @ParameterizedTest(name = "{1}: ''{2}'' + text")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # file (francetravail/...) | record | field | code | description | min | max | required | flags
            ft-2024-11-it-1049.json | 184KSHG | 2 An(s) | E | vous avez déjà une expérience d'au moins 2-3 ans dans le domaine | 2 | | true |
            ft-2024-11-it-1049.json | 184HMRJ | 3 An(s) - sur un poste similaire | E | - 3 à 5 ans d'expérience réussie dans une fonction similaire | 3 | | true |
            ft-2024-11-it-1049.json | 184CZJK | 4 An(s) | E | Administrateur Windows, bac+2/5 avec 5 à 10 ans d'expérience | 4 | | true | EXPERIENCE_CONFLICT
            ft-2024-11-it-1049.json | 184TLRR | 5 An(s) | E | Expérience 3 ans minimum dans un poste similaire. | 5 | | true | EXPERIENCE_CONFLICT
            ft-2024-11-it-1049.json | 8335385 | Expérience exigée de 1 An(s) | E | vous avez d'au moins 3 ans d'expérience à un poste similaire | 1 | | true | EXPERIENCE_CONFLICT
            ft-2024-11-it-1049.json | 8482814 | Débutant accepté | D | Vous justifiez d'une expérience réussie à un poste similaire d'au moins 5 ans. | 0 | | false | EXPERIENCE_CONFLICT
            ft-2024-11-it-1049.json | 8521039 | Expérience exigée | E | vous avez exercé cette fonction au moins 5 ans avec succès ! | 5 | | true | FROM_DESCRIPTION
            ft-2024-11-mixed-521.json | 7538183 | Expérience exigée | E | Vous justifiez de 3 à 5 ans d'expérience, idéalement dans un poste similaire. | 3 | 5 | true | FROM_DESCRIPTION
            ft-2024-11-it-1049.json | 184NFQC | Débutant accepté | D | - une expérience de 1 à 5 ans dans le développement | 0 | | false | EXPERIENCE_CONFLICT
            ft-2024-11-it-1049.json | 8431965 | Expérience souhaitée | S | dont au moins 2 ans en tant que Service Delivery Manager | 2 | | false | FROM_DESCRIPTION
            ft-2024-11-it-1049.json | 8497695 | Expérience exigée | E | Depuis plus de 50 ans, nous marquons notre différence | | | true |
            ft-2024-11-it-1049.json | 7865450 | Expérience exigée de 5 An(s) | E | confirmés par une expérience d'au moins 5 ans dans l'intégration | 5 | | true |
            ft-2024-11-mixed-521.json | 184FZRB | 6 Mois | E | Vous possédez 2 ans d'expérience sur un poste similaire. | 0.5 | | true | EXPERIENCE_CONFLICT
            """)
    void fieldWinsAndConflictsAreFlagged(String file, String record, String field, String code, String description,
            Double min, Double max, Boolean required, String flags) {
        Experience e = parser.parse(field, code, description);
        assertYears(min, e.minYears(), record + " min");
        assertYears(max, e.maxYears(), record + " max");
        assertEquals(required, e.required(), record + " required");
        assertEquals(flags == null ? List.of() : List.of(flags), e.flags(), record + " flags");
        if (!e.flags().contains(ExperienceParser.FROM_DESCRIPTION)) {
            assertEquals(field, e.text(), record + " the field is the text");
        }
    }

    /** The examples NORMALIZATION.md gives, as fields (f) or descriptions (d). */
    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            f | Débutant accepté | 0 |
            f | 12 Mois | 1.0 |
            f | Expérience exigée de 5 An(s) | 5 |
            f | 6 à 10 ans | 6 | 10
            f | de 6 à 10 ans | 6 | 10
            f | 6-10 years | 6 | 10
            f | 5+ years | 5 |
            f | minimum 5 ans | 5 |
            f | au moins 5 années | 5 |
            f | Plus de 15 ans | 15 |
            f | Jusqu'à 3 ans | | 3
            f | 3 à 5 ans | 3 | 5
            d | Vous avez au moins cinq ans d'expérience en management. | 5 |
            d | Expérience : jusqu'à 3 ans sur un poste similaire. | | 3
            d | Notre société existe depuis 30 ans. | |
            d | Mission de 6 mois renouvelable. | |
            d | Certification ITIL datant de moins de 3 ans. | |
            d | Profil junior ou senior, confirmé, première expérience appréciée. | |
            """)
    void specExamples(String where, String text, Double min, Double max) {
        Experience e = where.equals("f") ? parser.parse(text, null, null) : parser.parse(null, null, text);
        assertYears(min, e.minYears(), text + " min");
        assertYears(max, e.maxYears(), text + " max");
    }

    @ParameterizedTest(name = "''{0}'' gives no figure")
    @CsvSource({"Senior", "Junior", "Confirmé", "Expérience exigée", "Expérience souhaitée"})
    void fieldWithoutValueKeepsItsText(String field) {
        Experience e = parser.parse(field, null, null);
        assertNull(e.minYears());
        assertNull(e.maxYears());
        assertEquals(field, e.text());
    }

    @Test
    void fieldWithoutValueGivesWayToTheDescription() {
        // glassdoor-2020.csv record 5: "2+ years of related experience in a data analyst role"
        Experience e = parser.parse("Senior", null, "2+ years of related experience in a data analyst role");
        assertYears(2.0, e.minYears(), "min");
        assertNull(e.maxYears());
        assertEquals(List.of(ExperienceParser.FROM_DESCRIPTION), e.flags());
        assertEquals("2+ years of related experience in a data analyst role", e.text());
    }

    @Test
    void requirementCodeAloneIsKept() {
        assertEquals(new Experience(0.0, null, false, null, List.of()), parser.parse(null, "D", null));
        assertEquals(new Experience(null, null, true, null, List.of()), parser.parse(null, "E", ""));
        assertEquals(Experience.UNKNOWN, parser.parse(null, null, null));
        assertEquals(Experience.UNKNOWN, parser.parse("  ", " ", "Aucune information utile ici."));
    }

    @Test
    void upperCaseUnderTurkishLocale() {
        // francetravail/ft-2024-11-it-1049.json 8367944: "d'au moins 10 ANS D'EXPÉRIENCE"
        Experience e = parser.parse("EXPÉRIENCE EXIGÉE", null,
                "Vous justifiez d'une solide expérience d'au moins 10 ANS D'EXPÉRIENCE dans un poste similaire");
        assertYears(10.0, e.minYears(), "min");
        assertEquals(Boolean.TRUE, e.required());
        assertYears(3.0, parser.parse("3 AN(S)", "E", null).minYears(), "AN(S)");
    }

    @Test
    void excerptIsCutToLengthOnWords() {
        // francetravail/ft-2024-11-it-1049.json 7481614, one long line
        String line = "Le groupe recrute pour son domaine skiable, un Administrateur Adjoint logiciels et données (F/H)"
                + " à Courchevel.Vous disposez d'au moins 4 à 5 ans d'expérience dans les projets et/ou dans le"
                + " traitement des données du Système d'Information. Au sein de la direction";
        Experience e = parser.parse(null, null, line);
        assertYears(4.0, e.minYears(), "min");
        assertYears(5.0, e.maxYears(), "max");
        assertTrue(e.text().length() <= ExperienceParser.MAX_TEXT, e.text());
        assertTrue(e.text().contains("au moins 4 à 5 ans"), e.text());
        assertTrue(line.contains(e.text()), e.text());
    }

    @Test
    void htmlEntitiesAreUndone() {
        // francetravail/ft-2024-11-it-1049.json 7208134: "Votre exp&#233;rience : 3 ans minimum"
        Experience e = parser.parse(null, null, "Votre exp&#233;rience&nbsp;: 3 ans minimum sur un poste en administration");
        assertYears(3.0, e.minYears(), "min");
        assertEquals("Votre expérience : 3 ans minimum sur un poste en administration", e.text());
    }

    @Test
    void survivesSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(parser);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ExperienceParser copy = (ExperienceParser) in.readObject();
            assertYears(5.0, copy.parse("5 An(s)", "E", null).minYears(), "copy");
        }
    }

    /**
     * A figure read from a description carries its clause (the scanner found it while reading),
     * and it is the clause {@link FoldedText} gives for the figure's own bounds, even where the
     * figure grew past its number ("entre 2 et 4 ans", "au moins 3 ans", "3 ans minimum").
     */
    @Test
    void aFigureKnowsItsClause() {
        List<String> texts = new java.util.ArrayList<>(ExperiencePatternTest.texts());
        texts.add("Profil.\nEntre 2 et 4 ans d'expérience ; au moins 3 ans minimum. BS with 5 years, or MS with 3 years!");
        int figures = 0;
        for (String t : texts) {
            FoldedText d = FoldedText.of(t);
            for (ExperienceFigure f : ExperienceScanner.all(d, 6)) {
                assertEquals(d.clauseStart(f.start()), f.clauseStart(), "clause start of " + f + " in '" + t + "'");
                assertEquals(d.clauseEnd(f.end()), f.clauseEnd(), "clause end of " + f + " in '" + t + "'");
                assertEquals(d.folded().substring(d.clauseStart(f.start()), d.clauseEnd(f.end())), f.clause(d));
                figures++;
            }
        }
        assertTrue(figures > 50, figures + " figures");
        // a figure made elsewhere (the explainer's) finds its clause
        FoldedText d = FoldedText.of("Poste. Expérience de 3 ans requise. Merci");
        assertEquals("experience de 3 ans requise", new ExperienceFigure(3.0, null, 21, 26).clause(d).strip());
    }

    /**
     * Figures tied to alternative degrees give the lowest path; the chain is read on from its
     * first figure ({@link ExperienceScanner.Figures}), and the figures read one at a time are
     * those read all at once, each after the one before, on every test text.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Requirements: BS with 5 years of experience, or MS with 3 years. | 3.0",
        "Bachelor's degree and 7 years of experience, Master's and 5 years or PhD and 3 years. | 3.0",
        "Profil : Bac+3 avec 5 ans d'expérience ou Bac+5 avec 3 ans d'expérience. | 3.0",
        "Profil : 2 ans d'expérience. BS with 5 years, or MS with 1 year. | 2.0"})
    void alternativesGiveTheLowestPath(String description, double years) {
        assertYears(years, new ExperienceParser().parse(null, null, description).minYears(), description);
    }

    @Test
    void figuresReadOneAtATimeAreThoseReadAllAtOnce() {
        List<String> texts = new java.util.ArrayList<>(ExperiencePatternTest.texts());
        texts.add("Requirements: BS with 5 years of experience, or MS with 3 years, PhD with 1 year.");
        texts.add("Expérience : de 6 mois à 1 an d'expérience requise, puis 2 à 3 ans d'expérience en gestion.");
        int chains = 0;
        for (String t : texts) {
            FoldedText d = FoldedText.of(t);
            List<ExperienceFigure> all = ExperienceScanner.all(d, 6);
            ExperienceScanner.Figures figures = ExperienceScanner.figures(d);
            List<ExperienceFigure> one = new java.util.ArrayList<>();
            for (ExperienceFigure f = figures.next(); f != null && one.size() < 6; f = figures.next()) {
                one.add(f);
            }
            assertEquals(all.toString(), one.toString(), t);
            for (int i = 1; i < all.size(); i++) {
                // read on from where the figure before ends: a range is one figure, not two
                assertTrue(all.get(i).start() >= all.get(i - 1).end(), all + " in '" + t + "'");
            }
            assertEquals(all.isEmpty() ? null : all.get(0).toString(),
                    ExperienceScanner.first(d, false).map(Object::toString).orElse(null), t);
            chains += all.size() > 1 ? 1 : 0;
        }
        assertTrue(chains > 10, chains + " texts with several figures");
    }

    private static void assertYears(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertNotNull(actual, what);
            assertEquals(expected, actual, EPS, what);
        }
    }

    /**
     * A preference word after the figure that names a domain is the domain's, not the figure's
     * (Glassdoor export, glassdoor-2020.csv: "2-5 years' experience, preferably with health care
     * claims data", "3+ years of Software Engineering experience (preferably with Java)"); one
     * before the figure, or closing it, still makes the figure preferred. {@code ;} stands for a
     * line break.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            2-5 years' experience, preferably with health care claims data                     | null
            3+ years of Software Engineering experience (preferably with Java)                 | null
            5 ans d'expérience, idéalement dans le conseil                                      | null
            Requirements:;4+ years of experience in data science, ideally related to marketing | true
            3-5 years of relevant work experience preferred                                    | false
            Preferably 5 years of experience with Java                                         | false
            5 ans d'expérience souhaités dans le conseil                                        | false
            """)
    void aPreferenceNamingADomainIsNotTheFigures(String description, Boolean required) {
        Experience e = parser.parse(null, null, description.replace(';', '\n'));
        assertNotNull(e.minYears(), description);
        assertEquals(required, e.required(), description);
    }
}
