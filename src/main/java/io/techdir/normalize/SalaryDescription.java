package io.techdir.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Where a salary may be stated in a description: short windows around the words that announce
 * one ("Rémunération : 50 à 55K€ brut", "Salaire : 70 000 €/80 000 €", "45 000 € brut annuel",
 * "$120,000 per year"). Only these windows are read, so a company's revenue or a budget elsewhere
 * in the text is never taken for a salary.
 */
final class SalaryDescription {

    /** Words that announce a salary stated after them ("Rémunération : ..."), in folded text. */
    private static final GatedPattern LEAD = GatedPattern.of("(?<![a-z])(?:salaires?|remunerations?|retributions?"
            + "|package|fourchette|salary|compensation|pay|pay range|tjm|taux journalier|taux horaires?"
            + "|gratification)(?![a-z])", "(?<![a-z])salar", "(?<![a-z])salair", "(?<![a-z])remun",
            "(?<![a-z])retrib", "(?<![a-z])package", "(?<![a-z])fourch", "(?<![a-z])compens", "(?<![a-z])pay",
            "(?<![a-z])tjm", "(?<![a-z])taux ", "(?<![a-z])gratif");
    /** Words that follow a salary ("45 000 € brut annuel", "50 k€", "$120,000 per year"). */
    private static final GatedPattern TRAIL = GatedPattern.of("(?<![a-z])(?:brut|brute|bruts|brutes|per year"
            + "|per annum|a year|per hour|an hour|per day|k€|keur)(?![a-z])|(?:€|euros?) ?(?:/|par) ?(?:an|mois|jour"
            + "|heure)(?![a-z])", "(?<![a-z])brut", "(?<![a-z])per ", "(?<![a-z])a year", "(?<![a-z])an hour",
            "(?<![a-z])k€", "(?<![a-z])keur", "€", "euro");
    /** Characters before a trailing word that belong to its window. */
    private static final int BEFORE = 40;
    /** Characters after a leading word that belong to its window. */
    private static final int AFTER = 200;
    /** Characters after a trailing word that belong to its window. */
    private static final int TRAIL_AFTER = 40;

    private SalaryDescription() {
    }

    /**
     * The windows of a folded description, in text order: after a leading word, the rest of its
     * line (and when the word ends its line, "Rémunération :", also with the next non-empty line);
     * around a trailing word, the few words before and after it.
     *
     * @param folded description through {@link TextHygiene#clean} and {@link TextHygiene#fold}
     * @return windows, possibly none
     */
    static List<String> windows(String folded) {
        return windows(folded, null);
    }

    /**
     * {@link #windows(String)}; {@code text}, when its {@link FoldedText#folded()} is
     * {@code folded} itself, lends its index to find the anchor words.
     */
    static List<String> windows(String folded, FoldedText text) {
        List<Window> found = new ArrayList<>();
        for (MatchResult lead : LEAD.findAll(folded, text)) {
            found.add(new Window(lead.start(), lead.end(), true));
        }
        for (MatchResult trail : TRAIL.findAll(folded, text)) {
            found.add(new Window(trail.start(), trail.end(), false));
        }
        found.sort((x, y) -> Integer.compare(x.anchorStart, y.anchorStart));
        List<String> out = new ArrayList<>();
        int covered = -1;
        for (Window w : found) {
            if (w.anchorStart < covered) {
                continue;
            }
            int lineStart = folded.lastIndexOf('\n', w.anchorStart) + 1;
            int lineEnd = lineEnd(folded, w.anchorEnd);
            int start = w.lead ? w.anchorStart : widenStart(folded, Math.max(lineStart, w.anchorStart - BEFORE),
                    lineStart);
            int end = widenEnd(folded, Math.min(lineEnd, w.anchorEnd + (w.lead ? AFTER : TRAIL_AFTER)), lineEnd);
            out.add(folded.substring(start, end));
            covered = end;
            if (w.lead && end == lineEnd && lineEnd < folded.length()) {
                int next = nextNonEmptyLine(folded, lineEnd);
                if (next >= 0) {
                    int nextEnd = lineEnd(folded, next);
                    int cut = widenEnd(folded, Math.min(nextEnd, next + AFTER), nextEnd);
                    out.add(folded.substring(start, lineEnd) + "\n" + folded.substring(next, cut));
                }
            }
        }
        return out;
    }

    /** An anchor word; {@code lead} when the salary follows it. */
    private record Window(int anchorStart, int anchorEnd, boolean lead) {
    }

    private static int lineEnd(String s, int from) {
        int e = s.indexOf('\n', from);
        return e < 0 ? s.length() : e;
    }

    private static int nextNonEmptyLine(String s, int lineEnd) {
        int i = lineEnd;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == ' ')) {
            i++;
        }
        return i < s.length() ? i : -1;
    }

    /** Moves a window start back so that it does not cut a number ("45 000" read as "000"). */
    private static int widenStart(String s, int start, int floor) {
        int i = start;
        while (i > floor && (Character.isDigit(s.charAt(i - 1))
                || (i - 2 >= floor && " .,'".indexOf(s.charAt(i - 1)) >= 0 && Character.isDigit(s.charAt(i - 2))
                    && i < s.length() && Character.isDigit(s.charAt(i))))) {
            i--;
        }
        return i;
    }

    /** Moves a window end forward to the end of the word it cuts. */
    private static int widenEnd(String s, int end, int ceiling) {
        int i = end;
        while (i < ceiling && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
