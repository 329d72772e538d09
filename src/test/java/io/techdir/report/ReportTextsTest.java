package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages hold the same texts, with the same placeholders; English texts hold no French. */
class ReportTextsTest {

    private static final ReportTexts FR = ReportTexts.of(Language.FR);
    private static final ReportTexts EN = ReportTexts.of(Language.EN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Words and letters only French texts have ("département" is the French unit's name in both). */
    private static final Pattern FRENCH = Pattern.compile("[éèêàùç«»]|\\b(les|des|du|offres|données|et|sur|ans)\\b");

    @Test
    void sameKeysInBothLanguages() {
        assertEquals(FR.keys(), EN.keys());
    }

    @Test
    void samePlaceholdersInBothLanguages() {
        for (String key : FR.keys()) {
            assertEquals(placeholders(FR.get(key)), placeholders(EN.get(key)), key);
        }
    }

    @Test
    void englishTextsHoldNoFrench() {
        for (String key : EN.keys()) {
            String text = EN.get(key).replace("département", "");
            assertFalse(FRENCH.matcher(text).find(), key + " = " + text);
        }
    }

    @Test
    void placeholdersAreFilledVerbatimAndApostrophesKept() {
        assertEquals("Évolution vers la DSI (parcours)", FR.get("claim.follow_on_career", FR.get("family.to.CIO")));
        assertEquals("n < 5 masqué ; n < 30 fiabilité faible", FR.get("method.suppression", 5, 30));
        assertEquals("L'une des évolutions annoncées", FR.get("family.FOLLOW_ON_FAMILIES"));
    }

    @Test
    void missingKeyNamesTheKeyAndTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EN.get("no.such.key"));
        assertEquals("/io/techdir/report/texts_en.properties: missing key 'no.such.key'; expected it in every"
                + " language's texts", e.getMessage());
        assertFalse(EN.find("no.such.key").isPresent());
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
