package io.techdir.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the literal texts its matches start with: it finds exactly the matches
 * {@link Matcher#find()} finds (same positions, same groups), but tries the pattern only where
 * one of the literals occurs ({@link String#indexOf}, which is fast), instead of at every
 * character of a long description. Long alternations with look-behinds run over a whole text
 * cost tens of microseconds; this costs one or two.
 *
 * <p>The literals are a contract with the pattern: <em>every</em> match must start with one of
 * them. A literal may begin with {@code \b} (the character before must not be an ASCII letter,
 * digit or '_', as a word boundary before a word character implies) or {@code (?<![a-z])} (the
 * character before must not be a lower-case ASCII letter); these only skip positions where the
 * pattern could not match. The tests run each gated pattern against its plain form on real
 * postings.
 */
final class GatedPattern {

    private static final String WORD = "\\b";
    private static final String NOT_AFTER_LOWER = "(?<![a-z])";

    private final Pattern pattern;
    private final String[] literals;
    /** Per literal: 0 any position, 1 word start, 2 not after a lower-case letter. */
    private final int[] before;

    private GatedPattern(Pattern pattern, String... literals) {
        this.pattern = pattern;
        this.literals = new String[literals.length];
        this.before = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            String l = literals[i];
            if (l.startsWith(WORD)) {
                before[i] = 1;
                l = l.substring(WORD.length());
            } else if (l.startsWith(NOT_AFTER_LOWER)) {
                before[i] = 2;
                l = l.substring(NOT_AFTER_LOWER.length());
            }
            if (l.isEmpty()) {
                throw new IllegalArgumentException("gated pattern " + pattern + ": empty literal '" + literals[i]
                        + "'; expected the text a match starts with");
            }
            this.literals[i] = l;
        }
    }

    /** Gates {@code pattern} with the literals its matches start with. */
    static GatedPattern of(Pattern pattern, String... literals) {
        return new GatedPattern(pattern, literals);
    }

    /** Compiles {@code regex} and gates it with the literals its matches start with. */
    static GatedPattern of(String regex, String... literals) {
        return new GatedPattern(Pattern.compile(regex), literals);
    }

    /** The plain pattern. */
    Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern matches somewhere in {@code s} ({@code find()}). */
    boolean find(String s) {
        int[] at = candidates(s, 0, s.length(), null);
        if (at.length == 0) {
            return false;
        }
        Matcher m = matcher(s);
        for (int p : at) {
            if (m.region(p, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The matches of {@code s}, in order, as repeated {@code find()} gives them. */
    List<MatchResult> findAll(String s) {
        return findAll(s, null);
    }

    /**
     * {@link #findAll(String)}; {@code text}, when not null and its {@link FoldedText#folded()} is
     * {@code s} itself, gives the literals' positions from its index.
     */
    List<MatchResult> findAll(String s, FoldedText text) {
        List<MatchResult> out = new ArrayList<>(2);
        findAll(s, 0, s.length(), out, text);
        return out;
    }

    /**
     * Adds the matches within {@code [from, to)} (transparent, non-anchoring bounds), in order,
     * as repeated {@code find()} over that region gives them; returns how many.
     */
    int findAll(String s, int from, int to, List<MatchResult> out) {
        return findAll(s, from, to, out, null);
    }

    private int findAll(String s, int from, int to, List<MatchResult> out, FoldedText text) {
        int[] at = candidates(s, from, to, text);
        if (at.length == 0) {
            return 0;
        }
        Matcher m = matcher(s);
        int done = from;
        int found = 0;
        for (int p : at) {
            if (p < done) {
                continue;
            }
            if (m.region(p, to).lookingAt()) {
                out.add(m.toMatchResult());
                found++;
                done = m.end() == p ? p + 1 : m.end();
            }
        }
        return found;
    }

    /**
     * Adds the matches within each region {@code [regions[2i], regions[2i+1])} (sorted, disjoint),
     * region by region, exactly as {@link #findAll(String, int, int, List)} of each region in turn
     * would; the literals' positions come from the text's own index
     * ({@link FoldedText#occurrences}), shared by every pattern and trigger list over that text.
     */
    void findAllIn(FoldedText text, int[] regions, List<MatchResult> out) {
        if (regions.length == 0) {
            return;
        }
        String s = text.folded();
        int[] at = candidates(s, regions[0], regions[regions.length - 1], text);
        if (at.length == 0) {
            return;
        }
        Matcher m = null;
        int c = 0;
        for (int r = 0; r < regions.length && c < at.length; r += 2) {
            int from = regions[r];
            int to = regions[r + 1];
            while (c < at.length && at[c] < from) {
                c++;
            }
            int done = from;
            for (; c < at.length && at[c] < to; c++) {
                int p = at[c];
                if (p < done) {
                    continue;
                }
                if (m == null) {
                    m = matcher(s);
                }
                if (m.region(p, to).lookingAt()) {
                    out.add(m.toMatchResult());
                    done = m.end() == p ? p + 1 : m.end();
                }
            }
        }
    }

    /**
     * Whether {@link #findAllIn} would add a match: some literal occurs (with its condition) in a
     * region where the pattern then matches. The first match found answers, so the literals are
     * looked up one by one, in the order given, and the rest are not looked up at all: a pattern
     * whose first literal is also a trigger ("teletravail") is often answered by its first.
     */
    boolean anyIn(FoldedText text, int[] regions) {
        if (regions.length == 0) {
            return false;
        }
        String s = text.folded();
        int first = regions[0];
        int last = regions[regions.length - 1];
        Matcher m = null;
        for (int i = 0; i < literals.length; i++) {
            int[] all = literals[i].length() >= SHORT_LITERAL ? text.occurrences(literals[i])
                    : within(s, literals[i], first, last);
            int j = all.length == 0 ? 0 : lowerBound(all, first);
            int r = 0;
            for (; j < all.length && all[j] < last; j++) {
                int p = all[j];
                while (regions[r + 1] <= p) {
                    r += 2;
                }
                if (p < regions[r] || p > 0 && !startsOk(before[i], s.charAt(p - 1))) {
                    continue;
                }
                if (m == null) {
                    m = matcher(s);
                }
                if (m.region(p, regions[r + 1]).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@link #find(String)} finds a match in {@code a + " " + b}, where {@code a} is
     * {@code [aFrom, aTo)} and {@code b} is {@code [bFrom, bTo)} of the text's folded string
     * ({@code aTo <= bFrom}): a clause with a word taken out. A match starts where a literal
     * starts: wholly inside {@code a} or {@code b} (positions from the text's index, as
     * {@link #findAllIn} takes them), or across the inserted space (only a literal holding a
     * space can). The joined string is made only when some literal occurs.
     */
    boolean findJoined(FoldedText text, int aFrom, int aTo, int bFrom, int bTo) {
        String s = text.folded();
        int split = aTo - aFrom; // where the joined string has its inserted space
        int[] at = null;
        int n = 0;
        for (int i = 0; i < literals.length; i++) {
            String l = literals[i];
            int[] all = l.length() >= SHORT_LITERAL ? text.occurrences(l) : null;
            for (int part = 0; part < 2; part++) {
                int from = part == 0 ? aFrom : bFrom;
                int last = (part == 0 ? aTo : bTo) - l.length(); // the last start wholly inside
                int j = all == null ? 0 : lowerBound(all, from);
                int p = all == null ? s.indexOf(l, from) : j < all.length ? all[j] : -1;
                while (p >= 0 && p <= last) {
                    // the character before, in the joined string: none at its start, the space before b
                    boolean ok = part == 0 ? p == aFrom || startsOk(before[i], s.charAt(p - 1))
                            : startsOk(before[i], p == bFrom ? ' ' : s.charAt(p - 1));
                    if (ok) {
                        at = append(at, n++, part == 0 ? p - aFrom : split + 1 + p - bFrom);
                    }
                    p = all == null ? s.indexOf(l, p + 1) : ++j < all.length ? all[j] : -1;
                }
            }
        }
        for (int i = 0; i < literals.length; i++) {
            String l = literals[i];
            for (int k = l.indexOf(' '); k >= 0; k = l.indexOf(' ', k + 1)) {
                // l's space k on the inserted one: l[0, k) ends a, the rest begins b
                int rest = l.length() - k - 1;
                if (k <= split && rest <= bTo - bFrom && s.regionMatches(aTo - k, l, 0, k)
                        && s.regionMatches(bFrom, l, k + 1, rest)
                        && (k == split || startsOk(before[i], s.charAt(aTo - k - 1)))) {
                    at = append(at, n++, split - k);
                }
            }
        }
        if (n == 0) {
            return false;
        }
        String joined = new StringBuilder(aTo - aFrom + 1 + bTo - bFrom).append(s, aFrom, aTo).append(' ')
                .append(s, bFrom, bTo).toString();
        Matcher m = matcher(joined);
        for (int k = 0; k < n; k++) {
            if (m.region(at[k], joined.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Literals shorter than this ("on", a digit) occur all over a text: they are searched for
     * only between the first and the last window, not looked up in the whole text's index.
     */
    private static final int SHORT_LITERAL = 3;

    /** The positions of {@code l} in {@code s} from {@code from} (inclusive) to {@code to} (exclusive). */
    private static int[] within(String s, String l, int from, int to) {
        int[] at = null;
        int n = 0;
        for (int p = s.indexOf(l, from); p >= 0 && p < to; p = s.indexOf(l, p + 1)) {
            if (at == null) {
                at = new int[8];
            } else if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = p;
        }
        return at == null ? NONE : n == at.length ? at : Arrays.copyOf(at, n);
    }

    private static final int[] NONE = new int[0];

    private Matcher matcher(String s) {
        return pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Sorted distinct positions in {@code [from, to)} where a literal starts (and its condition
     * holds); {@code text}, when given and its {@link FoldedText#folded()} is {@code s} itself,
     * gives the positions of literals of {@value #SHORT_LITERAL} characters or more from its
     * index ({@link FoldedText#occurrences}); shorter ones are searched in {@code [from, to)}.
     */
    private int[] candidates(String s, int from, int to, FoldedText text) {
        if (text != null && text.folded() != s) {
            text = null; // positions in another string
        }
        int[] at = null;
        int n = 0;
        for (int i = 0; i < literals.length; i++) {
            String l = literals[i];
            if (text != null && l.length() >= SHORT_LITERAL) {
                // the text's own index: positions looked up once per text and literal
                int[] all = text.occurrences(l);
                int j = all.length == 0 ? 0 : lowerBound(all, from);
                for (; j < all.length && all[j] < to; j++) {
                    int p = all[j];
                    if (p > 0 && !startsOk(before[i], s.charAt(p - 1))) {
                        continue;
                    }
                    at = append(at, n++, p);
                }
                continue;
            }
            for (int p = s.indexOf(l, from); p >= 0 && p < to; p = s.indexOf(l, p + 1)) {
                if (p > 0 && !startsOk(before[i], s.charAt(p - 1))) {
                    continue;
                }
                at = append(at, n++, p);
            }
        }
        if (n == 0) {
            return new int[0];
        }
        Arrays.sort(at, 0, n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || at[i] != at[k - 1]) {
                at[k++] = at[i];
            }
        }
        return k == at.length ? at : Arrays.copyOf(at, k);
    }

    /** Index of the first element {@code >= key} of a sorted array (its length when none). */
    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean startsOk(int condition, char prev) {
        return switch (condition) {
            case 1 -> !isWordChar(prev);
            case 2 -> !(prev >= 'a' && prev <= 'z');
            default -> true;
        };
    }

    /**
     * Whether {@code c} may not stand before a literal that begins with {@code \b}: an ASCII
     * letter, digit or '_' (a word boundary before a word character implies none precedes it;
     * other characters only skip positions, the pattern itself decides).
     */
    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code at} with {@code p} at index {@code n}, grown (or created) when full. */
    private static int[] append(int[] at, int n, int p) {
        int[] out = at == null ? new int[8] : n == at.length ? Arrays.copyOf(at, n * 2) : at;
        out[n] = p;
        return out;
    }
}
