package io.techdir.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one of {@link SalaryLexer}'s per-character patterns can match: a table of the first two
 * characters of its matches, and of the third after two letters, derived from the pattern itself.
 * Most words of a salary window start with a letter some rule starts with ("pour", "poste",
 * "au", "equipe") but are no token; these tables rule them out before {@link Matcher#lookingAt()},
 * which costs a region reset and every alternative of the pattern.
 *
 * <p>The tables are built once by running the pattern on every short input ({@link Matcher#hitEnd()}
 * tells whether a longer one could match), after nothing, after a digit and after a digit and a
 * space: every look-behind of the lexer's rules ("not after a letter", "after a digit or a
 * space", "after a digit and an optional space") holds after one of these, so a position whose
 * characters are not in the tables cannot start a match whatever precedes it. Characters outside
 * ASCII are always tried. SalaryParserTest compares the lexer with and without the tables.
 */
final class SalaryTokenStarts {

    /** Second- or third-character slot of a position at the end of the input. */
    private static final int END = 128;
    /** Second- or third-character slot of a character outside ASCII. */
    private static final int OTHER = 129;
    private static final int SLOTS = 130;
    /** What may stand before a match in the probes (see the class comment). */
    private static final String[] BEFORE = {"", "0", "0 "};

    /** Bit {@code c2}: a match may start with the table's character, then {@code c2} (or END, OTHER). */
    private final long[] second = new long[(SLOTS + 63) / 64];
    /** Bit {@code c2 * SLOTS + c3}, for letters c2: a match may start with the character, c2, then c3. */
    private final long[] third = new long[(SLOTS * SLOTS + 63) / 64];

    private SalaryTokenStarts(Pattern pattern, char c1) {
        Matcher m = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        for (int c2 = 0; c2 < SLOTS; c2++) {
            if (c2 == OTHER || possible(m, c1, c2, -1)) {
                set(second, c2);
                if (isLetter(c2)) {
                    for (int c3 = 0; c3 < SLOTS; c3++) {
                        if (c3 == OTHER || possible(m, c1, c2, c3)) {
                            set(third, c2 * SLOTS + c3);
                        }
                    }
                }
            }
        }
    }

    /** The tables of a lexer pattern whose matches all start with {@code c1} (an ASCII character). */
    static SalaryTokenStarts of(Pattern pattern, char c1) {
        return new SalaryTokenStarts(pattern, c1);
    }

    /**
     * Whether a match may start at {@code p} of {@code s} (whose character is the table's), the
     * pattern seeing {@code s} to its end.
     */
    boolean mayStart(String s, int p) {
        int n = s.length();
        int c2 = slot(s, p + 1, n);
        if ((second[c2 >>> 6] & 1L << c2) == 0) {
            return false;
        }
        if (!isLetter(c2)) {
            return true;
        }
        int bit = c2 * SLOTS + slot(s, p + 2, n);
        return (third[bit >>> 6] & 1L << bit) != 0;
    }

    private static int slot(String s, int i, int n) {
        if (i >= n) {
            return END;
        }
        char c = s.charAt(i);
        return c < 128 ? c : OTHER;
    }

    /**
     * Whether the pattern matches or runs out of input at {@code c1 c2 c3} (c2, c3 an ASCII
     * character, END or, for c3, -1: not given) after one of {@link #BEFORE}.
     */
    private static boolean possible(Matcher m, char c1, int c2, int c3) {
        for (String before : BEFORE) {
            StringBuilder b = new StringBuilder(before).append(c1);
            if (c2 != END) {
                b.append((char) c2);
                if (c3 >= 0 && c3 != END) {
                    b.append((char) c3);
                }
            }
            m.reset(b).region(before.length(), b.length());
            boolean match = m.lookingAt();
            if (match || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static void set(long[] bits, int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }
}
