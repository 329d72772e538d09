package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.Posting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The explanation is faithful: on real strings, the reading it narrates leads to what
 * {@link PostingNormalizer} gives for the same text (no disagreement), and the result it shows is
 * the normalizer's.
 */
class ExplainerTest {

    private static final Explainer EXPLAINER = Explainer.standard();
    private static final PostingNormalizer NORMALIZER = PostingNormalizer.standard();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Strings seen in /work/shared/data/real (listed in its README), France Travail fields of
            # ft-2024-11-it-1049.json, titles of titles-real.csv, and description lines of the samples.
            SALARY     | Annuel de 35000,00 Euros à 45000,00 Euros
            SALARY     | Annuel de 36000.0 Euros à 55000.0 Euros sur 12.0 mois
            SALARY     | Mensuel de 1764,00 Euros
            SALARY     | Horaire de 11.88 Euros sur 0.0 mois
            SALARY     | Mensuel de 40000.0 Euros à 50000.0 Euros sur 12.0 mois
            SALARY     | A négocier
            SALARY     | 55 - 60 k€ brut annuel
            SALARY     | 35/38KEUR brut annuel
            SALARY     | 2118,23 EUR brut/mois (13,97 EUR brut/heure)
            SALARY     | 45000 € - 55000 € par an / 440 € - 580 € par jour
            SALARY     | Jusqu'à 75K
            SALARY     | 52 - 65 K en fixe selon profil + variable
            SALARY     | $110K-$150K(Employer est.)
            SALARY     | $17-$24 Per Hour(Glassdoor est.)
            SALARY     | 3 250 - 3 500 € / mois
            SALARY     | 40&amp;nbsp;000 € / an
            EXPERIENCE | Expérience exigée de 5 An(s)
            EXPERIENCE | 12 Mois
            EXPERIENCE | Débutant accepté
            EXPERIENCE | 3 An(s) - sur un poste similaire
            DEGREE     | Bac+5 et plus ou équivalents Informatique (E)
            DEGREE     | Bac+2 ou équivalents ; Bac+5 et plus ou équivalents
            DEGREE     | Bac+3, Bac+4 ou équivalents
            TITLE      | Directeur / Directrice des systèmes d'information
            TITLE      | DBA SQL/Big Data (H/F)
            TITLE      | Directeur général adjoint (DGA)
            TITLE      | Directeur de production
            TITLE      | Assistant du DSI
            ALL        | Rémunération : 50 à 55K€ brut + variable. Expérience de 5 ans minimum. Bac+5 école d'ingénieur ou Master.
            ALL        | Société créée depuis 30 ans. Vous avez au moins trois ans d'expérience. Formation Bac+3/5 en informatique.
            ALL        | Salaire : 70 000 €/80 000 € selon profil. CDI. Débutant accepté. Titulaire d'un BTS.
            """)
    void explanationLeadsToTheNormalizersResult(Explainer.Field field, String text) {
        Explainer.Explanation e = EXPLAINER.explain(field, text);
        Posting expected = NORMALIZER.normalize(Explainer.raw(field, text));
        assertEquals(expected, e.posting());
        assertEquals(List.of(), e.disagreements(), () -> String.join("\n", e.steps().stream().map(Object::toString)
                .toList()));
        assertTrue(e.steps().stream().anyMatch(s -> s.rule().equals("result")), "a result step");
    }

    @Test
    void salaryStepsNameCandidatesChoiceAndConversions() {
        List<String> steps = lines(EXPLAINER.explain(Explainer.Field.SALARY,
                "45000 € - 55000 € par an / 440 € - 580 € par jour"));
        assertTrue(steps.contains("salary     candidate 1   '45000 € - 55000 €': 45000 to 55000 EUR, period YEAR (stated),"
                + " no k, basis not stated"), String.join("\n", steps));
        assertTrue(steps.contains("salary     candidate 2   '440 € - 580 €': 440 to 580 EUR, period DAY (stated), no k,"
                + " basis not stated"), String.join("\n", steps));
        assertTrue(steps.contains("salary     chosen        candidate 1: the first; other amounts differ:"
                + " MULTIPLE_SALARIES"), String.join("\n", steps));
    }

    @Test
    void netAndEntitiesAreShown() {
        List<String> steps = lines(EXPLAINER.explain(Explainer.Field.SALARY, "2&amp;nbsp;500 € net / mois"));
        assertTrue(steps.contains("hygiene    cleaned       '2 500 € net / mois' (HTML entities unescaped)"),
                String.join("\n", steps));
        assertTrue(steps.contains("salary     basis         NET: divided by 0.75 for gross (cadre contributions);"
                + " flag NET_CONVERTED"), String.join("\n", steps));
        assertTrue(steps.contains("salary     annual        gross EUR a year: 40000 to 40000"), String.join("\n", steps));
    }

    @Test
    void sameUnderTurkishLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            Explainer.Explanation e = EXPLAINER.explain(Explainer.Field.parse("title"), "DIRECTEUR INFORMATIQUE");
            assertEquals(io.techdir.posting.RoleFamily.CIO, e.posting().role().family());
            assertEquals(List.of(), e.disagreements());
            assertEquals(Explainer.Field.LOCATION, Explainer.Field.parse("location"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void unknownFieldIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Explainer.Field.parse("pay"));
        assertEquals("field 'pay'; expected salary, experience, degree, title, contract, location or all",
                e.getMessage());
    }

    private static List<String> lines(Explainer.Explanation e) {
        return e.steps().stream().map(Object::toString).toList();
    }
}
