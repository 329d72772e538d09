package io.techdir.normalize;

import io.techdir.normalize.SalaryToken.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a folded salary text ({@link TextHygiene#fold}) into {@link SalaryToken}s. The token
 * kinds are a table of rules (group, regex); at one position the first rule wins, so the table
 * order is the precedence ("a year" before "a", "sur 13 mois" before "13", "ca$" before "ca").
 * For speed the rules are compiled into one pattern per first character, tried only where a token
 * can start; text between tokens (other words, punctuation) is skipped. The class is long because
 * the rule table is: the vocabulary of published salaries, in French and English.
 */
final class SalaryLexer {

    /** Word start and end in folded (lower-case, unaccented) text. */
    private static final String W = "(?<![a-z])";
    private static final String E = "(?![a-z])";
    private static final String DIGITS = "0123456789";
    /**
     * A number: digit groups with a space, dot, comma or apostrophe before exactly three digits,
     * then an optional decimal part ("35 000,00", "60.000,00", "1,500"); or plain digits with an
     * optional decimal part ("36000.0", "2118,23", "11.88").
     */
    static final String NUMBER = "(?<![\\p{L}\\d.,])(?:\\d{1,3}(?:[ .,'’]\\d{3})+(?:[.,]\\d{1,2})?"
            + "|\\d+(?:[.,]\\d+)?)(?!\\d)";
    /** Code of a BREAK that is a line break. */
    static final String LINE_BREAK = "line";
    /** Code of a NUM written with a leading zero ("02 € / heure"): a truncated figure. */
    static final String TRUNCATED = "truncated";
    /**
     * Code of a SEP that is a dash ({@link #DASHES}): a range separator between two figures, a
     * minus sign before one ({@link SalaryCandidates}).
     */
    static final String DASH = "dash";
    /** The dashes: hyphen-minus, en dash, em dash, minus sign (a description folds them all to "-"). */
    private static final String DASHES = "-\u2013\u2014\u2212";

    /** Words of things paid that are not the salary: bonuses, benefits, allowances, revenue, budgets. */
    private static final String[] BENEFIT = {"primes?", "bonus", "cooptation", "tickets?", "titres?[- ]restaurants?",
        "cheques?", "indemnites?", "indemnise(?:e|s|es)?", "indemnisation", "allocations?", "budgets?", "ca",
        "chiffre d['’ ]?affaires", "capital", "levee", "valorisation", "investissements?", "subventions?", "frais",
        "remboursements?", "mutuelle", "participation", "interessement", "variable", "commissions?", "paniers?",
        "avantages?", "revenue", "turnover", "funding", "tresorerie", "prix", "couts?", "costs?", "facturation",
        "epargne", "abondement", "dotation", "enveloppe", "rtt", "conges", "mobilite", "transports?", "navigo",
        "velo", "sport"};

    /** One alternative of a token group; {@code first} lists the characters it can start with. */
    private record Rule(String group, String first, String regex) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        add("months", "sxpv", W + "(?:sur|x|payes? sur|verses? sur)\\s*(?<mn>\\d{1,2}(?:[.,]\\d{1,2})?)\\s*mois" + E);
        add("retirement", DIGITS, "(?<![\\d])40[13]\\s*\\(?[kb]\\)?" + E);
        words("classif", W, "\\s*[.:°-]?\\s*\\+?\\s*\\d+(?:[.,]\\d+)?", "groupe", "niveau", "coefficient", "coef",
                "indice", "echelon", "categorie", "classe", "grade", "bac", "level", "rncp", "article", "n°", "no\\.");
        add("big", DIGITS, NUMBER + "\\s*(?:m€|meur|m\\$|mds?|mrds?|millions?|milliards?|billions?|bn)"
                + "(?:€|euros?|eur|\\$)?" + E);
        add("skip", DIGITS, NUMBER + "(?:\\s*%|°|(?:er|e|eme|ieme|nd|th|st|rd)" + E + "|\\s*(?:h\\d{0,2}|ans?"
                + "|annees?|years?|yrs?|mois|months?|semaines?|weeks?|jours?|days?|heures?|hours?|hrs?|minutes?|mn"
                + "|km|kms|salaries|collaborateurs|personnes|employes|people|employees|postes|sites|pays|countries"
                + "|clients|etoiles|fois|journees?|ateliers?|magasins?|agences?)" + E + ")");
        add("num", DIGITS, NUMBER);
        add("k", "k", "(?<=[\\d\\s€$£])k(?:€|eur(?:os?)?|\\$|e(?![a-z])|(?![a-z]))");
        words("cur", W, "", "ca\\$", "c\\$", "us\\$");
        words("cur", "", "", "\\$", "€", "£");
        words("cur", W, E, "euros?", "eur", "usd", "gbp", "chf", "cad", "dollars?");
        words("hour", W, E, "de l['’ ]?heure", "par heure", "per hour", "an hour", "a hour", "hourly", "horaire",
                "heure");
        add("hour", "/", "/\\s*(?:heure|hour|hr|h)" + E);
        words("day", W, E, "par jour", "per day", "a day", "journaliere?", "tjm", "taux journalier", "day rate",
                "daily", "jour");
        add("day", "/", "/\\s*(?:jour|day|j)" + E);
        words("week", W, E, "par semaine", "per week", "a week", "hebdomadaire", "weekly", "semaine");
        add("week", "/", "/\\s*(?:semaine|sem|week|wk)" + E);
        words("month", W, E, "par mois", "per month", "a month", "mensuel(?:le)?s?", "monthly", "mois", "month");
        add("month", "/", "/\\s*(?:mois|month|mo)" + E);
        words("year", W, E, "par an", "par annee", "per year", "a year", "per annum", "annuel(?:le)?s?", "yearly",
                "annually", "year");
        add("year", "/", "/\\s*(?:an|annee|year|yr)" + E);
        add("year", "a", "(?<=[\\d€$£k]\\s?)an" + E);
        add("year", "p", W + "p\\.a\\.");
        words("gross", W, E, "brut", "brute", "bruts", "brutes", "gross");
        words("net", W, E, "net", "nette", "nets", "nettes");
        words("anchor", W, E, "salaires?", "remunerations?", "retributions?", "package", "fourchette", "salary",
                "compensation", "pay", "traitement", "gratification", "fixe\\s*(?:\\+|et|and|&)\\s*variable");
        add("exclof", "d", W + "(?:de|d['’])\\s*(?:" + String.join("|", BENEFIT) + ")" + E);
        // "180€ par mois crédités sur votre carte tickets restaurant": an amount put on a card is a benefit
        add("exclof", "cs", W + "(?:credite(?:e|s|es)?\\s+)?sur\\s+(?:votre|ta|sa|leur|la|une)\\s+carte" + E);
        words("excl", W, E, BENEFIT);
        // "Estimation pour 4h de service 40 € net": the sum for a shift of several hours, not a rate
        add("shift", "pf", W + "(?:pour|for)\\s+(?:[2-9]|[1-9]\\d)(?:[.,]\\d+)?\\s*(?:h|heures|hours|hrs)"
                + "(?:\\s+(?:de|d['’]|of)\\s*(?:service|travail|mission|prestation|intervention|work))?" + E);
        words("qmax", W, E, "jusqu['’ ]?a", "jusqu['’ ]?au", "up to", "max", "maximum", "au plus", "plafond",
                "moins de", "under", "below");
        words("qmin", W, E, "a partir(?:\\s+de|\\s+d['’])?", "des", "minimum", "min", "au moins", "plus de",
                "starting at", "starting from", "from", "demarre a", "debute a", "commence a", "a compter de",
                "at least", "over", "above");
        words("entre", W, E, "entre", "between");
        words("weak", W, E, "et", "and");
        words("sep", "", "", "-", "–", "—", "−", "~", "/");
        words("sep", W, "(?![a-z'’])", "a", "to");
        words("plus", "", "", "\\+");
        words("open", "", "", "\\(", "\\[");
        words("close", "", "", "\\)", "\\]");
        words("brk", "", "", ";", "\\|", "\n", "•");
        words("brk", W, E, "ou", "or", "soit");
        add("brk", ".", "\\.(?=\\s+[a-z])");
    }

    /**
     * The rules that can start with one character, as one pattern; its groups in order with their
     * capturing-group numbers.
     */
    private record Compiled(int id, Pattern pattern, String[] groups, int[] numbers, SalaryTokenStarts starts) {

        /** Whether a token may start at {@code pos}, by the first characters (always for non-ASCII ones). */
        boolean mayStart(String s, int pos) {
            return starts == null || starts.mayStart(s, pos);
        }
    }

    /** One pattern per first character. */
    private static final Map<Character, Compiled> BY_FIRST = compile();
    /** {@link #BY_FIRST} for ASCII characters, as an array (the lexer looks up every character). */
    private static final Compiled[] BY_ASCII = new Compiled[128];

    static {
        BY_FIRST.forEach((c, compiled) -> {
            if (c < BY_ASCII.length) {
                BY_ASCII[c] = compiled;
            }
        });
    }

    private SalaryLexer() {
    }

    /**
     * Adds a rule. A leading word-start check is dropped when the rule starts with a letter: the
     * scan never tries a letter right after a letter (see {@link #insideWord}), so it always holds.
     */
    private static void add(String group, String first, String regex) {
        boolean letters = first.chars().allMatch(Character::isLetter);
        RULES.add(new Rule(group, first, letters && regex.startsWith(W) ? regex.substring(W.length()) : regex));
    }

    /** One rule per word; its first character is the word's first (after a backslash escape). */
    private static void words(String group, String before, String after, String... words) {
        for (String w : words) {
            String first = w.startsWith("\\") ? w.substring(1, 2) : w.substring(0, 1);
            add(group, first, before + w + after);
        }
    }

    private static Map<Character, Compiled> compile() {
        Map<Character, Map<String, List<String>>> byChar = new HashMap<>();
        for (Rule r : RULES) {
            for (char c : r.first().toCharArray()) {
                byChar.computeIfAbsent(c, x -> new LinkedHashMap<>())
                        .computeIfAbsent(r.group(), x -> new ArrayList<>()).add(r.regex());
            }
        }
        Map<Character, Compiled> out = new HashMap<>();
        for (Map.Entry<Character, Map<String, List<String>>> e : byChar.entrySet()) {
            StringBuilder b = new StringBuilder();
            String[] groups = e.getValue().keySet().toArray(new String[0]);
            int[] numbers = new int[groups.length];
            int g = 0;
            for (Map.Entry<String, List<String>> rules : e.getValue().entrySet()) {
                b.append(b.length() == 0 ? "" : "|");
                numbers[g++] = capturingGroups(b) + 1;
                b.append("(?<").append(rules.getKey()).append('>').append(String.join("|", rules.getValue()))
                        .append(')');
            }
            Pattern pattern = Pattern.compile(b.toString());
            char first = e.getKey();
            out.put(first, new Compiled(out.size(), pattern, groups, numbers,
                    first < 128 ? SalaryTokenStarts.of(pattern, first) : null));
        }
        return Map.copyOf(out);
    }

    /** "02", "08": an integer with a leading zero is what a scraper left of "12,02" or "11,08". */
    private static boolean truncated(String raw) {
        return raw.length() > 1 && raw.charAt(0) == '0' && Character.isDigit(raw.charAt(1));
    }

    /**
     * The tokens of a folded text, in order.
     *
     * @param folded text through {@link TextHygiene#clean} and {@link TextHygiene#fold}
     * @return tokens, possibly none
     */
    static List<SalaryToken> tokens(String folded) {
        return tokens(folded, true);
    }

    /**
     * {@link #tokens(String)}; with {@code gated} false, every pattern is tried wherever its
     * first character stands, without {@link SalaryTokenStarts} (for the tests: same tokens).
     */
    static List<SalaryToken> tokens(String folded, boolean gated) {
        List<SalaryToken> out = new ArrayList<>();
        Matchers reuse = MATCHERS.get();
        Matcher[] matchers = reuse.matchers;
        String[] texts = reuse.texts;
        int n = folded.length();
        int pos = 0;
        while (pos < n) {
            char ch = folded.charAt(pos);
            Compiled c = insideWord(folded, pos) ? null : ch < BY_ASCII.length ? BY_ASCII[ch] : BY_FIRST.get(ch);
            if (c != null && (!gated || c.mayStart(folded, pos))) {
                Matcher m = matchers[c.id()];
                if (m == null) {
                    m = c.pattern().matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[c.id()] = m;
                } else if (texts[c.id()] != folded) {
                    m.reset(folded); // keeps the bounds' transparency and anchoring
                }
                texts[c.id()] = folded;
                m.region(pos, n);
                if (m.lookingAt()) {
                    out.add(token(matchedGroup(c, m), m));
                    pos = Math.max(m.end(), pos + 1);
                    continue;
                }
            }
            pos++;
        }
        return out;
    }

    /**
     * The matchers of {@link #BY_FIRST}'s patterns, per thread (index {@link Compiled#id()}; made
     * on first use): a description's windows reuse them instead of making one per window and
     * character.
     */
    private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

    /** One thread's matchers, each with the text it was last set to (kept until the next text). */
    private static final class Matchers {
        final Matcher[] matchers = new Matcher[BY_FIRST.size()];
        final String[] texts = new String[BY_FIRST.size()];
    }

    /**
     * Whether no token can start at {@code pos}: a letter right after a letter, or a digit right
     * after a letter or digit (every rule starting with a letter needs a word start, and a number
     * cannot follow a letter or a digit).
     */
    private static boolean insideWord(String s, int pos) {
        if (pos == 0) {
            return false;
        }
        char c = s.charAt(pos);
        char p = s.charAt(pos - 1);
        if (isLetter(c)) {
            return isLetter(p);
        }
        return isDigit(c) && (isLetter(p) || isDigit(p));
    }

    /** {@link Character#isLetter(char)}, with ASCII answered by ranges. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** {@link Character#isDigit(char)}, with ASCII answered by range. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Capturing groups opened in a regex: named ones "(?<x>" and plain "(" (none of the rules use these). */
    private static int capturingGroups(CharSequence regex) {
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                boolean plain = i + 1 >= regex.length() || regex.charAt(i + 1) != '?';
                boolean named = i + 3 < regex.length() && regex.charAt(i + 1) == '?' && regex.charAt(i + 2) == '<'
                        && Character.isLetter(regex.charAt(i + 3));
                count += plain || named ? 1 : 0;
            }
        }
        return count;
    }

    private static String matchedGroup(Compiled c, Matcher m) {
        for (int i = 0; i < c.groups().length; i++) {
            if (m.start(c.numbers()[i]) >= 0) {
                return c.groups()[i];
            }
        }
        throw new IllegalStateException("salary lexer: no group matched '" + m.group() + "'");
    }

    private static SalaryToken token(String group, Matcher m) {
        int s = m.start();
        int e = m.end();
        String text = m.group();
        return switch (group) {
            case "months" -> new SalaryToken(Kind.MONTHS, s, e, parseNumber(m.group("mn")), null);
            case "retirement", "classif", "skip" -> new SalaryToken(Kind.SKIP, s, e, 0, null);
            case "big" -> new SalaryToken(Kind.BIG, s, e, 0, null);
            case "num" -> new SalaryToken(Kind.NUM, s, e, parseNumber(text), truncated(text) ? TRUNCATED : null);
            case "k" -> new SalaryToken(Kind.K, s, e, 0, text.length() > 1 ? currencyOf(text.substring(1)) : null);
            case "cur" -> new SalaryToken(Kind.CUR, s, e, 0, currencyOf(text));
            case "hour" -> new SalaryToken(Kind.PERIOD, s, e, 0, "HOUR");
            case "day" -> new SalaryToken(Kind.PERIOD, s, e, 0, "DAY");
            case "week" -> new SalaryToken(Kind.PERIOD, s, e, 0, "WEEK");
            case "month" -> new SalaryToken(Kind.PERIOD, s, e, 0, "MONTH");
            case "year" -> new SalaryToken(Kind.PERIOD, s, e, 0, "YEAR");
            case "gross" -> new SalaryToken(Kind.BASIS, s, e, 0, "GROSS");
            case "net" -> new SalaryToken(Kind.BASIS, s, e, 0, "NET");
            case "anchor" -> new SalaryToken(Kind.ANCHOR, s, e, 0, null);
            case "exclof" -> new SalaryToken(Kind.EXCL_OF, s, e, 0, null);
            case "excl", "shift" -> new SalaryToken(Kind.EXCL, s, e, 0, null);
            case "qmax" -> new SalaryToken(Kind.QMAX, s, e, 0, null);
            case "qmin" -> new SalaryToken(Kind.QMIN, s, e, 0, null);
            case "entre" -> new SalaryToken(Kind.ENTRE, s, e, 0, null);
            case "weak" -> new SalaryToken(Kind.WEAK_SEP, s, e, 0, null);
            case "sep" -> new SalaryToken(Kind.SEP, s, e, 0,
                    text.length() == 1 && DASHES.indexOf(text.charAt(0)) >= 0 ? DASH : null);
            case "plus" -> new SalaryToken(Kind.PLUS, s, e, 0, null);
            case "open" -> new SalaryToken(Kind.OPEN, s, e, 0, null);
            case "close" -> new SalaryToken(Kind.CLOSE, s, e, 0, null);
            default -> new SalaryToken(Kind.BREAK, s, e, 0, text.equals("\n") ? LINE_BREAK : null);
        };
    }

    /**
     * Code of a bare "$" or "dollar(s)": the dollar of the posting's country, which
     * {@link #currency} resolves (a Québec offer's "27,46 $ de l'heure" is CAD, a US one's USD).
     */
    static final String LOCAL_DOLLAR = "$";
    /** Currencies called "dollar" where they are used: a bare "$" in such a posting is that one. */
    private static final java.util.Set<String> DOLLARS = java.util.Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD");

    /**
     * Code of a folded currency sign or word: "us$", "usd" = USD, "£" = GBP, "ca$"/"c$" = CAD; a
     * bare "$" or "dollar(s)" is {@link #LOCAL_DOLLAR}.
     */
    static String currencyOf(String sign) {
        String s = sign.strip();
        if (s.startsWith("ca$") || s.startsWith("c$") || s.equals("cad")) {
            return "CAD";
        }
        if (s.equals("$") || s.startsWith("dollar")) {
            return LOCAL_DOLLAR;
        }
        if (s.contains("$") || s.equals("usd")) {
            return "USD";
        }
        if (s.equals("£") || s.equals("gbp")) {
            return "GBP";
        }
        if (s.equals("chf")) {
            return "CHF";
        }
        return "EUR";
    }

    /**
     * The ISO 4217 code of an amount: its stated currency ({@link #currencyOf}), else the
     * posting's default. A bare dollar is the default's when that is a dollar (CAD for a Canadian
     * posting), else USD.
     *
     * @param stated the candidate's currency code, or null when no sign was stated
     * @param defaultCurrency the posting's default currency (its country's, or its source's)
     */
    static String currency(String stated, String defaultCurrency) {
        if (stated == null) {
            return defaultCurrency;
        }
        if (stated.equals(LOCAL_DOLLAR)) {
            return DOLLARS.contains(defaultCurrency) ? defaultCurrency : "USD";
        }
        return stated;
    }

    /**
     * The value of a number as {@link #NUMBER} matches it. The last dot or comma is a decimal
     * separator unless exactly three digits follow it; every other separator is a thousands one.
     */
    static double parseNumber(String raw) {
        int lastDot = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
        int decimalAt = -1;
        if (lastDot >= 0 && raw.length() - lastDot - 1 != 3) {
            decimalAt = lastDot;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (i == decimalAt) {
                b.append('.');
            }
        }
        return Double.parseDouble(b.toString());
    }
}
