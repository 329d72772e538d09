package io.techdir.normalize;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the heading a description's figure stands under states a requirement or a preference:
 * "Requirements:", "Minimum Qualifications", "What you need", "Prérequis :" against "Preferred
 * Qualifications", "Nice to have", "Atouts :". Postings in English put the word that makes an
 * experience figure required in the heading of the list it stands in, not in its own line
 * ("Basic Qualifications" / "Bachelors Degree and 3+ years of work experience").
 *
 * <p>The heading is, nearest first: the words before a colon earlier in the figure's own
 * sentence ("Requirements: Bachelor's degree and 5 years"); else the nearest line above (at most
 * {@value #MAX_LINES} lines, {@value #MAX_REACH} characters) that ends with a colon, or that is
 * short ({@value #SHORT_WORDS} words at most, no digit, no final full stop) and is either a
 * heading of the vocabulary below (of three words at most, opening with its term, or in title
 * case: "Minimum Education and Experience") or a common heading that states neither
 * ("Qualifications", "Responsibilities", "Profil recherché"). Other lines (list items) are passed
 * over, except that the first line above a bulleted list is its heading, whatever it says. A
 * heading that names both a requirement and a preference, or neither, says nothing. The
 * vocabulary is wider than the clause words of {@link ExperienceParser} ("minimum", "basic
 * qualifications", "what you need" make a heading, not a clause, a requirement). Pure: reads the
 * folded text and, for the case of a line, the original.
 */
final class RequirementHeading {

    /** Lines looked at above the figure's. */
    static final int MAX_LINES = 15;
    /** Characters looked at above the figure's line. */
    static final int MAX_REACH = 1500;
    /** Longest line without a colon read as a heading, in words. */
    static final int SHORT_WORDS = 6;
    /** Longest heading before a colon in the figure's own sentence, in words. */
    private static final int INLINE_WORDS = 6;
    /** Longest line ending with a colon read as a heading, in characters. */
    private static final int MAX_HEADING = 120;

    /** Headings stating what a candidate must have. */
    private static final Pattern REQUIRED = Pattern.compile(
            "\\b(?:requirements?|required|requires?|requise?s?|minimum|minimal|basic qualifications?|must[- ]haves?"
                    + "|must have|(?:what )?you(?:'ll| will)? need|need to have|mandatory|prerequis|pre-requis"
                    + "|exigences?|exigee?s?|indispensables?|obligatoires?)\\b");
    /** Headings stating what is welcome but not needed. */
    private static final Pattern PREFERRED = Pattern.compile(
            "\\b(?:preferred|preferences?|preferably|desired|desirable|nice[- ]to[- ]haves?|bonus(?: points)?|a plus"
                    + "|pluses|souhaitee?s?|souhaitables?|appreciee?s?|atouts?|un plus|idealement|ideally)\\b");
    /** Common headings stating neither: they end the search like a heading with a colon. */
    private static final Set<String> NEUTRAL = Set.of("qualifications", "qualification", "responsibilities",
            "key responsibilities", "duties", "education", "experience", "skills", "skills and experience",
            "about you", "who you are", "your profile", "profile", "the role", "about the role", "what you'll do",
            "what you will do", "benefits", "profil", "profil recherche", "votre profil", "missions", "vos missions",
            "competences", "formation", "description du poste", "avantages");

    private RequirementHeading() {
    }

    /**
     * What the heading above position {@code at} of a text says: true (a requirement), false (a
     * preference), or null (no heading found, or one that says neither or both).
     *
     * @param folded the folded text ({@link FoldedText#folded()})
     * @param original the text it was folded from, of the same length ({@link FoldedText#original()}),
     *     where the case of a line tells a heading ("Technical Skills/Requirements") from a list item
     * @param at a position in the text
     */
    static Boolean of(String folded, String original, int at) {
        String heading = find(folded, original, at);
        return heading == null ? null : says(heading);
    }

    /**
     * The heading {@link #of} judges (folded, without its colon and decoration), or null when the
     * search finds none.
     */
    static String find(String folded, String original, int at) {
        int lineStart = folded.lastIndexOf('\n', at - 1) + 1;
        String inline = inlineHeading(folded, lineStart, at);
        if (inline != null) {
            return inline;
        }
        boolean inBulletedList = isBulleted(folded, lineStart);
        int end = lineStart - 1; // the line break ending the line above
        int limit = Math.max(0, lineStart - MAX_REACH);
        for (int lines = 0; lines < MAX_LINES && end > limit; lines++) {
            int start = folded.lastIndexOf('\n', end - 1) + 1;
            int lineEnd = end;
            end = start - 1;
            // the line without its decoration, [from, to): most lines are ruled out without a string
            int from = undecoratedStart(folded, start, lineEnd);
            int to = undecoratedEnd(folded, from, lineEnd);
            if (from == to) {
                continue;
            }
            if (folded.charAt(to - 1) == ':') {
                return to - from > MAX_HEADING ? null : trimmed(folded, from, to - 1);
            }
            if (isBulleted(folded, start)) {
                inBulletedList = true;
                continue;
            }
            boolean isShort = isShort(folded, from, to);
            if (inBulletedList) {
                // the first line above a bulleted list: its heading when short, else a paragraph
                return isShort ? folded.substring(from, to) : null;
            }
            if (isShort) {
                String line = folded.substring(from, to);
                if (NEUTRAL.contains(line)) {
                    return line;
                }
                // a heading by its shape (a few words, title case), or one that opens with a term
                boolean shape = words(line, 0, line.length()) <= TERM_ONLY_WORDS || isTitleCase(original, start, lineEnd);
                if ((shape || startsWithTerm(line)) && says(line) != null) {
                    return line;
                }
            }
        }
        return null;
    }

    /** Longest line naming a requirement or preference anywhere read as a heading; longer ones must begin with it. */
    private static final int TERM_ONLY_WORDS = 3;

    /** Whether the line starting at {@code start} begins with a bullet ("• ", "- ", "* ", "+ "). */
    private static boolean isBulleted(String folded, int start) {
        int i = start;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        if (i + 1 >= folded.length()) {
            return false;
        }
        char c = folded.charAt(i);
        return c == '\u2022' || c == '\u00b7' || (c == '-' || c == '*' || c == '+' || c == '\u2013')
                && folded.charAt(i + 1) == ' ';
    }

    /**
     * Whether every word of four letters or more of {@code original[from, to)} begins with a
     * capital ("Minimum Education and Experience", "EDUCATION AND EXPERIENCE REQUIREMENTS").
     */
    private static boolean isTitleCase(String original, int from, int to) {
        int letters = 0;
        boolean capital = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? original.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (letters == 0) {
                    capital = Character.isUpperCase(c);
                }
                letters++;
            } else if (c != '\'' && c != '\u2019') {
                if (letters >= 4 && !capital) {
                    return false;
                }
                letters = 0;
            }
        }
        return true;
    }

    /** Whether a requirement or preference term opens the heading ("minimum qualifications", "what you need"). */
    private static boolean startsWithTerm(String heading) {
        return hasStem(heading, REQUIRED_STEMS, true) && REQUIRED.matcher(heading).lookingAt()
                || hasStem(heading, PREFERRED_STEMS, true) && PREFERRED.matcher(heading).lookingAt();
    }

    /**
     * The words before a colon in the sentence of {@code at} on its line ("requirements" in
     * "... opportunities. requirements: bachelor's degree and 5 years"), or null.
     */
    private static String inlineHeading(String folded, int lineStart, int at) {
        int colon = at - 1;
        while (colon >= lineStart && folded.charAt(colon) != ':') {
            colon--;
        }
        if (colon < lineStart) {
            return null;
        }
        int from = lineStart;
        for (int i = colon - 1; i >= lineStart; i--) {
            char c = folded.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                from = i + 1;
                break;
            }
        }
        String heading = trimmed(folded, from, colon);
        return !heading.isEmpty() && words(heading, 0, heading.length()) <= INLINE_WORDS ? heading : null;
    }

    /** True for a requirement heading, false for a preference heading, null for neither or both. */
    static Boolean says(String heading) {
        boolean required = hasStem(heading, REQUIRED_STEMS, false) && REQUIRED.matcher(heading).find();
        boolean preferred = hasStem(heading, PREFERRED_STEMS, false) && PREFERRED.matcher(heading).find();
        return required == preferred ? null : required;
    }

    /** A part of every {@link #REQUIRED} match: most lines are ruled out without the pattern. */
    private static final String[] REQUIRED_STEMS = {"requi", "minim", "basic", "must", "need", "mandatory",
        "prerequis", "pre-requis", "exig", "indispensable", "obligatoire", "you"};
    /** A part of every {@link #PREFERRED} match. */
    private static final String[] PREFERRED_STEMS = {"prefer", "desir", "nice", "bonus", "plus", "souhait",
        "apprecie", "atout", "ideal"};

    /** Whether {@code s} holds (or, with {@code atStart}, begins with) one of {@code stems}. */
    private static boolean hasStem(String s, String[] stems, boolean atStart) {
        for (String stem : stems) {
            if (atStart ? s.startsWith(stem) : s.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s[from, to)} may be a heading without a colon: a few words, no digit, no final
     * full stop.
     */
    private static boolean isShort(String s, int from, int to) {
        if (to - from > MAX_SHORT || s.charAt(to - 1) == '.' || words(s, from, to) > SHORT_WORDS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Longest line without a colon read as a heading, in characters. */
    private static final int MAX_SHORT = 80;

    /** {@code folded[from, to)} without the bullets, asterisks, dashes and spaces around it. */
    private static String trimmed(String folded, int from, int to) {
        int start = undecoratedStart(folded, from, to);
        return folded.substring(start, undecoratedEnd(folded, start, to));
    }

    /** The first position of {@code s[from, to)} that is no {@link #isDecoration decoration} ({@code to} if none). */
    private static int undecoratedStart(String s, int from, int to) {
        while (from < to && isDecoration(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** The end of {@code s[from, to)} without the decoration that closes it. */
    private static int undecoratedEnd(String s, int from, int to) {
        while (to > from && isDecoration(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isDecoration(char c) {
        return c == ' ' || c == '*' || c == '-' || c == '\u2022' || c == '#' || c == '_' || c == '+' || c == '\t'
                || c == '\r';
    }

    /** The words (runs of characters other than a space) of {@code s[from, to)}. */
    private static int words(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = s.charAt(i) != ' ';
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
