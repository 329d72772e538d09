package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RemoteWorkPattern} and {@link RemoteWorkStarts}: every alternative of the remote-work
 * rules starts with one of its own literals (the contract that lets a position try only the
 * alternatives its literals start), and the scan of windows finds, pattern by pattern, exactly
 * what {@link Matcher#find()} finds in each window, over the real description lines of
 * {@link GatedPatternTest}.
 */
class RemoteWorkPatternTest {

    static Stream<Arguments> rules() throws IllegalAccessException {
        List<Arguments> out = new ArrayList<>();
        for (Field f : RemoteWorkParser.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RemoteWorkPattern.class) {
                f.setAccessible(true);
                out.add(Arguments.of(f.getName(), f.get(null)));
            }
        }
        assertEquals(5, out.size(), "remote-work rules");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyAlternativeStartsWithOneOfItsLiterals(String name, RemoteWorkPattern rule) {
        List<String> texts = GatedPatternTest.foldedTexts();
        texts.add("teletravail : non. no remote; non-remote, not a remote role. 100% remote, fully work remotely");
        for (RemoteWorkPattern.Alternative a : rule.alternatives()) {
            Matcher m = Pattern.compile(a.regex()).matcher("");
            for (String s : texts) {
                m.reset(s);
                while (m.find()) {
                    assertTrue(startsWithALiteral(s, m.start(), a.literals()),
                            name + " alternative " + a.regex() + " matched '" + m.group() + "' in '" + s + "'");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theScanFindsWhatFindFindsInEachWindow(String name, RemoteWorkPattern rule) {
        RemoteWorkStarts starts = new RemoteWorkStarts(rule);
        Pattern whole = rule.gated().pattern();
        for (String s : GatedPatternTest.foldedTexts()) {
            List<Integer> windows = new ArrayList<>();
            for (int from = 0; from < s.length(); from += 211) {
                windows.add(from);
                windows.add(Math.min(s.length(), from + 170));
            }
            int[] w = windows.stream().mapToInt(Integer::intValue).toArray();
            List<String> expected = new ArrayList<>();
            Matcher m = whole.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < w.length; i += 2) {
                m.region(w[i], w[i + 1]);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
            }
            RemoteWorkStarts.Starts found = starts.scan(s, s.toCharArray(), w);
            List<String> actual = new ArrayList<>();
            for (MatchResult r : found.findAll(0)) {
                actual.add(r.start() + "-" + r.end());
            }
            assertEquals(expected, actual, name + " in '" + s + "'");
            assertEquals(!expected.isEmpty(), found.any(0), name + " any in '" + s + "'");
        }
    }

    private static boolean startsWithALiteral(String s, int at, String[] literals) {
        for (String l : literals) {
            boolean word = l.startsWith("\\b");
            String text = word ? l.substring(2) : l;
            char before = at > 0 ? s.charAt(at - 1) : ' ';
            boolean boundary = !(before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z'
                    || before >= '0' && before <= '9' || before == '_');
            if (s.startsWith(text, at) && (!word || boundary)) {
                return true;
            }
        }
        return false;
    }
}
