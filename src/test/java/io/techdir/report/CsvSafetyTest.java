package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSafetyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // why | text | expected
        "glassdoor-2020.csv:24 Salary Estimate (missing)     | -1                                  | '-1",
        "ft-2024-11-mixed-521.json:118 description line      | +10% IFM + 10% CP,                  | '+10% IFM + 10% CP,",
        "synthetic (OWASP): formula                           | =HYPERLINK(\"http://evil.example/\") | '=HYPERLINK(\"http://evil.example/\")",
        "synthetic (OWASP): at-sign                           | @SUM(A1)                            | '@SUM(A1)",
        "hellowork-2026-01.csv:791 title, unchanged           | Directeur Hypermarché H/F           | Directeur Hypermarché H/F",
        "ft-2024-11-it-1049.json:0 salary, unchanged          | Annuel de 45000.0 Euros à 65000.0 Euros sur 12.0 mois | Annuel de 45000.0 Euros à 65000.0 Euros sur 12.0 mois",
        "sign inside the text, unchanged                      | 35/38KEUR = brut                    | 35/38KEUR = brut",
        "empty, unchanged                                     | ``                                  | ``",
    })
    void neutralizes(String why, String text, String expected) {
        assertEquals(expected, CsvSafety.neutralize(text), why);
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralized() {
        assertEquals("'\t=1+1", CsvSafety.neutralize("\t=1+1"));
        assertEquals("'\r=1+1", CsvSafety.neutralize("\r=1+1"));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> CsvSafety.neutralize(null));
    }
}
