package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.ContractType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speed-ups behind {@link PostingNormalizer} give what the plain forms give: each parser
 * reading a {@link PreparedText} shared by all of them answers as its public {@code String}
 * method does; {@link RoleText#textTokensFolded} gives the text's tokens; the table fold of
 * {@link TextHygiene#fold} is its definition (NFD, marks removed); the fast path of
 * {@link TextHygiene#clean} keeps a text that needs nothing. Texts: {@code /perf/description-lines.tsv}
 * (see its README), alone and joined.
 */
class PreparedTextTest {

    private static final SalaryParser SALARY = SalaryParser.standard();
    private static final ExperienceParser EXPERIENCE = new ExperienceParser();
    private static final DegreeParser DEGREE = new DegreeParser();
    private static final ContractParser CONTRACT = new ContractParser();
    private static final RemoteWorkParser REMOTE = new RemoteWorkParser();
    private static final RoleClassifier ROLE = RoleClassifier.standard();
    private static final EmployerParser EMPLOYER = EmployerParser.standard();
    private static final SkillsDetector SKILLS = new SkillsDetector();
    private static final PriorRoleDetector PRIOR = new PriorRoleDetector();

    @Test
    void everyParserReadsAPreparedTextAsItsString() {
        String title = "Directeur technique (H/F) - CDI - télétravail partiel";
        int checked = 0;
        for (String text : GatedPatternTest.texts()) {
            PreparedText t = PreparedText.forPosting(title);
            PreparedText d = PreparedText.forPosting(text);
            String where = "'" + text + "'";
            assertEquals(CONTRACT.parse(null, null, text), CONTRACT.parsePrepared(null, PreparedText.of(null), d), where);
            assertEquals(REMOTE.parse(null, text), REMOTE.parsePrepared(PreparedText.of(null), d), where);
            assertEquals(REMOTE.parse(title, text), REMOTE.parsePrepared(t, d), where);
            assertEquals(SALARY.parse(null, text, SalaryContext.FRANCE),
                    SALARY.parsePrepared(null, d, SalaryContext.FRANCE), where);
            assertEquals(SALARY.parse(null, text, new SalaryContext("USD", true)),
                    SALARY.parsePrepared(null, d, new SalaryContext("USD", true)), where);
            assertEquals(EXPERIENCE.parse(null, null, text), EXPERIENCE.parsePrepared(null, null, d), where);
            assertEquals(DEGREE.parse(null, text, ContractType.INTERNSHIP),
                    DEGREE.parsePrepared(null, d, ContractType.INTERNSHIP), where);
            assertEquals(DEGREE.parse("Bac+3", text, null), DEGREE.parsePrepared("Bac+3", d, null), where);
            assertEquals(ROLE.classify(title, text, null, null), ROLE.classifyPrepared(title, d, null, null), where);
            assertEquals(EMPLOYER.parse(null, null, null, null, text),
                    EMPLOYER.parsePrepared(null, null, null, null, null, d), where);
            assertEquals(SKILLS.detect(title, text), SKILLS.detectPrepared(t, d), where);
            assertEquals(PRIOR.asksPriorTechnicalDirector(null, text),
                    PRIOR.asksPrepared(PreparedText.of(null), d), where);
            checked++;
        }
        assertEquals(GatedPatternTest.texts().size(), checked);
    }

    @Test
    void aPostingTextKnownCleanGivesWhatCleaningAgainGives() {
        int same = 0;
        for (String text : GatedPatternTest.texts()) {
            for (String published : List.of(text, " " + text + "\n", text.replace(" ", "  "))) {
                String cleaned = TextHygiene.clean(published);
                same += cleaned == published ? 1 : 0;
                PreparedText known = PreparedText.forPosting(cleaned, published);
                PreparedText plain = PreparedText.forPosting(cleaned);
                assertEquals(plain.clean(), known.clean(), published);
                assertEquals(plain.folded().folded(), known.folded().folded(), published);
                assertEquals(plain.salaryFolded(), known.salaryFolded(), published);
            }
        }
        // the shortcut is taken for the texts that cleaning leaves as they are
        assertEquals(true, same > 0, "texts left as they are: " + same);
    }

    @Test
    void aPublishedTextIsCleanedAndFoldedInOnePassOnlyWhenCleaningKeepsIt() {
        java.util.Random random = new java.util.Random(20261126);
        String odd = " \n\n\n&<;09`\t\r\u00a0\u202f\u2003\u2007\uFFFD\u00BF\u00AD\u0085\u2028\uFEFF\u007f"
                + "éÉœŒ’İ\u0301€·•ΣÀ";
        List<String> texts = new ArrayList<>(GatedPatternTest.texts());
        // words the tokenizer rewrites: gender suffixes and tags, R&D, feminine words
        String[] pieces = {"Directeur·rice", "Ingénieur(e)s", "chef.fe", "(H/F/D)", "h/f", "R&D", "r & d", "R-D",
            "Directrice", "technicien(ne)", "x/m/w", "  ", ", ", ". ", "\n", "Bac+5", "5 ans", "r,d", "é"};
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder("Poste");
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(random.nextBoolean() ? " " : "").append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        int realTexts = GatedPatternTest.texts().size();
        for (int k = 0; k < 8_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(240); i > 0; i--) {
                int r = random.nextInt(200);
                b.append(r < 150 ? (char) ('a' + random.nextInt(26)) : r < 165 ? (char) ('A' + random.nextInt(26))
                        : r < 198 ? ' ' : odd.charAt(random.nextInt(odd.length())));
            }
            texts.add(b.toString());
        }
        int fused = 0;
        int disagree = 0;
        for (int k = 0; k < texts.size(); k++) {
            String published = texts.get(k);
            String cleaned = TextHygiene.clean(published);
            FoldedText once = FoldedText.ofPublishedIfClean(published);
            // one pass only for a text that cleaning gives back as it is (the check may refuse
            // more: a stray '¿' that cleaning then leaves in place is cleaned the long way)
            if (once != null) {
                assertSame(published, cleaned, published);
            }
            disagree += k < realTexts && once == null && published.equals(cleaned) ? 1 : 0;
            PreparedText fast = PreparedText.forPublished(published);
            PreparedText plain = PreparedText.forPosting(cleaned);
            assertEquals(plain.clean(), fast.clean(), published);
            assertEquals(plain.folded().folded(), fast.folded().folded(), published);
            assertEquals(plain.folded().foldsAlike(), fast.folded().foldsAlike(), published);
            assertEquals(plain.salaryFolded(), fast.salaryFolded(), published);
            assertEquals(plain.words(), fast.words(), published);
            assertEquals(plain.wordsAndPunctuation(), fast.wordsAndPunctuation(), published);
            for (String probe : List.of("abc", "e a", "ee", "ab'", "xyz")) {
                assertEquals(java.util.Arrays.toString(plain.folded().occurrences(probe)),
                        java.util.Arrays.toString(fast.folded().occurrences(probe)), published);
            }
            if (once != null) {
                fused++;
                assertSame(published, once.original());
            }
        }
        assertEquals(true, fused > texts.size() / 10 && fused < texts.size() - texts.size() / 10, "texts folded in one pass: " + fused);
        // a real text that cleaning keeps yet the pass refuses: rare (a '¿' or U+FFFD the pass
        // keeps only when it cannot be a lost thousands separator; "R&D" is refused, as '&'
        // before a letter may start an entity)
        assertEquals(true, disagree <= realTexts / 50,
                "real texts that cleaning keeps but the one pass refused: " + disagree + " of " + realTexts);
    }

    /**
     * A published text found not clean far in: its cleaned form is folded from there on, the
     * characters before the flaw taken as the first pass folded them ({@link FoldedText#ofPublished}).
     * The same folded text, flags and trigram index as folding the cleaned text from its start,
     * for flaws of every kind at every distance, after accented and upper-case characters.
     */
    @Test
    void aTextCleanedAfterAFlawFarInFoldsAsTheCleanedTextFromItsStart() {
        String[] flaws = {"  ", " \n", "\n ", "\n\n\n", "&amp;", "&eacute;", "<br>", "\u00a0", "\t", "1\u00bf000",
            "\u00bf ", "\r\n", "\u200b", "R&D", "\uFFFD"};
        String[] words = {"Poste", "développeur", "ŒUVRE", "cœur", "l’équipe", "Bac+5", "3", "ans", "é", "x", "R", "-"};
        java.util.Random random = new java.util.Random(27);
        int resumed = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder("Début");
            int flawAt = random.nextInt(60);
            for (int w = 0; w < 70; w++) {
                b.append(w == flawAt || random.nextInt(40) == 0 ? flaws[random.nextInt(flaws.length)] : " ")
                        .append(words[random.nextInt(words.length)]);
            }
            String published = b.toString();
            FoldedText once = FoldedText.ofPublished(published);
            String cleaned = TextHygiene.clean(published);
            FoldedText plain = FoldedText.ofClean(cleaned);
            if (once == null) {
                continue; // cleaned into a text the one pass refuses: folded the long way
            }
            resumed += once.original() != published ? 1 : 0;
            assertEquals(cleaned, once.original(), published);
            assertEquals(plain.folded(), once.folded(), published);
            assertEquals(plain.foldsAlike(), once.foldsAlike(), published);
            assertEquals(plain.foldsAlikeForWords(), once.foldsAlikeForWords(), published);
            String f = plain.folded();
            for (int i = 0; i + 3 <= f.length(); i += 1 + random.nextInt(4)) {
                String probe = f.substring(i, Math.min(f.length(), i + 3 + random.nextInt(3))).strip();
                if (probe.length() >= 3) {
                    assertEquals(java.util.Arrays.toString(plain.occurrences(probe)),
                            java.util.Arrays.toString(once.occurrences(probe)), probe + " in " + published);
                }
            }
        }
        assertEquals(true, resumed > 10_000, "texts cleaned and folded from their flaw: " + resumed);
    }

    @Test
    void aBlankTextIsRawBlankButNotEveryUncleanableOne() {
        assertEquals(true, PreparedText.of(null).isRawBlank());
        assertEquals(true, PreparedText.of(" \n").isRawBlank());
        // "<br>" cleans to nothing, yet it is not blank as passed (EmployerParser tells them apart)
        assertEquals(false, PreparedText.of("<br>").isRawBlank());
        assertEquals(null, PreparedText.of("<br>").clean());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text: R&D merges, punctuation keeps "r, d" apart; gender tags are dropped
            Directeur R&D / Directrice R & D (H/F)
            "R, D et R. D. ; r et d, h/f/d"
            "Ingénieur·e R-D, f/h : R/D"
            "Python, R, SQL ; R et Scala, r & python"
            "l’équipe R et D, l’R&D d’Orange"
            """)
    void tokensOfTheFoldedCharactersAreTheTokensOfTheText(String text) {
        FoldedText f = FoldedText.ofClean(text);
        for (boolean punctuation : new boolean[] {false, true}) {
            assertEquals(RoleText.textTokens(text, punctuation), RoleText.textTokensFolded(f.foldedChars(), punctuation));
        }
    }

    @Test
    void tokensOfTheFoldedCharactersOfTheLines() {
        int apostrophes = 0;
        for (String text : GatedPatternTest.texts()) {
            FoldedText f = FoldedText.ofClean(text);
            apostrophes += f.foldsAlikeForWords() && !f.foldsAlike() ? 1 : 0;
            if (f.foldsAlikeForWords()) {
                for (boolean punctuation : new boolean[] {false, true}) {
                    assertEquals(RoleText.textTokens(text, punctuation),
                            RoleText.textTokensFolded(f.foldedChars(), punctuation), text);
                }
            }
        }
        // texts with a typographic apostrophe fold alike for their words, not for the salary rules
        assertEquals(true, apostrophes > 0, "lines read from their folded characters thanks to the apostrophe rule");
        FoldedText apostrophe = FoldedText.ofClean("L’équipe R&D d’Orange");
        assertEquals(false, apostrophe.foldsAlike());
        assertEquals(true, apostrophe.foldsAlikeForWords());
        assertEquals(false, FoldedText.ofClean("Cœur de métier").foldsAlikeForWords(), "œ is one letter here, two in RoleText");
        assertEquals(false, FoldedText.ofClean("Paris – Lyon").foldsAlikeForWords(), "a dash RoleText keeps");
    }

    /**
     * A text whose only characters that fold otherwise in {@code RoleText} are punctuation marks
     * (dashes, bullets, "…") or letters made two there ("œ", "æ", "ß") has its words read from its
     * folded characters too, at the same positions, with the original characters taken where they
     * differ: the same tokens as {@code RoleText}'s, with and without punctuation, on random texts
     * made of such characters and of what the tokenizer reads around words (gender suffixes after
     * a dash or a bullet, tags, one-letter words, "R &amp; D"), and on the shipped real samples.
     */
    @Test
    void wordsReadWithTheOriginalAreTheTokensOfTheText() throws Exception {
        assertEquals(List.of(true, true, false), readWithOriginal("Cœur de métier"));
        assertEquals(List.of(true, false, false), readWithOriginal("Paris – Lyon • Lille…"));
        assertEquals(List.of(false, false, false), readWithOriginal("Cafe\u0301 – Lyon"), "a combining mark");
        assertEquals(List.of(false, false, true), readWithOriginal("Paris - Lyon"));
        List<String> pieces = List.of("œ", "Œ", "æ", "Æ", "ß", "–", "—", "•", "‧", "…", " ", " ", " ", "\n", ".", ", ", "-",
                "·", "/", "(", ")", "e", "es", "rice", "(e)", "(e)s", "s", "trice", "ne", "h", "f", "d", " (H/F) ", "h/f",
                "R", " & ", "&", "+", "cœur", "Œuvre", "sœur", "directrice", "Directrices", "générale", "ingénieur",
                "bac", "5", "œ+5", "masterœ", "x", "o", "oe", "ss", "l’", "’");
        java.util.Random random = new java.util.Random(20261127);
        int withOriginal = 0;
        int expanded = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 2 + random.nextInt(40); i >= 0; i--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = TextHygiene.clean(b.toString());
            if (text == null) {
                continue;
            }
            FoldedText f = FoldedText.ofClean(text);
            if (!f.wordsReadWithOriginal()) {
                continue;
            }
            withOriginal++;
            expanded += f.hasExpandedLetters() ? 1 : 0;
            for (boolean punctuation : new boolean[] {false, true}) {
                assertEquals(RoleText.textTokens(text, punctuation), new ArrayList<>(RoleText.textTokensFolded(
                        f.foldedChars(), text, f.hasExpandedLetters(), punctuation)), text);
            }
        }
        assertTrue(withOriginal > 10_000 && expanded > 5_000, withOriginal + " texts read with the original, "
                + expanded + " with letters made two");
        int real = 0;
        for (String source : List.of("francetravail:data/samples/francetravail", "csv:data/samples/glassdoor",
                "csv:data/samples/hellowork")) {
            for (io.techdir.posting.RawPosting p : NormalizeIdentityTest.read(source)) {
                PreparedText prepared = PreparedText.forPublished(p.description());
                if (prepared.raw() != null && prepared.folded().wordsReadWithOriginal()) {
                    real++;
                    String text = prepared.clean();
                    assertEquals(RoleText.textTokens(text, false), new ArrayList<>(prepared.words()), text);
                    assertEquals(RoleText.textTokens(text, true), new ArrayList<>(prepared.wordsAndPunctuation()), text);
                    assertSame(prepared.words(), prepared.wordsOfFolded(), "read from the folded characters");
                }
            }
        }
        assertTrue(real > 20, "real descriptions read with the original: " + real);
    }

    /** [wordsReadWithOriginal, hasExpandedLetters, foldsAlikeForWords] of a clean text. */
    private static List<Boolean> readWithOriginal(String text) {
        FoldedText f = FoldedText.ofClean(text);
        return List.of(f.wordsReadWithOriginal(), f.hasExpandedLetters(), f.foldsAlikeForWords());
    }

    @Test
    void tableFoldIsTheDefinitionForEveryCharacterOfTheTable() {
        List<String> wrong = new ArrayList<>();
        for (char[] range : new char[][] {{0, 0x24F}, {0x2000, 0x22FF}}) {
            for (int c = range[0]; c <= range[1]; c++) {
                for (String s : new String[] {String.valueOf((char) c), "Ab" + (char) c + "Cé", "œ" + (char) c + "İ"}) {
                    if (!definition(s).equals(TextHygiene.fold(s))) {
                        wrong.add(Integer.toHexString(c));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void foldOfTheLinesIsTheDefinition() {
        for (String text : GatedPatternTest.texts()) {
            assertEquals(definition(text), TextHygiene.fold(text), text);
        }
        // outside the table (a combining accent, Greek): the whole text is folded at once
        assertEquals(definition("Cafe\u0301 ΣΑΣ"), TextHygiene.fold("Cafe\u0301 ΣΑΣ"));
        assertEquals("cafe σας", TextHygiene.fold("Cafe\u0301 ΣΑΣ"));
    }

    @Test
    void foldIsTheSameUnderTheTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("ingenieur informatique idf", TextHygiene.fold("INGÉNIEUR INFORMATIQUE IDF"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void cleanKeepsACleanTextAsItIs() {
        for (String text : GatedPatternTest.texts()) {
            String clean = TextHygiene.clean(text);
            assertEquals(clean, TextHygiene.clean(clean), text);
        }
        String plain = "Experts & Cadres, salaire < 40k, R & D\nligne 2";
        assertSame(plain, TextHygiene.clean(plain));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # input: an '&' or '<' that starts an entity or a tag is still undone
            Experts &amp; Cadres      | Experts & Cadres
            a &eacute;b               | a éb
            a &#233;b                 | a éb
            x <b>gras</b> y           | x gras y
            x </p>y                   | x\\ny
            x & y < 5 &5 <5           | x & y < 5 &5 <5
            """)
    void cleanStillUndoesEntitiesAndTags(String input, String cleaned) {
        assertEquals(cleaned.replace("\\n", "\n"), TextHygiene.clean(input));
    }

    /** The definition of {@link TextHygiene#fold}, computed the slow way. */
    private static String definition(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        stripped = stripped.replace("œ", "oe").replace("æ", "ae");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }
}
