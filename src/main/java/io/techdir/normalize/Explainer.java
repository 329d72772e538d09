package io.techdir.normalize;

import io.techdir.posting.ContractType;
import io.techdir.posting.Degree;
import io.techdir.posting.DegreeLevel;
import io.techdir.posting.Experience;
import io.techdir.posting.Posting;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Role;
import io.techdir.posting.RoleFamily;
import io.techdir.posting.Salary;
import io.techdir.posting.SalaryPeriod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Explains, rule by rule, how the normalizer reads one string, for an analyst who doubts a figure
 * ({@code techdir explain}): text hygiene, then for a salary the tokens, the candidate amounts
 * (text span, amounts, period word or inferred, k, basis, currency), the one chosen and why, the
 * conversions to annual gross EUR and the flags; for experience the figures found and the one
 * that wins; for degrees the mentions and the lowest level; for a title the taxonomy row matched.
 *
 * <p>The steps are rebuilt from the parsers' own intermediate results ({@link SalaryLexer},
 * {@link SalaryCandidates}, {@link SalaryBuilder}, {@link ExperienceScanner}, {@link DegreeScanner},
 * {@link RoleTaxonomy}); the result shown is what {@link PostingNormalizer} gives for the same
 * text, and {@link Explanation#disagreements()} lists any step whose reading does not lead to it
 * (none is expected: a test checks real strings). Long because it narrates five parsers; it holds
 * no rule of its own beyond the choice of the salary candidate, which mirrors {@link SalaryParser}.
 */
public final class Explainer {

    /** Which part of a posting the text is. */
    public enum Field {
        /** A salary field ("Annuel de 40000.0 Euros à 50000.0 Euros"). */
        SALARY,
        /** An experience field ("5 An(s)", "Débutant accepté"). */
        EXPERIENCE,
        /** A degree field ("Bac+3/5"). */
        DEGREE,
        /** A job title. */
        TITLE,
        /** A contract field ("CDI", "Freelance"). */
        CONTRACT,
        /** A place ("78 - Limay"). */
        LOCATION,
        /** A description: every field read from it. */
        ALL;

        /**
         * Parses a field name, any case.
         *
         * @throws IllegalArgumentException naming the value and the expected ones
         */
        public static Field parse(String text) {
            String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            for (Field f : values()) {
                if (f.name().equals(t)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("field '" + text
                    + "'; expected salary, experience, degree, title, contract, location or all");
        }
    }

    /**
     * One step of the reading.
     *
     * @param section what is read: {@code hygiene}, {@code salary}, {@code experience}, {@code degree},
     *     {@code title}, {@code contract}, {@code location}
     * @param rule the rule or stage ("tokens", "candidate 1", "chosen", "annual", "result", ...)
     * @param detail what it found
     */
    public record Step(String section, String rule, String detail) {

        /** Checks that no part is null. */
        public Step {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(detail, "detail");
        }

        /** {@code section  rule  detail}, in aligned columns. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-10s %-13s %s", section, rule, detail);
        }
    }

    /**
     * A whole explanation.
     *
     * @param field the field the text was read as
     * @param text the text as given
     * @param posting what {@link PostingNormalizer} makes of a posting holding only that text
     * @param steps the steps, in reading order
     * @param disagreements steps whose reading does not give the normalizer's result (empty
     *     when the explanation is faithful)
     */
    public record Explanation(Field field, String text, Posting posting, List<Step> steps,
            List<String> disagreements) {

        /** Copies the lists. */
        public Explanation {
            steps = List.copyOf(steps);
            disagreements = List.copyOf(disagreements);
        }
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final Pattern TAG = Pattern.compile("<[/!a-zA-Z]");
    private static final Pattern STRAY = Pattern.compile("\\d[\\uFFFD\\u00BF]\\d");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u202F\\u2000-\\u200B\\u2007\\u205F\\u3000]");
    /** Separator of several requirements in a degree field (France Travail formations). */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*;\\s*");
    private static final int SHOWN = 200;
    private static final int MAX_FIGURES = 20;

    private final PostingNormalizer normalizer;
    private final SalaryParser salaryParser;
    private final SalaryBuilder salaryBuilder;
    private final RoleTaxonomy taxonomy;

    private Explainer(PostingNormalizer normalizer, SalaryParser salaryParser, RoleTaxonomy taxonomy) {
        this.normalizer = normalizer;
        this.salaryParser = salaryParser;
        this.salaryBuilder = new SalaryBuilder(salaryParser.conventions(), salaryParser.rates());
        this.taxonomy = taxonomy;
    }

    /** An explainer with the standard normalizer and reference tables. */
    public static Explainer standard() {
        return new Explainer(PostingNormalizer.standard(), SalaryParser.standard(), RoleTaxonomy.standard());
    }

    /**
     * Explains how one text is read.
     *
     * @param field what the text is (ALL: a description, every field read from it)
     * @param text the text as published
     * @return the steps and the normalizer's result
     */
    public Explanation explain(Field field, String text) {
        Objects.requireNonNull(field, "field");
        RawPosting raw = raw(field, text);
        Posting posting = normalizer.normalize(raw);
        List<Step> steps = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        hygiene(text, steps);
        switch (field) {
            case SALARY -> salary(text, false, posting, steps, disagreements);
            case EXPERIENCE -> experience(text, false, raw, posting, steps, disagreements);
            case DEGREE -> degree(text, false, posting, steps, disagreements);
            case TITLE -> title(text, posting, steps, disagreements);
            case CONTRACT -> steps.add(new Step("contract", "result", contract(posting, "the field")));
            case LOCATION -> steps.add(new Step("location", "result", String.valueOf(posting.place())));
            case ALL -> {
                salary(text, true, posting, steps, disagreements);
                experience(text, true, raw, posting, steps, disagreements);
                degree(text, true, posting, steps, disagreements);
                steps.add(new Step("contract", "result", contract(posting, "the description")));
                steps.add(new Step("title", "result", "no title given: role " + posting.role().family()
                        + " (use --field title to read the text as a title)"));
            }
            default -> throw new IllegalStateException("explain: field " + field);
        }
        return new Explanation(field, text, posting, steps, disagreements);
    }

    /** A posting that holds only the text, in the field it is. */
    static RawPosting raw(Field field, String text) {
        RawPosting.Builder b = RawPosting.builder("explain", "explain:1").sourceId("1");
        return switch (field) {
            case SALARY -> b.salaryText(text).build();
            case EXPERIENCE -> b.experienceText(text).build();
            case DEGREE -> b.educationText(text).build();
            case TITLE -> b.title(text).build();
            case CONTRACT -> b.contract(text).build();
            case LOCATION -> b.location(text).build();
            case ALL -> b.description(text).build();
        };
    }

    // ---------------------------------------------------------------- hygiene

    private static void hygiene(String text, List<Step> steps) {
        String clean = TextHygiene.clean(text);
        if (clean == null) {
            steps.add(new Step("hygiene", "cleaned", "empty text: nothing is stated"));
            return;
        }
        if (clean.equals(text)) {
            steps.add(new Step("hygiene", "cleaned", "unchanged (no entity, tag, odd space or stray separator)"));
        } else {
            List<String> what = new ArrayList<>();
            if (ENTITY.matcher(text).find()) {
                what.add("HTML entities unescaped");
            }
            if (TAG.matcher(text).find()) {
                what.add("tags removed");
            }
            if (STRAY.matcher(text).find()) {
                what.add("stray replacement character between digits read as a thousands separator");
            }
            if (ODD_SPACE.matcher(text).find()) {
                what.add("no-break and other Unicode spaces made plain spaces");
            }
            if (what.isEmpty()) {
                what.add("spaces and line breaks tidied");
            }
            steps.add(new Step("hygiene", "cleaned", quote(clean) + " (" + String.join("; ", what) + ")"));
        }
        steps.add(new Step("hygiene", "folded", quote(TextHygiene.fold(clean)) + " (lower case, no accents: what the"
                + " rules match)"));
    }

    // ---------------------------------------------------------------- salary

    private void salary(String text, boolean description, Posting posting, List<Step> steps, List<String> disagree) {
        Salary result = posting.salary();
        String clean = TextHygiene.clean(text);
        String folded = TextHygiene.fold(clean);
        String currency = result.currency() != null ? result.currency() : "EUR";
        Reading reading = null;
        if (clean == null) {
            steps.add(new Step("salary", "result", "not disclosed (no text)"));
        } else if (!description && folded.equals("-1")) {
            steps.add(new Step("salary", "missing", "'-1' is a board's 'no salary'"));
        } else if (!description) {
            reading = candidates(folded, false, currency, steps, "");
            if (reading == null) {
                steps.add(new Step("salary", "no amount", "the field states no amount: not disclosed"
                        + " (\"A négocier\", \"selon profil\", \"Non affiché\", a rule such as a pay scale)"));
            }
        } else {
            List<String> windows = SalaryDescription.windows(folded);
            if (windows.isEmpty()) {
                steps.add(new Step("salary", "windows", "no word announcing a salary (salaire, rémunération,"
                        + " package, brut, k€, € / an ...): nothing read"));
            }
            for (int i = 0; i < windows.size() && reading == null; i++) {
                steps.add(new Step("salary", "window " + (i + 1), quote(windows.get(i))
                        + " (only these short windows around salary words are read)"));
                reading = candidates(windows.get(i), true, currency, steps, "w" + (i + 1) + " ");
            }
        }
        if (reading != null) {
            conversions(reading, currency, result, steps, disagree);
        } else if (result.disclosed()) {
            disagree.add("salary: the explainer found no amount, the normalizer " + salary(result));
        }
        steps.add(new Step("salary", "result", salary(result)));
    }

    /** The candidate kept, with the flags the choice sets. */
    private record Reading(SalaryCandidate kept, Set<SalaryFlag> flags) {
    }

    private Reading candidates(String folded, boolean inDescription, String defaultCurrency, List<Step> steps,
            String prefix) {
        List<SalaryToken> tokens = SalaryLexer.tokens(folded);
        steps.add(new Step("salary", prefix + "tokens", tokens(folded, tokens)));
        List<SalaryCandidate> all = SalaryCandidates.find(tokens, !inDescription);
        if (all.isEmpty()) {
            steps.add(new Step("salary", prefix + "candidates", "none (no amount left once counts, durations,"
                    + " percentages, years, benefits"
                    + (inDescription ? " and revenue" : ", revenue and negative figures") + " are set aside)"));
            return null;
        }
        int cursor = 0;
        List<SalaryCandidate> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SalaryCandidate c = all.get(i);
            int[] span = span(tokens, cursor, c);
            String where = span == null ? "" : quote(folded.substring(span[0], span[1])) + ": ";
            if (span != null) {
                cursor = span[2];
            }
            String note = inDescription && !c.marked() ? " - not taken: in a description an amount needs a"
                    + " currency, k or brut/net" : "";
            steps.add(new Step("salary", prefix + "candidate " + (i + 1), where + candidate(c, defaultCurrency) + note));
            if (c.marked() || !inDescription) {
                found.add(c);
            }
        }
        if (found.stream().anyMatch(c -> !c.inParentheses()) && found.removeIf(SalaryCandidate::inParentheses)) {
            steps.add(new Step("salary", prefix + "parentheses", "amounts in parentheses are equivalents of"
                    + " another amount: set aside"));
        }
        if (found.isEmpty()) {
            return null;
        }
        SalaryCandidate kept = found.get(0);
        SalaryPeriod keptPeriod = period(kept, defaultCurrency);
        String why = found.size() == 1 ? "the only amount" : "the first";
        for (SalaryCandidate c : found) {
            if (period(c, defaultCurrency) != SalaryPeriod.DAY) {
                if (c != found.get(0)) {
                    why = "the first that is not a day rate (an employee salary is kept before a freelance rate)";
                }
                kept = c;
                keptPeriod = period(c, defaultCurrency);
                break;
            }
        }
        Set<SalaryFlag> flags = EnumSet.noneOf(SalaryFlag.class);
        if (inDescription) {
            flags.add(SalaryFlag.FROM_DESCRIPTION);
        }
        for (SalaryCandidate c : found) {
            if (c != kept && (period(c, defaultCurrency) != keptPeriod || !same(c.min(), kept.min())
                    || !same(c.max(), kept.max()))) {
                flags.add(SalaryFlag.MULTIPLE_SALARIES);
                why += "; other amounts differ: MULTIPLE_SALARIES";
                break;
            }
        }
        steps.add(new Step("salary", prefix + "chosen", "candidate " + (all.indexOf(kept) + 1) + ": " + why));
        return new Reading(kept, flags);
    }

    private void conversions(Reading r, String defaultCurrency, Salary result, List<Step> steps,
            List<String> disagree) {
        SalaryCandidate c = r.kept();
        String currency = SalaryLexer.currency(c.currency(), defaultCurrency);
        NormalizationConventions conv = salaryParser.conventions();
        SalaryPeriod period = result.period();
        if (c.period() == null) {
            steps.add(new Step("salary", "period", "no period word: " + period + " inferred from the amount"
                    + (c.thousands() ? " (an amount in k is YEAR)" : " (EUR under " + NormalizationConventions.format(
                            conv.hourMax()) + " HOUR, under " + NormalizationConventions.format(conv.dayMax())
                            + " DAY, under " + NormalizationConventions.format(conv.monthMax())
                            + " MONTH, else YEAR)") + "; flag PERIOD_INFERRED"));
        } else if (period != c.period()) {
            steps.add(new Step("salary", "period", "stated " + c.period() + " is impossible for " + number(c.top())
                    + " (MONTH above " + NormalizationConventions.format(conv.monthCorrectAbove()) + ", YEAR under "
                    + NormalizationConventions.format(conv.yearCorrectBelow()) + "): read as " + period
                    + "; flag PERIOD_CORRECTED"));
        } else {
            steps.add(new Step("salary", "period", period + " as stated"));
        }
        double factor;
        String factorText;
        if (period == null) {
            factor = 1;
            factorText = "no period";
        } else {
            switch (period) {
                case HOUR -> {
                    factor = conv.hoursPerYear();
                    factorText = "HOUR x " + NormalizationConventions.format(factor) + " hours a year";
                }
                case DAY -> {
                    factor = conv.daysPerYear();
                    factorText = "DAY x " + NormalizationConventions.format(factor) + " days a year";
                }
                case WEEK -> {
                    factor = conv.weeksPerYear();
                    factorText = "WEEK x " + NormalizationConventions.format(factor) + " weeks a year";
                }
                case MONTH -> {
                    factor = c.months() != null ? c.months() : conv.defaultMonths();
                    factorText = "MONTH x " + NormalizationConventions.format(factor) + " months"
                            + (c.months() != null ? " (stated)" : " (none stated: the default)");
                }
                default -> {
                    factor = 1;
                    factorText = "YEAR x 1" + (c.months() != null ? " (an annual amount 'sur "
                            + NormalizationConventions.format(c.months()) + " mois' stays as stated)" : "");
                }
            }
        }
        steps.add(new Step("salary", "months", factorText));
        if (result.basis() == io.techdir.posting.SalaryBasis.NET) {
            steps.add(new Step("salary", "basis", "NET: divided by " + NormalizationConventions.format(conv.netToGross())
                    + " for gross (cadre contributions); flag NET_CONVERTED"));
        } else {
            steps.add(new Step("salary", "basis", "GROSS" + (c.basis() == null ? " (no brut/net word: gross)"
                    : " (stated)")));
        }
        if (currency.equals("EUR")) {
            steps.add(new Step("salary", "currency", "EUR" + (c.currency() == null ? " (no currency sign: the"
                    + " posting's country's)" : "")));
        } else {
            CurrencyRates rates = salaryParser.rates();
            steps.add(new Step("salary", "currency", currency + (c.currency() == null ? " (the source's currency)" : "")
                    + ": x " + (rates.eurPer(currency).isPresent() ? number(rates.eurPer(currency).getAsDouble())
                            : "? (not in the rates table: no annual figure)")
                    + " EUR per " + currency + ", reference rates of " + rates.rateDate() + "; flag CURRENCY_CONVERTED"));
        }
        if (result.estimated()) {
            steps.add(new Step("salary", "estimate", "the text says a job board estimated it (\"(Glassdoor est.)\","
                    + " \"Estimation\"): salary_estimated = true, left out of advertised-salary statistics"));
        }
        if (result.hasFlag(SalaryFlag.VARIABLE_NOTED.name())) {
            steps.add(new Step("salary", "variable", "a variable part (variable, bonus, commission) is mentioned:"
                    + " noted, not added; flag VARIABLE_NOTED"));
        }
        if (result.hasFlag(SalaryFlag.DAY_RATE.name())) {
            steps.add(new Step("salary", "day rate", "a freelance or contractor day rate: reported apart from employee"
                    + " salaries; flag DAY_RATE"));
        }
        if (result.hasFlag(SalaryFlag.IMPLAUSIBLE.name())) {
            steps.add(new Step("salary", "plausible", "annual gross under " + NormalizationConventions.format(
                    conv.plausibleAnnualMin()) + " or over " + NormalizationConventions.format(conv.plausibleAnnualMax())
                    + " EUR, max over " + NormalizationConventions.format(conv.plausibleMaxOverMin())
                    + " x min, or a truncated figure: kept, left out of statistics; flag IMPLAUSIBLE"));
        }
        steps.add(new Step("salary", "annual", "gross EUR a year: " + number(result.annualMinEur()) + " to "
                + number(result.annualMaxEur())));
        steps.add(new Step("salary", "flags", result.flags().isEmpty() ? "none" : String.join(", ", result.flags())));
        Salary rebuilt = salaryBuilder.build(c, currency, result.estimated(), r.flags());
        if (!Objects.equals(rebuilt.min(), result.min()) || !Objects.equals(rebuilt.max(), result.max())
                || rebuilt.period() != result.period() || !Objects.equals(rebuilt.annualMinEur(), result.annualMinEur())
                || !Objects.equals(rebuilt.annualMaxEur(), result.annualMaxEur())) {
            disagree.add("salary: the chosen candidate gives " + salary(rebuilt) + ", the normalizer " + salary(result));
        }
    }

    private SalaryPeriod period(SalaryCandidate c, String defaultCurrency) {
        return salaryBuilder.effectivePeriod(c, SalaryLexer.currency(c.currency(), defaultCurrency));
    }

    private static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String tokens(String folded, List<SalaryToken> tokens) {
        if (tokens.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        for (SalaryToken t : tokens) {
            String word = folded.substring(t.start(), t.end()).replace("\n", "\\n");
            String value = switch (t.kind()) {
                case NUM -> " " + number(t.number());
                case MONTHS -> " " + number(t.number());
                default -> t.code() != null && !t.code().equals(SalaryLexer.LINE_BREAK)
                        && !t.code().equals(SalaryLexer.DASH) ? " " + t.code() : "";
            };
            out.add(t.kind() + value + " '" + word + "'");
        }
        return String.join(" · ", out);
    }

    private static String candidate(SalaryCandidate c, String defaultCurrency) {
        StringBuilder b = new StringBuilder();
        if (c.min() == null) {
            b.append("up to ").append(number(c.max()));
        } else if (c.max() == null) {
            b.append("from ").append(number(c.min()));
        } else if (c.min().equals(c.max())) {
            b.append(number(c.min()));
        } else {
            b.append(number(c.min())).append(" to ").append(number(c.max()));
        }
        b.append(' ').append(c.currency() == null ? defaultCurrency + " (no sign)"
                : c.currency().equals(SalaryLexer.LOCAL_DOLLAR) ? SalaryLexer.currency(c.currency(), defaultCurrency)
                        + " ($: the posting's country's dollar, else USD)" : c.currency());
        b.append(", period ").append(c.period() != null ? c.period() + " (stated)" : "no period word");
        b.append(c.thousands() ? ", k-notation (x 1000)" : ", no k");
        b.append(", basis ").append(c.basis() != null ? c.basis() : "not stated");
        if (c.months() != null) {
            b.append(", sur ").append(number(c.months())).append(" mois");
        }
        if (c.inParentheses()) {
            b.append(", in parentheses");
        }
        if (c.truncated()) {
            b.append(", truncated figure (leading zero): IMPLAUSIBLE");
        }
        return b.toString();
    }

    /**
     * Where a candidate stands in the text: from its first amount (with a currency sign before it)
     * to its last (with k and sign after); {start, end, next token} or null. Candidates come in
     * text order, so the search goes on from the previous one's end.
     */
    private static int[] span(List<SalaryToken> t, int from, SalaryCandidate c) {
        Double first = c.min() != null ? c.min() : c.max();
        for (int i = from; i < t.size(); i++) {
            if (t.get(i).kind() != SalaryToken.Kind.NUM || !amount(t.get(i).number(), first)) {
                continue;
            }
            int startToken = i > 0 && t.get(i - 1).kind() == SalaryToken.Kind.CUR
                    && t.get(i).start() - t.get(i - 1).end() <= 1 ? i - 1 : i;
            int last = i;
            if (c.min() != null && c.max() != null && !c.min().equals(c.max())) {
                for (int j = i + 1; j < t.size() && j <= i + 8; j++) {
                    if (t.get(j).kind() == SalaryToken.Kind.NUM && amount(t.get(j).number(), c.max())) {
                        last = j;
                        break;
                    }
                }
            }
            while (last + 1 < t.size() && (t.get(last + 1).kind() == SalaryToken.Kind.K
                    || t.get(last + 1).kind() == SalaryToken.Kind.CUR) && t.get(last + 1).start() - t.get(last).end() <= 1) {
                last++;
            }
            return new int[] {t.get(startToken).start(), t.get(last).end(), last + 1};
        }
        return null;
    }

    private static boolean amount(double value, Double stated) {
        return stated != null && (value == stated || value * 1000 == stated);
    }

    private static String salary(Salary s) {
        if (!s.disclosed()) {
            return "not disclosed";
        }
        return "disclosed" + (s.estimated() ? " (a board's estimate)" : "") + ": " + s.currency() + " "
                + number(s.min()) + " to " + number(s.max()) + " " + s.period()
                + (s.months() != null ? " sur " + number(s.months()) + " mois" : "") + " " + s.basis()
                + "; annual gross EUR " + number(s.annualMinEur()) + " to " + number(s.annualMaxEur())
                + "; flags " + (s.flags().isEmpty() ? "none" : String.join(", ", s.flags()));
    }

    // ---------------------------------------------------------------- experience

    private static void experience(String text, boolean description, RawPosting raw, Posting posting,
            List<Step> steps, List<String> disagree) {
        Experience result = posting.experience();
        FoldedText f = FoldedText.of(text);
        Double[] winner = null;
        ExperienceFigure won = null; // the description's figure that wins, if any
        if (f.isBlank()) {
            steps.add(new Step("experience", "result", "nothing stated"));
            return;
        }
        if (!description) {
            boolean beginner = result.minYears() != null && result.minYears() == 0.0
                    && f.folded().contains("debutant");
            List<ExperienceFigure> figures = figures(f);
            for (int i = 0; i < figures.size(); i++) {
                ExperienceFigure fig = figures.get(i);
                steps.add(new Step("experience", "figure " + (i + 1), quote(span(f, fig)) + " = " + years(fig)));
            }
            if (beginner) {
                steps.add(new Step("experience", "beginner", "'débutant (accepté)' is a value: min 0"));
                winner = new Double[] {0.0, null};
            } else if (!figures.isEmpty()) {
                steps.add(new Step("experience", "wins", "the field's first figure, taken whole: " + years(figures.get(0))));
                winner = new Double[] {figures.get(0).min(), figures.get(0).max()};
            } else {
                steps.add(new Step("experience", "figures", "the field states no figure"
                        + " (\"Expérience exigée\", \"Senior\", \"Junior\" give none)"));
            }
        } else {
            List<ExperienceFigure> figures = figures(f);
            ExperienceFigure accepted = ExperienceScanner.first(f, false).orElse(null);
            List<ExperienceFigure> requirements = ExperienceScanner.all(f, figures.size() + 1);
            for (int i = 0; i < figures.size(); i++) {
                ExperienceFigure fig = figures.get(i);
                boolean taken = requirements.stream().anyMatch(r -> fig.start() < r.end() && r.start() < fig.end());
                steps.add(new Step("experience", "figure " + (i + 1), quote(span(f, fig)) + " = " + years(fig)
                        + (taken ? " - stated as a requirement" : " - not a requirement here (no experience word or"
                                + " quantifier near it, or a trap: a company's age, a contract or mission length, a"
                                + " time span)")));
            }
            if (accepted != null && ExperienceAlternatives.startsChain(f, accepted)) {
                ExperienceFigure lowest = ExperienceAlternatives.choose(f, ExperienceScanner.all(f, 6));
                steps.add(new Step("experience", "alternatives", "a degree is named before the first requirement:"
                        + " figures tied to alternative degrees (\"BS with 5 years, or MS with 3\") give the lowest"
                        + " path"));
                steps.add(new Step("experience", "wins", "the lowest path: " + years(lowest) + "; flag FROM_DESCRIPTION"));
                winner = new Double[] {lowest.min(), lowest.max()};
                won = lowest;
            } else if (accepted != null) {
                steps.add(new Step("experience", "wins", "the description's first requirement: " + years(accepted)
                        + "; flag FROM_DESCRIPTION"));
                winner = new Double[] {accepted.min(), accepted.max()};
                won = accepted;
            } else if (ExperienceParser.opensToBeginners(f)) {
                steps.add(new Step("experience", "beginner", "no figure, but the text opens the job to beginners"
                        + " (\"même débutant\", \"débutants acceptés\"): min 0; flag FROM_DESCRIPTION"));
                winner = new Double[] {0.0, null};
            } else {
                steps.add(new Step("experience", "figures", figures.isEmpty() ? "no number of years or months"
                        : "none is stated as a requirement"));
            }
        }
        String source = won == null || result.required() == null ? null : ExperienceParser.requirementSource(f, won);
        steps.add(new Step("experience", "required", (result.required() == null ? "unknown"
                : result.required() ? "true (exigée / required)" : "false (souhaitée / débutant accepté / preferred)")
                + (source == null ? "" : ", said by " + source)));
        steps.add(new Step("experience", "result", "min " + number(result.minYears()) + ", max "
                + number(result.maxYears()) + ", required " + result.required() + "; flags "
                + (result.flags().isEmpty() ? "none" : String.join(", ", result.flags()))));
        Double wantMin = winner == null ? null : winner[0];
        Double wantMax = winner == null ? null : winner[1];
        if (!Objects.equals(wantMin, result.minYears()) || !Objects.equals(wantMax, result.maxYears())) {
            disagree.add("experience: the explainer's winner " + number(wantMin) + ".." + number(wantMax)
                    + ", the normalizer " + number(result.minYears()) + ".." + number(result.maxYears()));
        }
    }

    /** Every number of years or months the text states, requirement or not, in text order. */
    private static List<ExperienceFigure> figures(FoldedText f) {
        List<ExperienceFigure> out = new ArrayList<>();
        String s = f.folded();
        int offset = 0;
        while (offset < s.length() && out.size() < MAX_FIGURES) {
            FoldedText rest = FoldedText.ofFolded(s.substring(offset));
            ExperienceFigure fig = ExperienceScanner.first(rest, true).orElse(null);
            if (fig == null) {
                break;
            }
            out.add(new ExperienceFigure(fig.min(), fig.max(), offset + fig.start(), offset + fig.end()));
            offset += Math.max(1, fig.end());
        }
        return out;
    }

    private static String span(FoldedText f, ExperienceFigure fig) {
        return f.original().substring(Math.max(0, fig.start()), Math.min(f.original().length(), fig.end()));
    }

    private static String years(ExperienceFigure f) {
        if (f.min() != null && f.max() != null) {
            return number(f.min()) + " to " + number(f.max()) + " years";
        }
        return f.min() != null ? "min " + number(f.min()) + " years, no max" : "max " + number(f.max()) + " years";
    }

    // ---------------------------------------------------------------- degree

    private static void degree(String text, boolean description, Posting posting, List<Step> steps,
            List<String> disagree) {
        Degree result = posting.degree();
        DegreeLevel level = null;
        if (TextHygiene.clean(text) == null) {
            steps.add(new Step("degree", "result", "nothing stated"));
            return;
        }
        if (!description) {
            String[] items = ITEM_SEPARATOR.split(TextHygiene.clean(text).strip());
            for (String item : items) {
                FoldedText f = FoldedText.of(item);
                for (DegreeMention m : DegreeScanner.mentions(f, true)) {
                    steps.add(new Step("degree", "mention", mention(f, m)));
                    if (m.level() != null && (level == null || m.level().compareTo(level) < 0)) {
                        level = m.level();
                    }
                }
            }
            steps.add(new Step("degree", "level", level == null ? "no level named (a discipline alone gives none)"
                    : "the lowest level the field allows: " + level + (items.length > 1 ? " (over " + items.length
                            + " requirements)" : "")));
        } else {
            FoldedText f = FoldedText.of(text);
            List<DegreeMention> mentions = DegreeScanner.mentions(f, false);
            int first = -1;
            for (DegreeMention m : mentions) {
                steps.add(new Step("degree", "mention", mention(f, m)));
                if (first < 0 && m.level() != null) {
                    first = f.clauseStart(m.start());
                }
            }
            int clause = DegreeParser.decidingClause(f, mentions);
            if (clause != first) {
                steps.add(new Step("degree", "heading", "the first clause naming a level stands under no heading (an"
                        + " introduction): " + quote(f.original().substring(first, f.clauseEnd(first)))
                        + "; the first one under a heading stating a requirement decides"));
            }
            if (clause >= 0) {
                for (DegreeMention m : mentions) {
                    if (m.level() != null && f.clauseStart(m.start()) == clause
                            && (level == null || m.level().compareTo(level) < 0)) {
                        level = m.level();
                    }
                }
                steps.add(new Step("degree", "level", (clause == first ? "the first clause naming a level decides, its lowest: "
                        : "the first clause under a requirement heading decides, its lowest: ") + level
                        + " in " + quote(f.original().substring(clause, f.clauseEnd(clause)))));
            } else {
                steps.add(new Step("degree", "level", mentions.isEmpty() ? "no degree named" : "no level named"));
            }
            ContractType contract = posting.contractType();
            if (contract == ContractType.APPRENTICESHIP || contract == ContractType.INTERNSHIP) {
                steps.add(new Step("degree", "training", contract + ": the level is the diploma's being prepared,"
                        + " unless a clause states an entry requirement (flag LEVEL_PREPARED)"));
                level = result.level();
            }
        }
        steps.add(new Step("degree", "result", "level " + (result.level() == null ? "empty" : result.level())
                + "; kinds " + result.kinds() + "; fields " + result.fields() + "; flags "
                + (result.flags().isEmpty() ? "none" : String.join(", ", result.flags()))));
        if (level != result.level()) {
            disagree.add("degree: the explainer's level " + level + ", the normalizer " + result.level());
        }
    }

    private static String mention(FoldedText f, DegreeMention m) {
        String words = f.original().substring(m.start(), Math.min(f.original().length(), m.end()));
        StringBuilder b = new StringBuilder(quote(words)).append(" = ");
        if (m.level() != null) {
            b.append(m.level());
            if (m.levelMax() != null && m.levelMax() != m.level()) {
                b.append(" (alternatives up to ").append(m.levelMax()).append(")");
            }
        } else {
            b.append("no level");
        }
        if (m.kind() != null) {
            b.append(", kind ").append(m.kind());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- title

    private void title(String text, Posting posting, List<Step> steps, List<String> disagree) {
        Role role = posting.role();
        String title = TextHygiene.clean(text);
        List<String> tokens = title == null ? List.of() : RoleText.titleTokens(title);
        steps.add(new Step("title", "words", quote(String.join(" ", tokens))
                + " (folded; gender forms such as 'Directeur / Directrice', '(H/F)', '·rice' removed)"));
        RoleRule rule = tokens.isEmpty() ? null : taxonomy.match(tokens);
        RoleFamily expected;
        if (rule == null) {
            steps.add(new Step("title", "rule", "no row of role-taxonomy.csv matches: OTHER"));
            expected = RoleFamily.OTHER;
        } else if (rule == RoleTaxonomy.REFERENCE) {
            steps.add(new Step("title", "rule", "the role word follows du/au/to/the: someone else's role"
                    + " (\"assistant du DSI\"): OTHER"));
            expected = RoleFamily.OTHER;
        } else {
            steps.add(new Step("title", "rule", rule.where() + " pattern '" + rule.pattern() + "' -> " + rule.family()
                    + (rule.anywhere() ? " (a veto row: matched wherever its words stand)" : " (the leftmost role word's"
                            + " first matching row)")
                    + (rule.romeCode() != null ? ", ROME " + rule.romeCode() : "")
                    + (rule.iscoCode() != null ? ", ISCO " + rule.iscoCode() : "")));
            expected = rule.family();
            if (rule.industryContext() && role.family() == RoleFamily.OTHER) {
                steps.add(new Step("title", "context", "an industrial family only outside culture/events and IT"
                        + " (a film, TV or IT production director): OTHER"));
                expected = RoleFamily.OTHER;
            }
        }
        if (role.family() == RoleFamily.TECHNICAL_DIRECTOR) {
            steps.add(new Step("title", "domain", role.domain() + " (from the employer's NAF code, else the title's"
                    + " words, else the description's; none given here but the title)"));
        }
        steps.add(new Step("title", "result", "family " + role.family() + ", domain " + role.domain() + ", ROME "
                + role.romeCode() + ", ISCO " + role.iscoCode()));
        if (expected != role.family()) {
            disagree.add("title: the explainer's rule gives " + expected + ", the normalizer " + role.family());
        }
    }

    private static String contract(Posting posting, String from) {
        ContractType c = posting.contractType();
        return c == null ? "not stated" : c + " (from " + from + ")";
    }

    // ---------------------------------------------------------------- formatting

    private static String quote(String s) {
        String t = s.replace("\n", "\\n");
        return "'" + (t.length() <= SHOWN ? t : t.substring(0, SHOWN - 1) + "…") + "'";
    }

    /** 40000.0 gives "40000", 11.88 gives "11.88", null gives "-". */
    static String number(Double d) {
        if (d == null) {
            return "-";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%d", d.longValue());
        }
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.replaceAll("0+$", "");
    }
}
