package io.techdir.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds experience figures ("3 à 5 ans", "au moins cinq ans", "5+ years", "12 Mois") in folded
 * text. In a dedicated field every figure counts; in a description a figure counts only when
 * the words around it make it a requirement (an experience word, a quantifier such as
 * "minimum", or "vous avez ...") and no trap applies: a company's age ("depuis 30 ans", "fort de
 * 20 années d'expérience", "With more than 30 years of experience in data, P2 has..."), a contract or mission length ("CDD d'un an", "Durée : 1 an"), a
 * licence's age ("permis B depuis 2 ans"), a person's age, a time span ("roadmap à 3 ans", "over
 * the past 3 years"). This class is a table of patterns, hence its length.
 */
final class ExperienceScanner {

    private static final String NUM = FrenchNumberWords.NUMBER;
    private static final String YEARS = "an\\(s\\)|annees|annee|ans|an|years|year|yrs|yr";
    private static final String MONTHS = "mois|months|month";
    private static final String UNIT = "(?:" + YEARS + "|" + MONTHS + ")";
    private static final String SEP = "(?:a|-|/|et|and|to|ou|or)";
    /** The unit words, looked up before any pattern runs (patterns over a whole text are slow). */
    private static final Set<String> UNIT_WORDS = Set.of(
            "an", "ans", "annee", "annees", "year", "years", "yr", "yrs", "mois", "month", "months");

    /** A number followed by a unit of time: the anchor of every figure. */
    private static final ExperiencePattern ANCHOR = ExperiencePattern.of(
            "(?<![\\w+.,])(" + NUM + ")\\)?\\s*(\\+\\s*|\\s(?:or more|ou plus)\\s+)?(" + UNIT + ")(?![a-z])");
    /** "6 mois à 1 an", "de 1 an à 2 ans": a range whose lower bound carries its own unit. */
    private static final ExperiencePattern RANGE_AFTER = ExperiencePattern.of(
            "\\s*" + SEP + "\\s*(" + NUM + ")\\s*(\\+\\s*)?(" + UNIT + ")(?![a-z])");
    /** "3 à 5 ans", "entre 3 et 5 ans", "6-10 years": the lower bound before the anchor. */
    private static final ExperiencePattern RANGE_BEFORE = ExperiencePattern.of(
            "(?:\\b(?:entre|between|de|from|d')\\s*)?(?<![\\w+.,])(" + NUM + ")\\s*" + SEP + "\\s*$");
    private static final ExperiencePattern MIN_BEFORE = ExperiencePattern.of(
            "(?:\\bau moins|\\bau minimum|\\bminimum(?: de| d')?|\\bmin\\.?|\\ba minima|\\bplus de|\\+ de"
                    + "|\\bplus d'|\\bmore than|\\bat least|\\ba minimum of|\\bminimum of|\\bsuperieure? a"
                    + "|>=?|\\u2265)\\s*$");
    private static final ExperiencePattern MAX_BEFORE = ExperiencePattern.of(
            "(?:\\bjusqu'a|\\bjusqu a|\\bmoins de|\\bmoins d'|\\bup to|\\bless than|\\bmaximum(?: de)?"
                    + "|\\bmax\\.?|\\bau plus|\\bpas plus de|\\bno more than|<=?|\\u2264)\\s*$");
    private static final ExperiencePattern MIN_AFTER = ExperiencePattern.of(
            "\\s*(?:\\+|\\(?minimum\\)?|\\(?min\\b\\.?\\)?|au moins|au minimum|a minima|et plus|ou plus|or more"
                    + "|and more|and above|or above|at least|minimum requis)");

    /** Words that make a nearby figure an experience figure. */
    private static final ExperiencePattern EXPERIENCE_WORD = ExperiencePattern.of(
            "experien|experim|\\bexp\\b|\\bexp\\.|anciennete|\\bpratique professionnelle");
    /** A requirement addressed to the candidate, before the figure in the same clause. */
    private static final ExperiencePattern CANDIDATE = ExperiencePattern.of(
            "\\b(?:vous (?:avez|possedez|disposez|justifiez|beneficiez|temoignez|totalisez|cumulez|comptez"
                    + "|devez avoir)|tu (?:as|possedes|disposes|justifies)|you (?:have|bring|possess)|candidat"
                    + "|profil|ayant|justifiant)\\b");
    /** Traps anywhere in the words before the figure (after the last experience word). */
    private static final ExperiencePattern TRAP_BEFORE = ExperiencePattern.of(
            "\\b(?:fonde\\w*|founded|cree|creee|creation|existe|age|agee?s?|aged"
                    + "|permis|certificat\\w*|casier|datant|validite|valable|garantie|tous les|every"
                    + "|roadmap|horizon|apres|after|au bout d[e']|a l'issue d[e']|prime|forte?s? d[e']|riche d[e']|in a row"
                    + "|en l'espace|for (?:over|more than|nearly|almost)|over the (?:past|last)"
                    + "|(?:organi[sz]ation|company|firm|agency|institution|business) with"
                    + "(?: over| more than| nearly| almost)?(?=\\s*$)"
                    + "|the (?:past|last|next)"
                    // a substitute for a degree, not the posting's requirement: "candidates not meeting the
                    // degree requirements will be considered if they have 7 years of direct experience"
                    + "|considered if)\\b");
    /** A span of time ("depuis 30 ans"), a trap unless an experience word comes before it. */
    private static final ExperiencePattern TRAP_SPAN = ExperiencePattern.of(
            "\\b(?:depuis|since|il y a|pendant|durant|during)\\b");
    /** Traps right before the figure: a span, a contract or mission length. */
    private static final ExperiencePattern TRAP_JUST_BEFORE = ExperiencePattern.of(
            "\\b(?:en|dans|sur|pour|within|in|over|every|tous les|chaque"
                    + "|after|apres|next|last|past|for the|age|agee?|aged|cdd|cdi|contrat|contract"
                    + "|stage|internship|alternance|apprentissage|mission|duree|periode|engagement|roadmap"
                    + "|horizon|plan|vision|permis|des|au bout|a l'issue|savoir-faire)"
                    + "\\s*(?::|-)?\\s*(?:d'une duree de |d'une duree |une duree de |de |d'|of |du |a )?"
                    + "(?:une? )?(?:au moins |plus de |plus d'|pres de |more than |over |nearly |almost "
                    + "|about |moins de |minimum |maximum )?$");
    private static final ExperiencePattern TRAP_AFTER = ExperiencePattern.of(
            "\\s*(?:d'existence|d'histoire|de permis|de garantie|revolus|old|of age|ago|running|in a row"
                    + "|consecutive|de plus|renouvelable|plus tard|later|de contrat|de cdd|d'engagement"
                    + "|de mission|de projet|project|contract|vision|roadmap|plan|warranty|term\\b"
                    + "|d'anciennete dans (?:l'entreprise|la societe))");

    /**
     * A sentence opened by the figure ("With more than 30 years of experience in data and 20
     * years in software, P2 has offices...", "Avec plus de 30 ans d'expérience et une équipe de
     * 140 collaborateurs, il s'engage..."): the history of whoever the main clause is about.
     * Checked from the clause start; the figure must come before the first comma.
     */
    private static final ExperiencePattern HISTORY_OPENING = ExperiencePattern.of(
            "[\\s\\-*\u2022\u00b7]*(?:with|avec)\\s");
    /** The main clause after such an opening addressed to the candidate: then it is a requirement. */
    private static final ExperiencePattern CANDIDATE_SUBJECT = ExperiencePattern.of(
            "\\s*(?:you|your|vous|votre|tu|ton|ta|the (?:ideal |successful |right )?candidate|candidates"
                    + "|le candidat|la candidate)\\b");

    /** Tenure for a benefit: "à partir d'un an d'ancienneté", "dès 12 mois d'ancienneté". */
    private static final ExperiencePattern TENURE_BEFORE = ExperiencePattern.of(
            "\\b(?:a partir|des|apres|au bout|after)\\s*(?:de |d'|du |of )?\\s*$");
    private static final ExperiencePattern TENURE_AFTER = ExperiencePattern.of("\\s*(?:d'anciennete|of service|of tenure)");
    /** An experience heading on the line before: "Expérience requise :", "Experience:". */
    private static final ExperiencePattern HEADING_BEFORE = ExperiencePattern.of(
            "experien[a-z]*(?: (?:requise?|required|souhaitee|exigee|demandee))?\\s*:?\\s*$");

    private static final double MAX_YEARS = 40;
    private static final double MAX_YEARS_WITHOUT_WORD = 15;

    private ExperienceScanner() {
    }

    /**
     * The first figure in {@code text}. With {@code field} true every figure counts; otherwise
     * only a figure stated as an experience requirement.
     */
    static Optional<ExperienceFigure> first(FoldedText text, boolean field) {
        return Optional.ofNullable(new Figures(text, field).next());
    }

    /**
     * Every figure of a description stated as an experience requirement, in text order (at most
     * {@code limit}).
     */
    static List<ExperienceFigure> all(FoldedText text, int limit) {
        return figures(text).upTo(new ArrayList<>(4), limit);
    }

    /** The figures of a description stated as an experience requirement, read one by one. */
    static Figures figures(FoldedText text) {
        return new Figures(text, false);
    }

    /**
     * The figures of a text, in text order, read one at a time as they are asked for: the first
     * without reading further, the next ones from where it stood ({@link #first} is the first,
     * {@link #all} the first ones). Not thread-safe: one per caller.
     */
    static final class Figures {
        private final FoldedText text;
        private final boolean field;
        private final String s;
        private final long[] units;
        /** The next unit word to read, and where the last figure read ends (a requirement or not). */
        private int next;
        private int done;
        private Matcher m;

        private Figures(FoldedText text, boolean field) {
            this.text = text;
            this.field = field;
            this.s = text.folded();
            this.units = unitWords(s);
        }

        /** The next figure, or null when there is none. */
        ExperienceFigure next() {
            for (; next < units.length; next++) {
                long word = units[next];
                int start = (int) (word >>> 32);
                int i = (int) word;
                if (start < done) {
                    continue;
                }
                // a unit word: is there a number right before it? (find() over the window, tried
                // only where a number may start)
                int to = Math.min(s.length(), i + 3);
                int p = ANCHOR.nextStart(s, Math.max(done, start - 16), to);
                while (p >= 0) {
                    if (m == null) {
                        m = ANCHOR.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (!m.region(p, to).lookingAt()) {
                        p = ANCHOR.nextStart(s, p + 1, to);
                        continue;
                    }
                    if (m.start() < start && m.end() >= i) {
                        Candidate cand = read(text, m);
                        done = Math.max(cand.end, m.end());
                        if (cand.figure != null && (field || accept(text, cand))) {
                            next++;
                            return cand.figure;
                        }
                        break;
                    }
                    p = ANCHOR.nextStart(s, m.end(), to);
                }
            }
            return null;
        }

        /** Adds the next figures to {@code found} until it holds {@code limit} or none is left; returns it. */
        List<ExperienceFigure> upTo(List<ExperienceFigure> found, int limit) {
            ExperienceFigure f;
            while (found.size() < limit && (f = next()) != null) {
                found.add(f);
            }
            return found;
        }
    }

    /**
     * The {@link #UNIT_WORDS} of the text as whole words (runs of {@code a-z}), in text order,
     * each as {@code start << 32 | end}: each of their {@link #UNIT_PREFIXES} is searched
     * ({@link String#indexOf}), and the word read where one starts a word.
     */
    private static long[] unitWords(String s) {
        int n = s.length();
        long[] out = null;
        int k = 0;
        for (String prefix : UNIT_PREFIXES) {
            for (int p = s.indexOf(prefix); p >= 0; p = s.indexOf(prefix, p + 1)) {
                if (p > 0 && isLower(s.charAt(p - 1))) {
                    continue;
                }
                int end = p + prefix.length();
                while (end < n && isLower(s.charAt(end))) {
                    end++;
                }
                if (!isUnitWord(s, p, end)) {
                    continue;
                }
                if (out == null) {
                    out = new long[8];
                } else if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, k * 2);
                }
                out[k++] = (long) p << 32 | end;
            }
        }
        if (out == null) {
            return NO_WORDS;
        }
        java.util.Arrays.sort(out, 0, k);
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /** Whether {@code s[start, end)} is one of the {@link #UNIT_WORDS}. */
    private static boolean isUnitWord(String s, int start, int end) {
        int length = end - start;
        if (length >= UNITS_BY_LENGTH.length) {
            return false;
        }
        for (String unit : UNITS_BY_LENGTH[length]) {
            if (s.startsWith(unit, start)) {
                return true;
            }
        }
        return false;
    }

    /** The {@link #UNIT_WORDS} by length. */
    private static final String[][] UNITS_BY_LENGTH = byLength(UNIT_WORDS);

    private static String[][] byLength(Set<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            out[n] = words.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
        }
        return out;
    }

    private static final long[] NO_WORDS = new long[0];
    /**
     * What every unit word starts with, each searched once through the text: short enough to
     * be few, long enough to occur seldom ("y" is rare in French, "a" and "m" are not).
     */
    private static final String[] UNIT_PREFIXES = prefixes("an", "mo", "y");

    /** {@code prefixes}, checked to cover every unit word. */
    private static String[] prefixes(String... prefixes) {
        for (String unit : UNIT_WORDS) {
            if (java.util.Arrays.stream(prefixes).noneMatch(unit::startsWith)) {
                throw new IllegalStateException("unit word '" + unit + "'; expected one starting with one of "
                        + java.util.Arrays.toString(prefixes));
            }
        }
        return prefixes;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A figure as read (with the clause it was read in), before judging it. */
    private record Candidate(ExperienceFigure figure, int end, boolean quantified, boolean months) {
    }

    private static Candidate read(FoldedText text, Matcher m) {
        String s = text.folded();
        int clauseStart = text.clauseStart(m.start());
        int clauseEnd = text.clauseEnd(m.end());
        OptionalDouble value = FrenchNumberWords.value(m.group(1));
        if (value.isEmpty()) {
            return new Candidate(null, m.end(), false, false);
        }
        boolean months = m.group(3).startsWith("mo");
        double n = years(value.getAsDouble(), months);
        int start = m.start();
        int end = m.end();
        Double min = n;
        Double max = null;
        boolean quantified = m.group(2) != null;
        boolean range = false;

        Matcher after = RANGE_AFTER.lookingAt(s, end, Math.min(clauseEnd, end + 40));
        if (after != null) {
            OptionalDouble upper = FrenchNumberWords.value(after.group(1));
            if (upper.isPresent()) {
                double u = years(upper.getAsDouble(), after.group(3).startsWith("mo"));
                if (u > n) {
                    max = u;
                    end = after.end();
                    range = true;
                    months = months && after.group(3).startsWith("mo");
                }
            }
        }
        if (!range) {
            int lookFrom = Math.max(clauseStart, start - 30);
            if (mayEndWith(s, lookFrom, start, RANGE_BEFORE_ENDS)) {
                Matcher before = RANGE_BEFORE.match(s, lookFrom, start);
                if (before != null && !isDegree(s, lookFrom + before.start(1))) {
                    OptionalDouble lower = FrenchNumberWords.value(before.group(1));
                    if (lower.isPresent() && years(lower.getAsDouble(), months) < n) {
                        min = years(lower.getAsDouble(), months);
                        // "3-5+ years": the upper bound is open, the figure is a minimum
                        max = m.group(2) != null ? null : n;
                        start = lookFrom + before.start();
                        range = true;
                    }
                }
            }
        }
        int prefixFrom = Math.max(clauseStart, start - 25);
        int minBefore = mayEndWith(s, prefixFrom, start, MIN_BEFORE_ENDS) ? MIN_BEFORE.find(s, prefixFrom, start) : -1;
        if (minBefore >= 0) {
            quantified = true;
            start = minBefore;
        } else if (!range && mayEndWith(s, prefixFrom, start, MAX_BEFORE_ENDS)) {
            int maxBefore = MAX_BEFORE.find(s, prefixFrom, start);
            if (maxBefore >= 0) {
                max = min;
                min = null;
                quantified = true;
                start = maxBefore;
            }
        }
        Matcher minAfter = MIN_AFTER.lookingAt(s, end, Math.min(clauseEnd, end + 20));
        if (minAfter != null) {
            quantified = true;
            end = minAfter.end();
        }
        if (min != null && min < 0 || min != null && max != null && min > max) {
            return new Candidate(null, end, false, months);
        }
        // the figure's clause is the anchor's: the figure grew inside it
        return new Candidate(new ExperienceFigure(min, max, start, end, clauseStart, clauseEnd), end,
                quantified || range, months);
    }

    /**
     * What {@link #RANGE_BEFORE}, {@link #MIN_BEFORE} and {@link #MAX_BEFORE} matches end with
     * (before their trailing spaces): the separators, and every alternative of the other two
     * spelled out, so a text that ends with none is not searched (these patterns try every
     * position of the text).
     */
    private static final String[] RANGE_BEFORE_ENDS = {"a", "-", "/", "et", "and", "to", "ou", "or"};
    private static final String[] MIN_BEFORE_ENDS = {"au moins", "minimum", "minimum de", "minimum d'", "min", "min.",
        "a minima", "plus de", "+ de", "plus d'", "more than", "at least", "minimum of", "superieur a", "superieure a",
        ">", ">=", "\u2265"};
    private static final String[] MAX_BEFORE_ENDS = {"jusqu'a", "jusqu a", "moins de", "moins d'", "up to", "less than",
        "maximum", "maximum de", "max", "max.", "au plus", "pas plus de", "no more than", "<", "<=", "\u2264"};

    /**
     * False when {@code s[from, to)}, less its trailing white space and line terminators, ends
     * with none of {@code ends}: then a pattern whose matches end with one of them, then
     * {@code \\s*$}, cannot match there.
     */
    private static boolean mayEndWith(String s, int from, int to, String[] ends) {
        int end = to;
        while (end > from && isTrailing(s.charAt(end - 1))) {
            end--;
        }
        if (end == from) {
            return false;
        }
        char last = s.charAt(end - 1);
        for (String e : ends) {
            if (e.charAt(e.length() - 1) == last && end - e.length() >= from && s.startsWith(e, end - e.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code \\s} and the line terminators {@code $} may stand before. */
    private static boolean isTrailing(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    private static boolean accept(FoldedText text, Candidate cand) {
        String s = text.folded();
        ExperienceFigure f = cand.figure;
        int clauseStart = f.clauseStart();
        int clauseEnd = f.clauseEnd();
        int start = f.start();
        int end = f.end();
        // the words before the figure in its clause, and from the last experience word on
        int before = Math.max(clauseStart, start - 45);
        int lastWord = lastIndexOf(s, EXPERIENCE_STEM, before, start);
        if (lastWord < 0 && TRAP_SPAN.found(s, before, start)
                || TRAP_BEFORE.found(s, lastWord >= 0 ? lastWord : before, start)
                || TRAP_JUST_BEFORE.found(s, before, start)
                || TRAP_AFTER.lookingAt(s, end, Math.min(clauseEnd, end + 30)) != null
                || TENURE_BEFORE.found(s, before, start) && TENURE_AFTER.lookingAt(s, end, clauseEnd) != null
                || isHistoryOpening(s, clauseStart, start, end, clauseEnd)) {
            return false;
        }
        boolean word = EXPERIENCE_WORD.found(s, Math.max(clauseStart, start - 80), Math.min(clauseEnd, end + 60))
                || HEADING_BEFORE.found(s, Math.max(0, clauseStart - 40), clauseStart);
        double size = f.max() != null ? f.max() : f.min();
        if (size > MAX_YEARS || !word && (cand.months || size > MAX_YEARS_WITHOUT_WORD)) {
            return false;
        }
        return word || cand.quantified || CANDIDATE.found(s, clauseStart, start);
    }

    /**
     * Whether the figure at {@code [start, end)} stands in a sentence opening "With N years ...,"
     * / "Avec N ans ...," (no comma before it) whose main clause, after the next comma, is not
     * addressed to the candidate: a company's history, not a requirement.
     */
    private static boolean isHistoryOpening(String s, int clauseStart, int start, int end, int clauseEnd) {
        Matcher opening = HISTORY_OPENING.lookingAt(s, clauseStart, start);
        if (opening == null || s.lastIndexOf(',', start) >= opening.end()) {
            return false;
        }
        int comma = s.indexOf(',', end);
        return comma >= 0 && comma < clauseEnd && CANDIDATE_SUBJECT.lookingAt(s, comma + 1, clauseEnd) == null;
    }

    /** The word whose last occurrence before a figure ends the words searched for some traps. */
    private static final String EXPERIENCE_STEM = "experien";

    /** The last position of {@code w} inside {@code s[from, to)}; -1 when none. */
    private static int lastIndexOf(String s, String w, int from, int to) {
        char first = w.charAt(0);
        for (int p = to - w.length(); p >= from; p--) {
            if (s.charAt(p) == first && s.startsWith(w, p)) {
                return p;
            }
        }
        return -1;
    }

    /** Whether the number at {@code pos} belongs to a degree ("Bac+5 ou 10 ans ..."). */
    private static boolean isDegree(String s, int pos) {
        int i = pos - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && s.charAt(i) == '+';
    }

    /** Decimal years; months are divided by 12 and rounded to two decimals (4 mois = 0.33). */
    private static double years(double n, boolean months) {
        return months ? Math.round(n / 12.0 * 100.0) / 100.0 : n;
    }
}
