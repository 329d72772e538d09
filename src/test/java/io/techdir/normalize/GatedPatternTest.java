package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GatedPattern}: every gated pattern of the package finds exactly what its plain pattern
 * finds with {@link Matcher#find()} (positions and groups), over real description lines
 * ({@code /perf/description-lines.tsv}, see its README), long texts joined from them, and
 * windows inside those texts. A literal list that missed a way a match can start would fail
 * here.
 */
class GatedPatternTest {

    /** The description lines of {@code /perf/description-lines.tsv}. */
    static List<String> lines() {
        List<String> out = new ArrayList<>();
        try (InputStream in = GatedPatternTest.class.getResourceAsStream("/perf/description-lines.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split("\t", 3);
                out.add(cells[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The lines alone, joined by sevens (description-sized) and all joined (a long text). */
    static List<String> texts() {
        List<String> lines = lines();
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i += 7) {
            out.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 7))));
        }
        out.add(String.join(" ", lines));
        return out;
    }

    /** The texts as the gated patterns see them: cleaned and folded both ways. */
    static List<String> foldedTexts() {
        List<String> out = new ArrayList<>();
        for (String t : texts()) {
            String clean = TextHygiene.clean(t);
            out.add(FoldedText.fold(clean));
            out.add(TextHygiene.fold(clean));
        }
        return out;
    }

    /** Every gated pattern of the package: static fields, and the degree phrases. */
    static Stream<Arguments> gatedPatterns() throws IllegalAccessException {
        List<Arguments> out = new ArrayList<>();
        for (Class<?> c : List.of(SalaryDescription.class, RemoteWorkParser.class, ContractParser.class,
                DegreeVocabulary.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == GatedPattern.class) {
                    f.setAccessible(true);
                    out.add(Arguments.of(c.getSimpleName() + "." + f.getName(), f.get(null)));
                }
            }
        }
        out.add(Arguments.of("DegreeVocabulary.RNCP", DegreeVocabulary.RNCP.pattern()));
        for (DegreeVocabulary.Phrase p : DegreeVocabulary.PHRASES) {
            out.add(Arguments.of("DegreeVocabulary phrase " + p.pattern().pattern(), p.pattern()));
        }
        return out.stream();
    }

    @Test
    void everyGatedPatternIsChecked() throws IllegalAccessException {
        // SalaryDescription 2, RemoteWorkParser 5, ContractParser 1, DegreeVocabulary BAC_PLUS + CUE + RNCP + phrases
        assertEquals(2 + 5 + 1 + 3 + DegreeVocabulary.PHRASES.size(), gatedPatterns().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gatedPatterns")
    void findsWhatThePlainPatternFinds(String name, GatedPattern gated) {
        for (String s : foldedTexts()) {
            List<MatchResult> plain = plain(gated, s, 0, s.length());
            assertSame(plain, gated.findAll(s), name + " in '" + s + "'");
            for (int from = 0; from < s.length(); from += 97) {
                int to = Math.min(s.length(), from + 170);
                List<MatchResult> fast = new ArrayList<>();
                gated.findAll(s, from, to, fast);
                assertSame(plain(gated, s, from, to), fast, name + " in [" + from + ", " + to + ") of '" + s + "'");
            }
            assertEquals(!plain.isEmpty(), gated.find(s), name + " found in '" + s + "'");
        }
    }

    /**
     * {@link GatedPattern#anyIn} (the literals looked up one by one, the first match answers;
     * short literals searched between the windows only) says whether the plain pattern matches
     * in one of the windows: spread windows, one window per line-sized stretch, and the whole text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gatedPatterns")
    void anyInSaysWhetherAWindowHoldsAMatch(String name, GatedPattern gated) {
        for (String s : foldedTexts()) {
            for (int step : new int[] {97, 170, s.length() + 1}) {
                int[] regions = new int[2 * (s.length() / step + 1)];
                int k = 0;
                boolean expected = false;
                for (int from = 0; from < s.length(); from += step) {
                    int to = Math.min(s.length(), from + Math.min(step, 60 + step / 2));
                    regions[k++] = from;
                    regions[k++] = to;
                    expected |= !plain(gated, s, from, to).isEmpty();
                }
                assertEquals(expected, gated.anyIn(FoldedText.ofFolded(s), java.util.Arrays.copyOf(regions, k)),
                        name + " in regions of " + step + " of '" + s + "'");
            }
        }
        assertEquals(false, gated.anyIn(FoldedText.ofFolded("x"), new int[0]), name + " without windows");
    }

    /**
     * {@link GatedPattern#findJoined} says what {@code find()} says of two stretches of a text
     * joined by a space (a clause with a word taken out): stretches cut at every kind of place,
     * words cut in two and empty stretches included, and cuts where a literal holding a space
     * ("de formation") runs across the inserted space.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gatedPatterns")
    void findJoinedSaysWhatFindSaysOfTheJoinedStretches(String name, GatedPattern gated) {
        java.util.Random random = new java.util.Random(7);
        for (String s : foldedTexts()) {
            FoldedText text = FoldedText.ofFolded(s);
            for (int k = 0; k < 12; k++) {
                int aFrom = random.nextInt(s.length() + 1);
                int aTo = Math.min(s.length(), aFrom + random.nextInt(k < 6 ? 60 : 400));
                int bFrom = Math.min(s.length(), aTo + random.nextInt(12));
                int bTo = Math.min(s.length(), bFrom + random.nextInt(k < 6 ? 60 : 400));
                String joined = s.substring(aFrom, aTo) + " " + s.substring(bFrom, bTo);
                assertEquals(gated.pattern().matcher(joined).find(), gated.findJoined(text, aFrom, aTo, bFrom, bTo),
                        name + " in '" + joined + "'");
            }
        }
        // the taken-out word ("xx") is a word: a literal that needs a word start may begin b all the same
        for (String[] cut : new String[][] {{"une session de", "formation continue"}, {"chez nous de", "type x"},
                {"un poste ou", "equivalent"}, {"x", "tu es"}, {"", "vous"}, {"vous", ""}, {"", ""}}) {
            String s = cut[0] + "xx" + cut[1];
            String joined = cut[0] + " " + cut[1];
            assertEquals(gated.pattern().matcher(joined).find(),
                    gated.findJoined(FoldedText.ofFolded(s), 0, cut[0].length(), cut[0].length() + 2, s.length()),
                    name + " in '" + joined + "'");
        }
    }

    @Test
    void aDegreeCueMayRunAcrossTheTakenOutWord() {
        // "de formation", "de type", "ou equivalent" across the space; "tu" right after the word
        GatedPattern cue = DegreeVocabulary.CUE;
        for (String[] cut : new String[][] {{"une session de", "formation continue"}, {"chez nous de", "type x"},
                {"un poste ou", "equivalent"}, {"x", "tu es"}}) {
            String s = cut[0] + "xx" + cut[1];
            assertEquals(true, cue.findJoined(FoldedText.ofFolded(s), 0, cut[0].length(), cut[0].length() + 2,
                    s.length()), s);
            assertEquals(false, cue.find(s), s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gatedPatterns")
    void findsInSeveralRegionsWhatEachRegionGives(String name, GatedPattern gated) {
        for (String s : foldedTexts()) {
            int[] regions = new int[2 * (s.length() / 97 + 1)];
            int k = 0;
            List<MatchResult> expected = new ArrayList<>();
            for (int from = 0; from < s.length(); from += 97) {
                int to = Math.min(s.length(), from + 60);
                regions[k++] = from;
                regions[k++] = to;
                expected.addAll(plain(gated, s, from, to));
            }
            List<MatchResult> fast = new ArrayList<>();
            gated.findAllIn(FoldedText.ofFolded(s), java.util.Arrays.copyOf(regions, k), fast);
            assertSame(expected, fast, name + " in regions of '" + s + "'");
        }
    }

    @Test
    void theLinesExerciseEveryPatternButSomeDegreePhrases() throws IllegalAccessException {
        // the equivalence above means something only where the patterns match
        List<String> texts = foldedTexts();
        List<String> unmatched = new ArrayList<>();
        for (Arguments a : gatedPatterns().toList()) {
            String name = (String) a.get()[0];
            GatedPattern p = (GatedPattern) a.get()[1];
            if (!name.startsWith("DegreeVocabulary phrase") && texts.stream().noneMatch(p::find)) {
                unmatched.add(name);
            }
        }
        assertEquals(List.of(), unmatched);
    }

    @ParameterizedTest(name = "''{1}'' in ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            # text             | literal      | regex          | expected starts
            bon on             | \\bon        | on\\b          | 4
            bon on             | on           | on\\b          | 1 4
            1on (on)           | \\bon        | on             | 5
            xon on             | (?<![a-z])on | on             | 4
            5on on             | (?<![a-z])on | on             | 1 4
            """)
    void literalConditionsOnlySkipStartsThePatternCannotUse(String text, String literal, String regex,
            String starts) {
        List<MatchResult> found = GatedPattern.of(regex, literal).findAll(text);
        assertEquals(starts, String.join(" ", found.stream().map(m -> String.valueOf(m.start())).toList()));
    }

    @Test
    void aStartNotAmongTheLiteralsIsMissed() {
        // the contract: every match must start with a literal; "cd" is not one here
        List<MatchResult> found = GatedPattern.of("ab|cd", "ab").findAll("cd ab");
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).start());
    }

    @Test
    void emptyLiteralIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GatedPattern.of("x", "\\b"));
        assertEquals("gated pattern x: empty literal '\\b'; expected the text a match starts with", e.getMessage());
    }

    private static List<MatchResult> plain(GatedPattern gated, String s, int from, int to) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = gated.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static void assertSame(List<MatchResult> expected, List<MatchResult> actual, String where) {
        assertEquals(describe(expected), describe(actual), where);
    }

    private static List<String> describe(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) {
            StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append(' ').append(m.start(g)).append(':').append(m.group(g));
            }
            out.add(b.toString());
        }
        return out;
    }
}
