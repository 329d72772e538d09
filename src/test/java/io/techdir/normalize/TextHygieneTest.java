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

    /**
     * The white-space steps of {@link TextHygiene#clean} as they were written first, one regex
     * after the other: the definition {@link TextHygiene#tidySpaces}, one pass, must keep to.
     */
    private static String spacesByRegex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c >= '\u2000' && c <= '\u200A' || c == '\u205F'
                    || c == '\u3000') {
                b.append(' ');
            } else if (c == '\r') {
                if (!(i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
                    b.append('\n');
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append('\n');
            } else if (c != '\u200B' && c != '\uFEFF' && c != '\u00AD') {
                b.append(c);
            }
        }
        String t = b.toString().replaceAll("[ \\t\\f\\u000B]+", " ");
        t = t.replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n");
        return t.strip();
    }

    @Test
    void tidiesSpacesAsTheRegexStepsDid() {
        String alphabet = "ab1 \t\n\r\f\u000B\u00A0\u202F\u2007\u2003\u200A\u205F\u3000\u2028\u2029\u0085\u200B"
                + "\uFEFF\u00AD\u001C\u1680é";
        java.util.Random random = new java.util.Random(12);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(spacesByRegex(s), TextHygiene.tidySpaces(s).strip(), () -> "tidySpaces of " + escaped(s));
        }
        assertEquals("a b\nc\n\nd", TextHygiene.tidySpaces("a \u200B\tb \r\n c\n \n\n\u2028d"));
        String plain = "Déjà propre.\nDeux lignes.\n\nUne ligne vide avant.";
        assertEquals(true, plain == TextHygiene.tidySpaces(plain), "a text with nothing to tidy is given back as it is");
    }

    @Test
    void cleaningATextKnownUncleanGivesWhatCleaningGives() {
        String[] pieces = {"&amp;", "&eacute;", "<br>", "</p>", "<b>", "&#233;", "&nbsp;", "1\u00BF000", "2\uFFFD500",
            "\u00BF ", "R&D", "&1", "\r\n", "  ", "\n\n\n", " \n", "\u00A0", "x", "Été", "\t"};
        java.util.Random random = new java.util.Random(13);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            assertEquals(TextHygiene.clean(s), TextHygiene.cleanUnclean(s), () -> "cleanUnclean of " + escaped(s));
        }
        assertNull(TextHygiene.cleanUnclean(null));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text | one pass folds it (cleaning keeps it)
            \u00BF De formation Bac+2/3 minimum        | true
            The world is how we shape it\u00BF          | true
            1\u00BF20                                   | true
            1\u00BF2000                                 | true
            Rémunération : 2\u00BF040,00€ par mois      | false
            40\uFFFD000                                 | false
            """)
    void aQuestionMarkCleaningKeepsDoesNotStopTheOnePass(String text, boolean onePass) {
        String t = text.replace("\\u00BF", "\u00BF").replace("\\uFFFD", "\uFFFD");
        assertEquals(onePass, FoldedText.ofPublishedIfClean(t) != null, t);
        assertEquals(onePass, t.equals(TextHygiene.clean(t)), t);
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }
}
