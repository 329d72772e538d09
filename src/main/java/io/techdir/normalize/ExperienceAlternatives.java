package io.techdir.normalize;

import java.util.List;

/**
 * Experience figures stated as alternatives tied to degrees: "BS with 2+ years, or MS with 0-3
 * years", "Bachelor's degree and 7 years, Master's and 5 years or PhD and 3 years", "Bac+3 avec 5
 * ans ou Bac+5 avec 3 ans". Like alternative degree levels (the lowest counts), the minimum
 * experience asked is the lowest path's: its minimum, with that path's own maximum.
 *
 * <p>A chain starts at the description's first figure when a degree is named shortly before it;
 * each next figure joins it when the words between the two are few ({@value #MAX_GAP} characters
 * at most), name a degree, and do not make the next figure a preference ("preferred", "un plus").
 * Pure and stateless.
 */
final class ExperienceAlternatives {

    /** Longest stretch of text between two figures of one chain. */
    static final int MAX_GAP = 160;
    /** How far before the first figure its degree may be named. */
    static final int DEGREE_BEFORE = 160;

    /**
     * A degree name, folded. "ms"/"bs" only where they read as degrees ("MS with", "BS/BA",
     * "MS in"), not "MS Office".
     */
    private static final ExperiencePattern DEGREE = ExperiencePattern.of(
            "\\b(?:bachelor'?s?|b\\.s\\.?|b\\.a\\.?|m\\.s\\.?|m\\.a\\.?|master'?s?|mba|ph\\.? ?d\\.?|doctora\\w*"
                    + "|(?:graduate|advanced|undergraduate|four-year|4-year) degree"
                    + "|(?:bs|ba|ms|ma)(?=\\s*(?:/|with\\b|in\\b|degree|and\\b|\\+|\\())"
                    + "|bac ?\\+ ?\\d|licence|doctorat|bts|dut|diplome d'ingenieur)");
    /** Words that make the next figure a preference or a bonus, not an alternative requirement. */
    private static final ExperiencePattern PREFERENCE = ExperiencePattern.of(
            "\\b(?:prefer\\w*|ideally|a plus|bonus|souhait\\w*|un plus|idealement|apprecie\\w*)\\b");

    private ExperienceAlternatives() {
    }

    /**
     * The figure to keep among a description's figures (in text order): the lowest path of a
     * chain of degree alternatives starting at the first figure, else the first figure.
     *
     * @param text the folded description
     * @param figures its experience figures, in text order, at least one
     */
    static ExperienceFigure choose(FoldedText text, List<ExperienceFigure> figures) {
        ExperienceFigure first = figures.get(0);
        if (figures.size() < 2 || !startsChain(text, first)) {
            return first;
        }
        String s = text.folded();
        ExperienceFigure chosen = first;
        ExperienceFigure previous = first;
        for (int i = 1; i < figures.size(); i++) {
            ExperienceFigure next = figures.get(i);
            if (next.start() - previous.end() > MAX_GAP || next.start() < previous.end()) {
                break;
            }
            int gap = previous.end();
            if (s.substring(gap, next.start()).contains("\n\n") || !DEGREE.found(s, gap, next.start())
                    || PREFERENCE.found(s, gap, next.start())) {
                break;
            }
            if (lower(next, chosen)) {
                chosen = next;
            }
            previous = next;
        }
        return chosen;
    }

    /** Whether a degree is named shortly before {@code first}, in its paragraph. */
    static boolean startsChain(FoldedText text, ExperienceFigure first) {
        String s = text.folded();
        int from = Math.max(0, first.start() - DEGREE_BEFORE);
        return DEGREE.found(s, paragraphStart(s, from, first.start()), first.start());
    }

    /**
     * Where the words before {@code pos} that share its paragraph start, looking no further back
     * than {@code from}: the last blank line ({@code "\n\n"}) starting in {@code [from, pos]},
     * else {@code from}.
     */
    private static int paragraphStart(String s, int from, int pos) {
        int start = from;
        for (int p = s.indexOf("\n\n", from); p >= 0 && p <= pos; p = s.indexOf("\n\n", p + 1)) {
            start = p;
        }
        return start;
    }

    private static boolean lower(ExperienceFigure a, ExperienceFigure b) {
        return a.min() != null && (b.min() == null || a.min() < b.min());
    }
}
