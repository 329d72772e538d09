package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TextHygiene}: the first step of every rule (NORMALIZATION.md, "Text hygiene comes first"). */
class TextHygieneTest {

    /** Entities (also escaped twice), stray separators, odd spaces, tags; rows cite where the form was seen. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # input | cleaned | seen in
            R&#233;mun&#xE9;ration                  | Rémunération          | ft-2024-11-it-1049.json [72] id 7208134 (&#233;gale)
            &eacute;tudiant                          | étudiant              | named entity
            &amp;eacute;tudiant                      | étudiant              | NORMALIZATION.md: escaped twice
            &amp;amp;eacute;                         | é                     | escaped three times
            45&nbsp;000&nbsp;&euro;                  | 45 000 €              | ft-2024-11-it-1049.json [285] id 8505573 (&nbsp;)
            40\uFFFD000,00€                          | 40 000,00€            | NORMALIZATION.md: replacement character
            Rémunération : 2¿040,00€ par mois        | Rémunération : 2 040,00€ par mois | ft-2024-11-it-1049.json [430] id 8367309
            The world is how we shape it¿            | The world is how we shape it¿ | ft-2024-11-it-1049.json [40] id 7930795: not between digit groups
            1¿20                                     | 1¿20                  | two digits after: not a thousands separator
            45\u202F000 € / an                       | 45 000 € / an         | hellowork-2026-01.csv line 2 (U+202F)
            45\u00A0000 €                            | 45 000 €              | no-break space
            45\u2009000 €                            | 45 000 €              | thin space
            <p>Salaire : <b>45k€</b></p>             | Salaire : 45k€        | HTML description
            salaire &lt; 40k                         | salaire < 40k         | an escaped '<' is not a tag
            "  a \t  b  "                            | a b                   | runs of spaces and tabs
            """)
    void cleans(String input, String cleaned, String seenIn) {
        assertEquals(cleaned, TextHygiene.clean(input), seenIn);
    }

    @Test
    void keepsLineBreaks() {
        assertEquals("Rémunération :\n45k€", TextHygiene.clean("Rémunération :<br>45k€"));
        assertEquals("a\nb", TextHygiene.clean("a  \r\n  b"));
        assertEquals("Salaire\n\n45k", TextHygiene.clean("<p>Salaire</p>\n<p>45k</p>"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "&nbsp;", "<br>"})
    void blankGivesNull(String input) {
        assertNull(TextHygiene.clean(input));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Rémunération         | remuneration
            ÉLÈVE INGÉNIEUR      | eleve ingenieur
            Cœur de métier       | coeur de metier
            Jusqu’à 75K€         | jusqu’a 75k€
            İSTANBUL             | istanbul
            Directeur·rice       | directeur·rice
            """)
    void folds(String input, String folded) {
        assertEquals(folded, TextHygiene.fold(input));
    }

    @Test
    void foldsNullToEmpty() {
        assertEquals("", TextHygiene.fold(null));
    }

    @Test
    void foldsTheSameUnderTheTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("horaire de 11.88 euros", TextHygiene.fold("HORAIRE DE 11.88 EUROS"));
            assertEquals("directrice informatique", TextHygiene.fold("DIRECTRICE INFORMATIQUE"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
