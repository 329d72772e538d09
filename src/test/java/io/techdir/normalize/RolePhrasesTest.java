package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RolePhrases}: longest phrase first, a blocked phrase consumes its words, a phrase that
 * runs past the end is not matched, words not starting any phrase are skipped. Phrases from the
 * skills table ({@link SkillsDetector}); texts from France Travail offers of
 * {@code data/samples/francetravail/ft-2024-11-it-sample.json}, shortened.
 */
class RolePhrasesTest {

    private static final RolePhrases<String> TABLE = new RolePhrases<String>()
            .add("systemes d information", "SI").add("systemes", "SYS").add("communication", "COM")
            .add("technologies de l information et de la communication", "TIC")
            .block("reseaux sociaux").add("reseaux", "NET").add("information", "INFO");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Responsable des systèmes d'information (H/F)|SI@2",
        "Technologies de l'information et de la communication, réseaux|TIC@0 NET@8",
        "Animation des réseaux sociaux et communication|COM@5",
        "Administrateur systèmes et réseaux|SYS@1 NET@3",
        "Gestion des systèmes d|SYS@2",
        "Aucun mot de la table|''",
    })
    void findsLongestPhrasesFirst(String text, String expected) {
        List<String> found = new ArrayList<>();
        TABLE.scan(RoleText.textTokens(text, false), (value, at) -> found.add(value + "@" + at));
        assertEquals(expected, String.join(" ", found));
    }
}
