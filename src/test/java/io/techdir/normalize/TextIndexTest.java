package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The third round of speed-ups gives what the plain forms give: {@link FoldedText#occurrences}
 * (a filter, then a search) finds what {@link String#indexOf} finds, also in a
 * {@link FoldedText#blanked} copy; a text that {@link FoldedText#foldsAlike()} has one folded
 * form for the three folds; a {@link TokenList} is the scanned words with their hashes;
 * {@link TextHygiene#unescape} is jsoup's unescaping; a {@link Memo} returns its function's
 * values, and a normalizer holding filled memos survives serialization. Texts: {@code /perf/description-lines.tsv} (see its README),
 * alone and joined.
 */
class TextIndexTest {

    /** Every trigger list and every literal the gated patterns start with, plus some misses. */
    private static Set<String> needles() throws IllegalAccessException, NoSuchFieldException {
        Set<String> out = new LinkedHashSet<>();
        for (Class<?> c : List.of(SalaryDescription.class, RemoteWorkParser.class, ContractParser.class,
                DegreeScanner.class, DegreeVocabulary.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == List.class) {
                    f.setAccessible(true);
                    for (Object o : (List<?>) f.get(null)) {
                        if (o instanceof String s) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        for (DegreeVocabulary.Phrase p : DegreeVocabulary.PHRASES) {
            out.addAll(p.triggers());
        }
        Field literals = GatedPattern.class.getDeclaredField("literals");
        literals.setAccessible(true);
        for (Object[] a : GatedPatternTest.gatedPatterns().map(org.junit.jupiter.params.provider.Arguments::get)
                .toList()) {
            out.addAll(List.of((String[]) literals.get(a[1])));
        }
        out.addAll(List.of("a", "e", " ", "de", "tt", "en ", "zzz", "qwxq", "teletravail", "experience", "s d'i"));
        return out;
    }

    private static int[] indexOfAll(String s, String needle) {
        List<Integer> at = new ArrayList<>();
        for (int p = s.indexOf(needle); p >= 0; p = s.indexOf(needle, p + 1)) {
            at.add(p);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void occurrencesAreWhatIndexOfFinds() throws ReflectiveOperationException {
        Set<String> needles = needles();
        int compared = 0;
        for (String text : GatedPatternTest.texts()) {
            String clean = TextHygiene.clean(text);
            FoldedText f = FoldedText.ofClean(clean == null ? "" : clean);
            for (String n : needles) {
                assertArrayEquals(indexOfAll(f.folded(), n), f.occurrences(n), () -> n + " in '" + f.folded() + "'");
                // asked twice: the cached answer
                assertArrayEquals(indexOfAll(f.folded(), n), f.occurrences(n), n);
                compared++;
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void aBlankedCopyFindsWhatItsOwnSearchFinds() throws ReflectiveOperationException {
        Set<String> needles = needles();
        String all = FoldedText.fold(TextHygiene.clean(String.join(" ", GatedPatternTest.lines())));
        // blank every occurrence of a few words, as the remote-work parser blanks its matches
        List<Integer> ranges = new ArrayList<>();
        StringBuilder b = new StringBuilder(all);
        for (String w : List.of("pas de teletravail", "teletravail", "sur site", "en ")) {
            for (int p = all.indexOf(w); p >= 0; p = all.indexOf(w, p + w.length())) {
                if (ranges.isEmpty() || p >= ranges.get(ranges.size() - 1)) {
                    ranges.add(p);
                    ranges.add(p + w.length());
                    for (int i = p; i < p + w.length(); i++) {
                        b.setCharAt(i, ' ');
                    }
                }
            }
        }
        assertTrue(ranges.size() >= 4, "blanked " + ranges);
        FoldedText parent = FoldedText.ofClean(all);
        FoldedText blanked = parent.blanked(b.toString(), ranges.stream().mapToInt(Integer::intValue).toArray());
        for (String n : needles) {
            assertArrayEquals(indexOfAll(b.toString(), n), blanked.occurrences(n), n);
        }
    }

    @Test
    void aTextThatFoldsAlikeHasOneFoldedFormForAllThree() {
        int alike = 0;
        for (String text : GatedPatternTest.texts()) {
            String clean = TextHygiene.clean(text);
            if (clean == null) {
                continue;
            }
            FoldedText f = FoldedText.ofClean(clean);
            if (f.foldsAlike()) {
                alike++;
                assertEquals(TextHygiene.fold(clean), f.folded(), clean);
                for (boolean punctuation : new boolean[] {false, true}) {
                    assertEquals(RoleText.textTokens(clean, punctuation),
                            RoleText.textTokensFolded(f.foldedChars(), punctuation), clean);
                }
            }
        }
        assertTrue(alike > GatedPatternTest.texts().size() / 2, "texts folding alike: " + alike);
    }

    @Test
    void aTokenListGivesTheWordsAndTheirKeysOfTheScan() {
        int tokens = 0;
        int withoutWordKeys = 0;
        for (String text : GatedPatternTest.texts()) {
            String clean = TextHygiene.clean(text);
            FoldedText f = FoldedText.ofClean(clean == null ? "" : clean);
            List<List<String>> both = List.of(RoleText.textTokensFolded(f.foldedChars(), false),
                    RoleText.textTokensFolded(f.foldedChars(), true));
            if (f.foldsAlike()) {
                assertEquals(RoleText.textTokens(clean, false), both.get(0), clean);
                assertEquals(RoleText.textTokens(clean, true), both.get(1), clean);
            }
            for (List<String> list : both) {
                if (list instanceof TokenList t) {
                    int[] wordKeys = t.wordKeyArray();
                    boolean replaced = false;
                    for (int i = 0; i < t.size(); i++) {
                        // the arrays first: reading a token makes it a string
                        assertEquals(t.start(i), t.startArray()[i]);
                        assertEquals(t.length(i), t.lengthArray()[i]);
                        if (t.start(i) >= 0) {
                            String word = new String(f.foldedChars(), t.start(i), t.length(i));
                            replaced |= !word.equals(t.get(i));
                            if (wordKeys != null) {
                                assertEquals(TokenList.key(word), wordKeys[i], word);
                            }
                        }
                        assertEquals(TokenList.key(t.get(i)), t.key(i), t.get(i));
                        if (t.start(i) >= 0) {
                            String word = new String(f.foldedChars(), t.start(i), t.length(i));
                            assertEquals(TokenList.key(word), t.wordKey(i), word);
                        }
                        tokens++;
                    }
                    // a rewritten word ("directrice") has no word key in the array
                    assertEquals(replaced, wordKeys == null, clean);
                    withoutWordKeys += replaced ? 1 : 0;
                }
            }
        }
        assertTrue(tokens > 1000, "tokens checked: " + tokens);
        assertTrue(withoutWordKeys > 0, "lists with a rewritten word: " + withoutWordKeys);
    }

    @ParameterizedTest(name = "{0} is not alike")
    @CsvSource(delimiter = '|', value = {
        // characters whose folds differ: a ligature, a typographic apostrophe, a tab, a combining mark
        "Cœur de métier",
        "l’entreprise",
        "a\tb",
        "Cafe\u0301",
    })
    void aTextWithACharacterFoldedDifferentlyIsNotAlike(String text) {
        assertEquals(false, FoldedText.ofClean(text).foldsAlike());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // entities as France Travail and HelloWork descriptions carry them (data/real, several records)
        "Ing&eacute;nieur d&rsquo;&eacute;tudes",
        "R&D",
        "R&amp;D &agrave; Lyon",
        "https://x.example/offre?id=1&utm_source=ft&provenance=2",
        "l&#39;&eacute;quipe&#xa0;IT &#233;t&#8217;",
        "&amp;eacute; escaped twice",
        "&AMP; &nbsp;&ecirc;&egrave;",
        // cases left to jsoup: no ';', unknown names, code points it rewrites
        "&eacute sans point-virgule",
        "&notit; &Dagger &ampx &D2 &#128; &#0; &#x110000;",
        "&é & < &; &# &#x; &",
    })
    void unescapingIsJsoupUnescaping(String text) {
        assertEquals(Parser.unescapeEntities(text, false), TextHygiene.unescape(text), text);
    }

    @Test
    void unescapingTheDescriptionLinesIsJsoupUnescaping() {
        for (String text : GatedPatternTest.texts()) {
            assertEquals(Parser.unescapeEntities(text, false), TextHygiene.unescape(text), text);
        }
    }

    @Test
    void aNormalizerWithFilledMemosSurvivesJavaSerialization() throws Exception {
        PostingNormalizer normalizer = PostingNormalizer.standard();
        // fields as France Travail publishes them (ft-2024-11-it-1049.json, offer 7657637)
        io.techdir.posting.RawPosting raw = io.techdir.posting.RawPosting.builder("francetravail", "7657637")
                .title("Directeur technique (H/F)").contract("CDI").location("69 - LYON 03")
                .salaryText("Annuel de 55000.0 Euros à 65000.0 Euros sur 12.0 mois").experienceText("5 An(s)")
                .educationText("Bac+5 et plus ou équivalents").company("ACME")
                .description(String.join("\n", GatedPatternTest.lines().subList(0, 12))).build();
        io.techdir.posting.Posting first = normalizer.normalize(raw);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(normalizer);
        }
        PostingNormalizer copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PostingNormalizer) in.readObject();
        }
        assertEquals(first, copy.normalize(raw));
        assertEquals(first, normalizer.normalize(raw));
    }

    @Test
    void aMemoReturnsItsFunctionsValuesAndStaysBounded() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(2);
        for (String s : List.of("CDI", "CDD", "CDI", "Intérim", "CDI", "Intérim")) {
            assertEquals(s.length(), memo.get(s, k -> {
                calls.incrementAndGet();
                return k.length();
            }));
        }
        // CDI and CDD kept; Intérim (past the bound) computed each time
        assertEquals(4, calls.get());
        assertEquals(null, memo.get("none", k -> null));
    }
}
