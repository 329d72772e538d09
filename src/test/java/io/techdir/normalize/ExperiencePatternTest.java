package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExperiencePattern}: every experience pattern finds exactly what its plain pattern finds
 * ({@link Matcher#find()} over a substring, {@link Matcher#lookingAt()} over a region, repeated
 * {@code find()} with transparent bounds), positions and groups, over the real description lines
 * of {@code /perf/description-lines.tsv} ({@link GatedPatternTest#foldedTexts()}), in windows of
 * every size the experience rules use, and around every number. A start table that ruled out a
 * way a match can start would fail here.
 */
class ExperiencePatternTest {

    /** Every experience pattern: the static fields of the scanner and of the alternatives. */
    static Stream<Arguments> experiencePatterns() throws IllegalAccessException {
        List<Arguments> out = new ArrayList<>();
        for (Class<?> c : List.of(ExperienceScanner.class, ExperienceAlternatives.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == ExperiencePattern.class) {
                    f.setAccessible(true);
                    out.add(Arguments.of(c.getSimpleName() + "." + f.getName(), f.get(null)));
                }
            }
        }
        return out.stream();
    }

    @Test
    void everyExperiencePatternIsChecked() throws IllegalAccessException {
        // ExperienceScanner: ANCHOR, RANGE_AFTER, RANGE_BEFORE, MIN_BEFORE, MAX_BEFORE, MIN_AFTER,
        // EXPERIENCE_WORD, CANDIDATE, TRAP_BEFORE, TRAP_SPAN, TRAP_JUST_BEFORE, TRAP_AFTER,
        // HISTORY_OPENING, CANDIDATE_SUBJECT, TENURE_BEFORE, TENURE_AFTER, HEADING_BEFORE;
        // ExperienceAlternatives: DEGREE, PREFERENCE
        assertEquals(17 + 2, experiencePatterns().count());
    }

    /**
     * The texts: the real description lines ({@link GatedPatternTest#foldedTexts()}), the
     * descriptions of {@code /normalize/experience-descriptions.csv}, and phrases for the rules
     * those rarely reach (ranges written before the figure, maxima, tenure, headings).
     */
    static List<String> texts() {
        List<String> out = new ArrayList<>(GatedPatternTest.foldedTexts());
        List<String> own = new ArrayList<>(List.of(
                "Expérience : entre 2 et 4 ans sur un poste similaire.",
                "De 3 à 5 ans d'expérience ; jusqu'à 2 ans en alternance.",
                "Moins de 2 ans d'expérience, up to 3 years, no more than 4 years.",
                "Prime à partir d'un an d'ancienneté, dès 12 mois d'ancienneté ; after 2 years of service.",
                "Expérience requise :\n3 ans minimum\nExperience:\n5+ years",
                "Profil : Bac+5 ou 10 ans d'expérience, BS/MS with 2-4 years, 6 mois à 1 an.",
                "Expérience souhaitée :"));
        try (java.io.InputStream in = ExperiencePatternTest.class.getResourceAsStream(
                "/normalize/experience-descriptions.csv");
                org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                        .setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            csv.forEach(r -> own.add(r.get("description")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        own.add(String.join("\n", own));
        for (String t : own) {
            out.add(FoldedText.of(t).folded());
        }
        return out;
    }

    /** Windows {@code [from, to)} of a text: spread, random, and ending or starting at each digit. */
    private static List<int[]> windows(String s, Random random) {
        List<int[]> out = new ArrayList<>();
        for (int size : new int[] {20, 30, 45, 80, 160}) {
            for (int from = 0; from < s.length(); from += Math.max(7, size / 2)) {
                out.add(new int[] {from, Math.min(s.length(), from + size)});
            }
        }
        for (int i = 0; i < 20; i++) {
            int from = random.nextInt(s.length() + 1);
            out.add(new int[] {from, from + random.nextInt(s.length() - from + 1)});
        }
        for (int p = 0; p < s.length(); p++) {
            if (Character.isDigit(s.charAt(p))) {
                out.add(new int[] {Math.max(0, p - 45), p});
                out.add(new int[] {p, Math.min(s.length(), p + 40)});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiencePatterns")
    void findsWhatThePlainPatternFinds(String name, ExperiencePattern pattern) {
        Random random = new Random(42);
        for (String s : texts()) {
            for (int[] w : windows(s, random)) {
                String where = name + " in [" + w[0] + ", " + w[1] + ") of '" + s + "'";
                Matcher plain = pattern.pattern().matcher(s.substring(w[0], w[1]));
                Matcher fast = pattern.match(s, w[0], w[1]);
                if (!plain.find()) {
                    assertNull(fast, where);
                    assertEquals(-1, pattern.find(s, w[0], w[1]), where);
                    continue;
                }
                assertSameMatch(plain, fast, where);
                assertEquals(w[0] + plain.start(), pattern.find(s, w[0], w[1]), where);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiencePatterns")
    void looksAtWhatThePlainPatternLooksAt(String name, ExperiencePattern pattern) {
        for (String s : texts()) {
            for (int from = 0; from < s.length(); from++) {
                for (int size : new int[] {1, 40}) {
                    int to = Math.min(s.length(), from + size);
                    String where = name + " at [" + from + ", " + to + ") of '" + s + "'";
                    Matcher plain = pattern.pattern().matcher(s).region(from, to);
                    Matcher fast = pattern.lookingAt(s, from, to);
                    if (!plain.lookingAt()) {
                        assertNull(fast, where);
                        continue;
                    }
                    assertSameMatch(plain, fast, where);
                }
            }
        }
    }

    /** Repeated find() over a region with transparent bounds, as the scanner runs the anchor. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("experiencePatterns")
    void nextStartSkipsOnlyPositionsWithoutAMatch(String name, ExperiencePattern pattern) {
        Random random = new Random(7);
        for (String s : texts()) {
            for (int[] w : windows(s, random)) {
                Matcher plain = pattern.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false)
                        .region(w[0], w[1]);
                Matcher fast = pattern.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                int p = pattern.nextStart(s, w[0], w[1]);
                while (plain.find()) {
                    String where = name + " in [" + w[0] + ", " + w[1] + ") of '" + s + "'";
                    while (p >= 0 && !fast.region(p, w[1]).lookingAt()) {
                        p = pattern.nextStart(s, p + 1, w[1]);
                    }
                    assertEquals(plain.start(), p, where);
                    assertSameMatch(plain, fast, where);
                    p = pattern.nextStart(s, fast.end(), w[1]);
                }
                while (p >= 0 && !fast.region(p, w[1]).lookingAt()) {
                    p = pattern.nextStart(s, p + 1, w[1]);
                }
                assertEquals(-1, p, name + " after the last match in [" + w[0] + ", " + w[1] + ") of '" + s + "'");
            }
        }
    }

    private static void assertSameMatch(Matcher plain, Matcher fast, String where) {
        assertEquals(plain.groupCount(), fast.groupCount(), where);
        for (int g = 0; g <= plain.groupCount(); g++) {
            assertEquals(plain.group(g), fast.group(g), where + " group " + g);
            assertEquals(plain.start(g), fast.start(g), where + " start " + g);
        }
    }

    @Test
    void theTextsExerciseEveryPattern() throws IllegalAccessException {
        // the equivalence above means something only where the patterns match: in a window
        // ("...\\s*$" patterns match at the end of the words before a figure)
        List<String> unmatched = new ArrayList<>();
        for (Arguments a : experiencePatterns().toList()) {
            ExperiencePattern p = (ExperiencePattern) a.get()[1];
            Random random = new Random(1);
            boolean matched = texts().stream().anyMatch(s -> windows(s, random).stream()
                    .anyMatch(w -> p.pattern().matcher(s.substring(w[0], w[1])).find()));
            if (!matched) {
                unmatched.add((String) a.get()[0]);
            }
        }
        assertEquals(List.of(), unmatched);
    }

    /**
     * The parser's beginner phrase is a {@link GatedPattern} (tried where "debutant", "meme
     * debutant", "no experience" or "aucune experience" starts a word): it finds what its plain
     * pattern finds.
     */
    @Test
    void theBeginnerPhraseFindsWhatItsPlainPatternFinds() throws ReflectiveOperationException {
        Field f = ExperienceParser.class.getDeclaredField("DESCRIPTION_BEGINNER");
        f.setAccessible(true);
        GatedPattern gated = (GatedPattern) f.get(null);
        List<String> texts = new ArrayList<>(texts());
        for (String phrase : List.of("Débutant(e) accepté(e)", "Poste ouvert à tous, même débutante.",
                "débutants bienvenus", "No experience required", "Aucune expérience requise ; non débutant",
                "Xdebutant accepte, (debutant accepte)")) {
            texts.add(FoldedText.of(phrase).folded());
        }
        int found = 0;
        for (String s : texts) {
            Matcher plain = gated.pattern().matcher(s);
            List<java.util.regex.MatchResult> fast = gated.findAll(s, FoldedText.ofFolded(s));
            int i = 0;
            while (plain.find()) {
                assertEquals(plain.start(), fast.get(i).start(), "in '" + s + "'");
                assertEquals(plain.end(), fast.get(i).end(), "in '" + s + "'");
                i++;
                found++;
            }
            assertEquals(i, fast.size(), "in '" + s + "'");
        }
        assertEquals(true, found >= 6, found + " phrases");
    }

    /** The start tables at work on the edges: a word boundary, a look-behind, the end of the input. */
    @ParameterizedTest(name = "''{0}'' in ''{1}''")
    @CsvSource(delimiter = ';', textBlock = """
            # regex                  ; text          ; expected start
            \\b(?:on|an)\\b          ; bon on        ; 4
            \\b(?:on|an)\\b          ; bonjour       ; -1
            (?<![\\w+.,])\\d+ ans    ; '+5 ans, 6 ans' ; 8
            (?<![\\w+.,])\\d+ ans    ; x5 ans        ; -1
            (?:\\+|-)\\s*$           ; 12 +          ; 3
            an$                      ; ans an        ; 4
            \\bmin\\b                ; 5 min         ; 2
            """)
    void findsLikeFind(String regex, String text, int expected) {
        ExperiencePattern p = ExperiencePattern.of(regex);
        assertEquals(expected, p.find(text, 0, text.length()));
        Matcher plain = p.pattern().matcher(text);
        assertEquals(expected, plain.find() ? plain.start() : -1);
    }

    @Test
    void aWindowHidesWhatLiesOutsideIt() {
        // "an" is a whole word in the window [0, 2) of "ans", as in the substring "an"
        ExperiencePattern p = ExperiencePattern.of("\\ban\\b");
        assertEquals(0, p.find("ans", 0, 2));
        assertEquals(-1, p.find("ans", 0, 3));
        // and "an" starts a word in the window [1, 3) of "xan"
        assertEquals(1, p.find("xan", 1, 3));
        assertEquals(-1, p.find("xan", 0, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (?<=a)b
            a\\Bb
            x*
            """)
    void patternsOutsideTheContractAreRejected(String regex) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperiencePattern.of(regex));
        assertEquals("experience pattern '" + regex + "'; expected one that does not match the empty string nor"
                + " look behind with (?<= or \\B", e.getMessage());
    }
}
