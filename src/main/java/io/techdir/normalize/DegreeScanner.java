package io.techdir.normalize;

import io.techdir.posting.DegreeLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the degrees a folded text names ({@link DegreeVocabulary}) and the disciplines near
 * them. In a dedicated field every word counts; in a description, ambiguous words count only in
 * context: a school name, "licence" or a plain "Bac" only in a clause that speaks of degrees,
 * "CAP"/"BUT"/"MS"/"M2" only in upper case, "Scrum Master", "Master Data" and software licences
 * never.
 */
final class DegreeScanner {

    private static final int FIELD_BEFORE = 40;
    private static final int FIELD_AFTER = 90;
    private static final int CUE_BEFORE = 40;
    private static final List<String> BAC_TRIGGER = List.of("bac");

    private DegreeScanner() {
    }

    /** Every degree mention in the text, in order of position. */
    static List<DegreeMention> mentions(FoldedText text, boolean field) {
        return mentions(text, field, null);
    }

    /**
     * {@link #mentions(FoldedText, boolean)}, given the text's words as {@link RoleText}
     * tokenizes them ({@link PreparedText#words()}, or null): its single vocabulary words are then
     * found among them ({@link DegreeWords#candidates(char[], List)}).
     */
    static List<DegreeMention> mentions(FoldedText text, boolean field, List<String> words) {
        List<DegreeMention> found = new ArrayList<>();
        for (MatchResult m : text.near(DegreeVocabulary.BAC_PLUS, BAC_TRIGGER)) {
            if (field || !notRequirement(text, m.start())) {
                found.add(bacPlus(m));
            }
        }
        for (MatchResult m : text.near(DegreeVocabulary.RNCP.pattern(), DegreeVocabulary.RNCP.triggers())) {
            String level = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            found.add(DegreeMention.of(m.start(), m.end(), DegreeVocabulary.rncp(level), null));
        }
        words(text, field, words, found);
        for (DegreeVocabulary.Phrase p : DegreeVocabulary.PHRASES) {
            for (MatchResult m : text.near(p.pattern(), p.triggers())) {
                if (accept(text, p.rule(), m.start(), m.end(), field)) {
                    found.add(DegreeMention.of(m.start(), m.end(), p.rule().level(), p.rule().kind()));
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(DegreeMention::start));
        return found;
    }

    /**
     * The disciplines named near the given mentions (in a field: anywhere), in order of first
     * appearance. Words inside school names ("école de commerce") do not count as disciplines.
     */
    static List<String> fields(FoldedText text, List<DegreeMention> mentions, boolean field) {
        if (!field && mentions.isEmpty()) {
            return List.of(); // no mention, no window
        }
        StringBuilder blanked = null;
        for (DegreeMention m : mentions) {
            if (m.kind() != null) {
                if (blanked == null) {
                    blanked = new StringBuilder(text.folded());
                }
                for (int i = m.start(); i < m.end(); i++) {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        String s = blanked == null ? text.folded() : blanked.toString();
        List<int[]> windows = new ArrayList<>();
        if (field) {
            windows.add(new int[] {0, s.length()});
        } else {
            for (DegreeMention m : mentions) {
                int from = Math.max(text.clauseStart(m.start()), m.start() - FIELD_BEFORE);
                windows.add(new int[] {from, fieldWindowEnd(text, s, from, m.end())});
            }
        }
        record Hit(int pos, String name) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int[] w : windows) {
            String window = s.substring(w[0], w[1]);
            for (DegreeVocabulary.FieldWord f : DegreeVocabulary.FIELDS) {
                int at = find(window, f);
                if (at >= 0) {
                    hits.add(new Hit(w[0] + at, f.name()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::pos));
        Set<String> names = new LinkedHashSet<>();
        hits.forEach(h -> names.add(h.name()));
        return List.copyOf(names);
    }

    /**
     * Where the words about a mention's discipline end: the clause end, {@value #FIELD_AFTER}
     * characters on, or where the sentence turns to the candidate ("..., vous avez"), unless
     * that turn is inside brackets ("(Bac +5 ou Bac+3 avec expérience) en Réseaux").
     */
    private static int fieldWindowEnd(FoldedText text, String s, int windowStart, int from) {
        int to = Math.min(text.clauseEnd(from), from + FIELD_AFTER);
        if (!mayStop(s, from, to)) {
            return to;
        }
        Matcher stop = DegreeVocabulary.FIELD_STOP.matcher(s).region(from, to);
        while (stop.find()) {
            int open = 0;
            for (int i = windowStart; i < stop.start(); i++) {
                open += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            }
            if (open <= 0) {
                return stop.start();
            }
        }
        return to;
    }

    /**
     * Whether a {@link DegreeVocabulary#FIELD_STOP} match may lie inside {@code s[from, to)}:
     * each of its alternatives holds a comma, "vous", "avec" or "with".
     */
    static boolean mayStop(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == 'v' && (s.startsWith("vous", i) || i > from && s.startsWith("avec", i - 1))
                    || c == 'w' && s.startsWith("with", i)) {
                return true;
            }
        }
        return false;
    }

    /** First occurrence of a discipline word in {@code s}, on word boundaries, or -1. */
    private static int find(String s, DegreeVocabulary.FieldWord f) {
        String t = f.text();
        for (int at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
            int end = at + t.length();
            boolean endOk = f.prefix() || end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }

    /** Single words looked up in {@link DegreeVocabulary#WORDS}, with their special cases. */
    private static void words(FoldedText text, boolean field, List<String> words, List<DegreeMention> found) {
        String s = text.folded();
        int[] candidates = DegreeWords.candidates(text.foldedChars(), words);
        for (int w = 0; w < candidates.length; w += 2) {
            int start = candidates[w];
            int i = candidates[w + 1];
            String word = s.substring(start, i);
            DegreeVocabulary.Rule rule = DegreeVocabulary.WORDS.get(word);
            if (rule == null) {
                continue;
            }
            int end = i;
            DegreeLevel level = rule.level();
            switch (word) {
                case "bac", "baccalaureat" -> {
                    if (after(DegreeVocabulary.NOT_BAC_AFTER, s, end) != null
                            || !field && !plainBacHasCue(s, start, end)) {
                        continue;
                    }
                }
                case "master", "masters", "mastere" -> {
                    if (DegreeVocabulary.NOT_MASTER_BEFORE.matcher(s.substring(Math.max(0, start - 20), start)).find()
                            || after(DegreeVocabulary.NOT_MASTER_AFTER, s, end) != null) {
                        continue;
                    }
                    Matcher one = after(DegreeVocabulary.MASTER_1, s, end);
                    Matcher two = after(DegreeVocabulary.MASTER_2, s, end);
                    if (one != null) {
                        level = DegreeLevel.BAC_4;
                        end = one.end();
                    } else if (two != null) {
                        end = two.end();
                    }
                }
                case "licence" -> {
                    if (after(DegreeVocabulary.NOT_LICENCE_AFTER, s, end) != null) {
                        continue;
                    }
                    if (after(DegreeVocabulary.LICENCE_DEGREE_AFTER, s, end) != null) {
                        rule = new DegreeVocabulary.Rule(rule.level(), rule.kind(), false, false);
                    }
                }
                case "brevet" -> {
                    if (after(DegreeVocabulary.NOT_BREVET_AFTER, s, end) != null) {
                        continue;
                    }
                }
                case "bs", "ba", "ms" -> {
                    if (!field && after(DegreeVocabulary.ABBREVIATION_AFTER, s, end) == null) {
                        continue;
                    }
                }
                case "m1", "m2" -> {
                    if (afterNumber(s, start)) {
                        continue;
                    }
                }
                default -> {
                    // no special case
                }
            }
            if (accept(text, rule, start, end, field)) {
                found.add(DegreeMention.of(start, end, level, rule.kind()));
            }
        }
    }

    /**
     * Whether the 40 characters before {@code start} end with an agency's boilerplate
     * ({@link DegreeVocabulary#NOT_REQUIREMENT_BEFORE}); the regex runs only when they hold
     * "profil", which every match ends with (absent from most texts: ruled out by the text's
     * trigrams).
     */
    private static boolean notRequirement(FoldedText text, int start) {
        int from = Math.max(0, start - 40);
        for (int p : text.occurrences(DegreeVocabulary.PROFILE)) {
            if (p >= from && p + DegreeVocabulary.PROFILE.length() <= start) {
                return DegreeVocabulary.NOT_REQUIREMENT_BEFORE.matcher(text.folded().substring(from, start)).find();
            }
        }
        return false;
    }

    private static DegreeMention bacPlus(MatchResult m) {
        int low = Integer.parseInt(m.group(2));
        int high = low;
        if (m.group(3) != null) {
            Matcher d = DegreeVocabulary.DIGIT.matcher(m.group(3));
            while (d.find()) {
                int n = Integer.parseInt(d.group());
                low = Math.min(low, n);
                high = Math.max(high, n);
            }
        }
        DegreeLevel level = DegreeVocabulary.bacPlus(low);
        DegreeLevel max = m.group(4) != null ? DegreeLevel.DOCTORATE : DegreeVocabulary.bacPlus(high);
        if (m.group(1) != null) {
            // "> Bac +5": above the level named
            level = DegreeLevel.values()[Math.min(DegreeLevel.DOCTORATE.ordinal(), level.ordinal() + 1)];
            max = DegreeLevel.DOCTORATE;
        }
        return new DegreeMention(m.start(), m.end(), level, max, null);
    }

    private static Matcher after(Pattern p, String s, int end) {
        Matcher m = p.matcher(s).region(end, Math.min(s.length(), end + 30))
                .useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    private static boolean plainBacHasCue(String s, int start, int end) {
        return DegreeVocabulary.BAC_CUE_BEFORE.matcher(s.substring(Math.max(0, start - 25), start)).find()
                || after(DegreeVocabulary.BAC_CUE_AFTER, s, end) != null;
    }

    private static boolean afterNumber(String s, int start) {
        int i = start - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isDigit(s.charAt(i));
    }

    private static boolean accept(FoldedText text, DegreeVocabulary.Rule rule, int start, int end, boolean field) {
        if (field) {
            return true;
        }
        if (rule.upperCase() && !isUpperCase(text.original().substring(start, end))) {
            return false;
        }
        if (rule.needsCue()) {
            // the clause without the word itself: its words before, a space, its words after
            int clauseStart = text.clauseStart(start);
            return DegreeVocabulary.CUE.findJoined(text, clauseStart, start, end, text.clauseEnd(end))
                    || headingHasCue(text, clauseStart);
        }
        return true;
    }

    /** Whether the line before a clause is a heading ("Formation et expérience :") with a cue. */
    private static boolean headingHasCue(FoldedText text, int clauseStart) {
        String before = text.folded().substring(Math.max(0, clauseStart - CUE_BEFORE), clauseStart).stripTrailing();
        if (!before.endsWith(":")) {
            return false;
        }
        int line = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('.'));
        return DegreeVocabulary.HEADING_CUE.matcher(before.substring(line + 1)).find();
    }

    /** The first two letters (or the only one) are upper case: "CAP", "MSc", "M2", not "Cap", "ms". */
    private static boolean isUpperCase(String original) {
        int letters = 0;
        for (int i = 0; i < original.length() && letters < 2; i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0;
    }
}
