package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code techdir explain}, run in-process: the steps printed for the strings an analyst doubts. */
class ExplainCommandTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            salary     | Annuel de 40000.0 Euros à 50000.0 Euros | salary     candidate 1   '40000.0 euros a 50000.0 euros': 40000 to 50000 EUR, period YEAR (stated), no k, basis not stated
            salary     | Annuel de 40000.0 Euros à 50000.0 Euros | salary     period        YEAR as stated
            salary     | Annuel de 40000.0 Euros à 50000.0 Euros | salary     result        disclosed: EUR 40000 to 50000 YEAR GROSS; annual gross EUR 40000 to 50000; flags none
            salary     | Mensuel de 40000.0 Euros                | salary     period        stated MONTH is impossible for 40000 (MONTH above 25000, YEAR under 3000): read as YEAR; flag PERIOD_CORRECTED
            salary     | Mensuel de 40000.0 Euros                | salary     result        disclosed: EUR 40000 to 40000 YEAR GROSS; annual gross EUR 40000 to 40000; flags PERIOD_CORRECTED
            salary     | 50 à 55K€ brut                          | salary     tokens        NUM 50 '50' · SEP 'a' · NUM 55 '55' · K EUR 'k€' · BASIS GROSS 'brut'
            salary     | 50 à 55K€ brut                          | salary     candidate 1   '50 a 55k€': 50000 to 55000 EUR, period no period word, k-notation (x 1000), basis GROSS
            salary     | 50 à 55K€ brut                          | salary     period        no period word: YEAR inferred from the amount (an amount in k is YEAR); flag PERIOD_INFERRED
            salary     | 50 à 55K€ brut                          | salary     annual        gross EUR a year: 50000 to 55000
            experience | Débutant accepté                        | experience beginner      'débutant (accepté)' is a value: min 0
            experience | Débutant accepté                        | experience result        min 0, max -, required false; flags none
            degree     | Bac+3/5                                 | degree     mention       'Bac+3/5' = BAC_3 (alternatives up to BAC_5)
            degree     | Bac+3/5                                 | degree     result        level BAC_3; kinds []; fields []; flags none
            title      | Directeur / Directrice technique (H/F)  | title      words         'directeur technique' (folded; gender forms such as 'Directeur / Directrice', '(H/F)', '·rice' removed)
            title      | Directeur / Directrice technique (H/F)  | title      result        family TECHNICAL_DIRECTOR, domain OTHER, ROME null, ISCO null
            title      | Technical lead                          | title      result        family OTHER, domain null, ROME null, ISCO null
            """)
    void printsTheStep(String field, String text, String step) {
        InProcess.Outcome o = InProcess.techdir("explain", "--field", field, text);
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("explain " + field + ": '" + text + "'"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.equals("  " + step)), () -> "no line '  " + step + "' in\n" + o.out());
        assertTrue(!o.out().contains("NOTE:"), o.out());
    }

    @Test
    void technicalLeadIsOtherByItsOwnRow() {
        InProcess.Outcome o = InProcess.techdir("explain", "--field", "title", "Technical lead");
        assertTrue(o.out().lines().anyMatch(l -> l.matches("  title      rule          role-taxonomy\\.csv:\\d+ pattern"
                + " 'technical \\(lead\\|.*' -> OTHER \\(the leftmost role word's first matching row\\)")), o.out());
    }

    @Test
    void titleRuleNamesItsTaxonomyRow() {
        InProcess.Outcome o = InProcess.techdir("explain", "--field", "title",
                "Directeur / Directrice technique (H/F)");
        assertTrue(o.out().lines().anyMatch(l -> l.matches("  title      rule          role-taxonomy\\.csv:\\d+ pattern"
                + " '.*' -> TECHNICAL_DIRECTOR .*")), o.out());
    }

    @Test
    void withoutFieldTheTextIsADescription() {
        InProcess.Outcome o = InProcess.techdir("explain", "Rémunération :", "50 à 55K€ brut");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("explain all: 'Rémunération : 50 à 55K€ brut'"), o.out());
        assertTrue(o.out().contains("flags PERIOD_INFERRED, FROM_DESCRIPTION"), o.out());
        assertTrue(o.out().contains("  title      result        no title given: role OTHER"), o.out());
    }

    @Test
    void aBadFieldIsAUsageError() {
        InProcess.Outcome o = InProcess.techdir("explain", "--field", "pay", "x");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("techdir: error: --field: field 'pay'; expected salary, experience, degree,"
                + " title, contract, location or all"), o.err());
    }
}
