package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    /**
     * A {@link TokenList} is looked up by its words' hashes and compared in place; any other list
     * by its strings: both find the same phrases at the same places.
     */
    @Test
    void aTokenListFindsWhatItsStringsFind() {
        RolePhrases<String> table = new RolePhrases<>();
        for (String phrase : List.of("gestion de projet", "gestion", "sens du relationnel", "systemes d information",
                "reseaux", "r&d", "management d equipe", "cloud", "securite informatique")) {
            table.add(phrase, phrase);
        }
        table.block("reseaux sociaux");
        int found = 0;
        for (String text : GatedPatternTest.texts()) {
            List<String> tokens = RoleText.textTokensFolded(FoldedText.ofClean(text).foldedChars(), false);
            List<String> viaHashes = new ArrayList<>();
            List<String> viaStrings = new ArrayList<>();
            table.scan(tokens, (value, at) -> viaHashes.add(value + "@" + at));
            table.scan(new ArrayList<>(tokens), (value, at) -> viaStrings.add(value + "@" + at));
            assertEquals(viaStrings, viaHashes, text);
            found += viaHashes.size();
        }
        assertEquals(true, found > 10, "phrases found: " + found);
    }

    /**
     * Two words with the same key (same length, same first two and last two characters:
     * "directeur", "directour") are told apart by their characters.
     */
    @Test
    void wordsWithTheSameKeyAreToldApart() {
        assertEquals(TokenList.key("directeur"), TokenList.key("directour"));
        TokenList list = new TokenList("directour directeur".toCharArray(), 2);
        list.addWord(0, 9, TokenList.key("directour"));
        list.addWord(10, 9, TokenList.key("directeur"));
        assertEquals(TokenList.key("directeur"), list.key(0));
        assertEquals(true, list.is(0, "directour"));
        assertEquals(false, list.is(0, "directeur"));
        assertEquals(true, list.is(1, "directeur"));
        assertEquals(false, list.is(1, "directeurs"));
        // the same, given as characters; a word replaced by a string is compared as that string
        int key = TokenList.key("directeur");
        assertEquals(true, list.is(1, "directeur".toCharArray(), key));
        assertEquals(false, list.is(0, "directeur".toCharArray(), key));
        list.addReplaced("directeur", 0, 9);
        assertEquals(true, list.is(2, "directeur".toCharArray(), key));
        assertEquals(false, list.is(2, "directour".toCharArray(), key));
        assertEquals(0, list.start(2));
        assertEquals(TokenList.key("directour"), list.wordKey(2));
    }

    /** A key is taken from the same characters in a string and in an array; most other words have another. */
    @Test
    void keysOfStringsAndOfCharactersAgree() {
        java.util.Set<Integer> keys = new java.util.HashSet<>();
        List<String> words = List.of("a", "de", "bac", "bac+5", "r&d", "master", "masters", "directeur", "directrice",
                "gestion", "projet", "ingenieur", "informatique", "e", "x9", "+");
        for (String w : words) {
            char[] in = ("  " + w + " ").toCharArray();
            assertEquals(TokenList.key(w), TokenList.key(in, 2, 2 + w.length()), w);
            keys.add(TokenList.key(w));
        }
        assertEquals(words.size(), keys.size(), "distinct keys");
    }
}
