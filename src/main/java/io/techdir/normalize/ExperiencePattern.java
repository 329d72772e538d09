package io.techdir.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of the experience rules, tried only where one of its matches can start. The
 * experience rules run long alternations ("depuis|since|il y a|pendant|...") over a few dozen
 * characters around each figure; {@link Matcher#find()} tries every position, each paying a
 * word-boundary test and every alternative. Here a position is tried only when the character
 * before it and its first characters can begin a match, which rules out most positions with a
 * few table lookups.
 *
 * <p>The tables are derived from the pattern itself, once (some tens of milliseconds for all):
 * for every pair of ASCII characters, and every third character after two letters, whether the
 * pattern matches them or runs out of input trying ({@link Matcher#hitEnd()}), with nothing or
 * a letter before them; and for every ASCII character, whether a match may start right after it
 * (a word boundary or a negative look-behind may forbid it). A position whose characters fail
 * those tests cannot start a match. Characters outside ASCII are always tried.
 *
 * <p>The contract with the pattern, checked where it can be: it does not match the empty string,
 * and it looks behind a position only through {@code \b} and negative look-behinds (no
 * {@code (?<=}, no {@code \B}). The results are exactly {@link Matcher#find()}'s and
 * {@link Matcher#lookingAt()}'s; ExperiencePatternTest compares them on real postings.
 */
final class ExperiencePattern {

    /** Second-character slot of a position at the end of the input. */
    private static final int END = 128;
    /** Second-character slot of a character outside ASCII. */
    private static final int OTHER = 129;
    private static final int SLOTS = 130;
    private static final int THIRD_BITS = 4096;

    private final Pattern pattern;
    /** Bit {@code c1 * SLOTS + c2}: a match may start with {@code c1} then {@code c2} (or END, OTHER). */
    private final long[] starts = new long[(128 * SLOTS + 63) / 64];
    /** Bit {@code c}: a match may start right after the ASCII character {@code c}. */
    private final long[] after = new long[2];
    /**
     * Bit {@link #third}{@code (c1, c2, c3)} (hashed: a shared bit only lets more positions
     * through): a match may start with the letters {@code c1 c2}, then {@code c3} (or END, OTHER).
     */
    private final long[] thirds = new long[THIRD_BITS / 64];

    private ExperiencePattern(Pattern pattern) {
        String regex = pattern.pattern();
        if (regex.contains("(?<=") || regex.contains("\\B") || pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("experience pattern '" + regex
                    + "'; expected one that does not match the empty string nor look behind with (?<= or \\B");
        }
        this.pattern = pattern;
        Prober probe = new Prober(pattern);
        StringBuilder first = new StringBuilder();
        for (char c1 = 0; c1 < 128; c1++) {
            int one = probe.run(NONE, c1, NONE, NONE);
            if ((one & POSSIBLE) == 0) {
                continue;
            }
            first.append(c1);
            set(c1, OTHER);
            if ((one & MATCHED) != 0) {
                set(c1, END);
            }
            for (char c2 = 0; c2 < 128; c2++) {
                int two = probe.run(NONE, c1, c2, NONE);
                if ((two & POSSIBLE) == 0) {
                    continue;
                }
                set(c1, c2);
                if (isLetter(c1) && isLetter(c2)) {
                    // two letters start many words: the third tells more
                    setThird(c1, c2, OTHER);
                    if ((two & MATCHED) != 0) {
                        setThird(c1, c2, END);
                    }
                    for (char c3 = 0; c3 < 128; c3++) {
                        if ((probe.run(NONE, c1, c2, c3) & POSSIBLE) != 0) {
                            setThird(c1, c2, c3);
                        }
                    }
                }
            }
        }
        for (char before = 0; before < 128; before++) {
            for (int i = 0; i < first.length(); i++) {
                if ((probe.run(before, first.charAt(i), NONE, NONE) & POSSIBLE) != 0) {
                    after[before >>> 6] |= 1L << before;
                    break;
                }
            }
        }
    }

    /** Compiles {@code regex}. */
    static ExperiencePattern of(String regex) {
        return new ExperiencePattern(Pattern.compile(regex));
    }

    /** The plain pattern. */
    Pattern pattern() {
        return pattern;
    }

    /**
     * Start of the first match {@link Matcher#find()} gives over {@code s.substring(from, to)}
     * (equally: over the region {@code [from, to)} with opaque bounds), as a position in
     * {@code s}; -1 when there is none.
     */
    int find(String s, int from, int to) {
        Matcher m = match(s, from, to);
        return m == null ? -1 : from + m.start();
    }

    /**
     * The matcher over {@code s.substring(from, to)} holding the first match {@link Matcher#find()}
     * gives there (its positions are relative to {@code from}), or null when there is none.
     */
    Matcher match(String s, int from, int to) {
        Matcher m = null;
        if (from >= to) {
            return null;
        }
        // the characters before, at and after p, carried along (one read per position)
        int before = NONE;
        int c1 = s.charAt(from);
        for (int p = from; p < to; p++) {
            int c2 = p + 1 < to ? s.charAt(p + 1) : NONE;
            if (mayStart(before, c1, c2, s, p, to)) {
                if (m == null) {
                    // the zone alone, so that nothing outside it is seen; transparent bounds inside it
                    m = pattern.matcher(s.substring(from, to)).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(p - from, to - from).lookingAt()) {
                    return m;
                }
            }
            before = c1;
            c1 = c2;
        }
        return null;
    }

    /** Whether {@link #find(String, int, int)} finds a match. */
    boolean found(String s, int from, int to) {
        return find(s, from, to) >= 0;
    }

    /**
     * {@code pattern.matcher(s).region(from, to)} when its {@link Matcher#lookingAt()} matches
     * (the matcher then holds the match), else null.
     */
    Matcher lookingAt(String s, int from, int to) {
        if (from >= to || !mayStart(NONE, s.charAt(from), from + 1 < to ? s.charAt(from + 1) : NONE, s, from, to)) {
            return null;
        }
        Matcher m = pattern.matcher(s).region(from, to);
        return m.lookingAt() ? m : null;
    }

    /**
     * The first position from {@code p} on, before {@code to}, where a match over a region
     * with transparent bounds (ending at {@code to}) may start; -1 when none. The whole text is
     * visible to the pattern, as it is with transparent bounds.
     */
    int nextStart(String s, int p, int to) {
        if (p >= to) {
            return -1;
        }
        int length = s.length();
        int before = p > 0 ? s.charAt(p - 1) : NONE;
        int c1 = s.charAt(p);
        for (; p < to; p++) {
            int c2 = p + 1 < length ? s.charAt(p + 1) : NONE;
            if (mayStart(before, c1, c2, s, p, length)) {
                return p;
            }
            before = c1;
            c1 = c2;
        }
        return -1;
    }

    /** Stands for no character: before the start or after the end of what the pattern sees. */
    private static final int NONE = -1;

    /**
     * Whether a match may start at {@code p} of {@code s}, whose character is {@code c1}, between
     * {@code before} and {@code c2} (each {@link #NONE} where the pattern sees nothing); the
     * pattern sees {@code s} up to {@code end}.
     */
    private boolean mayStart(int before, int c1, int c2, String s, int p, int end) {
        if (c1 >= 128) {
            return true;
        }
        int bit = c1 * SLOTS + (c2 == NONE ? END : c2 < 128 ? c2 : OTHER);
        if ((starts[bit >>> 6] & 1L << bit) == 0) {
            return false;
        }
        if (before != NONE && before < 128 && (after[before >>> 6] & 1L << before) == 0) {
            return false;
        }
        if (!isLetter(c1) || !isLetter(c2)) {
            return true;
        }
        int c3 = p + 2 < end ? s.charAt(p + 2) : END;
        int t = third(c1, c2, c3 < 128 || c3 == END ? c3 : OTHER);
        return (thirds[t >>> 6] & 1L << t) != 0;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static int third(int c1, int c2, int c3) {
        return (c1 * 0x9E3779B1 ^ c2 * 0x85EBCA77 ^ c3 * 0xC2B2AE3D) >>> (32 - 12);
    }

    private void setThird(int c1, int c2, int c3) {
        int t = third(c1, c2, c3);
        thirds[t >>> 6] |= 1L << t;
    }

    private void set(int c1, int c2) {
        int bit = c1 * SLOTS + c2;
        starts[bit >>> 6] |= 1L << bit;
    }

    /** {@link Prober#run} result bits: the pattern matched; it matched or ran out of input trying. */
    private static final int MATCHED = 1;
    private static final int POSSIBLE = 2;

    /** Runs the pattern at the start of short inputs (one matcher, one buffer). */
    private static final class Prober {

        private final StringBuilder input = new StringBuilder(4);
        private final Matcher matcher;

        Prober(Pattern pattern) {
            matcher = pattern.matcher(input).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /**
         * {@link #MATCHED} and {@link #POSSIBLE} for the characters {@code c1 c2 c3} (the last ones
         * may be {@link #NONE}: the input ends) after {@code before}; with {@code before}
         * {@link #NONE}, the union of nothing and a letter before them (a word boundary either way).
         */
        int run(int before, int c1, int c2, int c3) {
            if (before == NONE) {
                return after(-1, c1, c2, c3) | after('a', c1, c2, c3);
            }
            return after(before, c1, c2, c3);
        }

        /** The pattern at {@code c1 c2 c3} after {@code before} (none when negative). */
        private int after(int before, int c1, int c2, int c3) {
            input.setLength(0);
            if (before >= 0) {
                input.append((char) before);
            }
            int start = input.length();
            input.append((char) c1);
            if (c2 != NONE) {
                input.append((char) c2);
                if (c3 != NONE) {
                    input.append((char) c3);
                }
            }
            matcher.reset(input).region(start, input.length());
            boolean match = matcher.lookingAt();
            return (match ? MATCHED | POSSIBLE : 0) | (matcher.hitEnd() ? POSSIBLE : 0);
        }
    }
}
