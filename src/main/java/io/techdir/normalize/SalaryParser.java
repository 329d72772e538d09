package io.techdir.normalize;

import io.techdir.posting.Salary;
import io.techdir.posting.SalaryPeriod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The salary rules of NORMALIZATION.md ("Salary"): reads a published salary ("Annuel de 36000.0
 * Euros à 55000.0 Euros sur 12.0 mois", "50 à 55K€ brut", "$53K-$91K (Glassdoor est.)", "45 000 € -
 * 55 000 € par an / 440 € - 580 € par jour") into a {@link Salary} with its gross annual EUR
 * equivalent and flags. Pure: no I/O after construction, no logging, no clock; immutable and
 * serializable, so one instance serves a whole Spark job.
 *
 * <p>Steps: {@link TextHygiene} cleans and folds the text; {@link SalaryLexer} tokenizes it;
 * {@link SalaryCandidates} finds the amounts with their period, basis and months; this class picks
 * the employee salary among them; {@link SalaryBuilder} applies the conventions.
 */
public final class SalaryParser implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A job board's estimate, not the employer's figure ("(Glassdoor est.)", "Estimation →"). */
    private static final Pattern ESTIMATE = Pattern.compile(
            "(?<![a-z])(?:estimation|estimated|estime par|estimee? par|glassdoor est)|(?<![a-z])est\\.?\\)"
            + "|(?<![a-z])est\\.(?!\\w)");
    /** The employer's own figure, even where the board writes "est.". */
    private static final Pattern EMPLOYER = Pattern.compile("employer (?:est|provided)");
    /** A variable part that is noted, not added. */
    private static final Pattern VARIABLE = Pattern.compile("(?<![a-z])(?:variable|variables|bonus|commissions?"
            + "|primes? (?:sur|d['’ ]?|de )\\s*(?:objectifs?|resultats?|performance)|incentives?)(?![a-z])");
    /** A freelance or contractor posting, whose day rate is reported apart. */
    private static final GatedPattern FREELANCE = GatedPattern.of("(?<![a-z])(?:freelances?|free-lances?"
            + "|independants?|portage salarial|tjm|taux journalier|day rate|contractors?|contracting"
            + "|auto-?entrepreneurs?|regie)(?![a-z])", "(?<![a-z])freelance", "(?<![a-z])free-lance",
            "(?<![a-z])independant", "(?<![a-z])portage salarial", "(?<![a-z])tjm", "(?<![a-z])taux journalier",
            "(?<![a-z])day rate", "(?<![a-z])contract", "(?<![a-z])auto", "(?<![a-z])regie");
    /** Glassdoor's "no salary" value. */
    private static final String MISSING = "-1";
    /** Two bounds closer than this (relative) are the same salary said twice. */
    private static final double SAME = 0.005;
    /** Distinct salary fields kept by the field memo. */
    private static final int FIELD_MEMO_SIZE = 8192;
    /** Distinct default currencies whose fields are kept. */
    private static final int CURRENCY_MEMO_SIZE = 64;

    private final SalaryBuilder builder;
    private final NormalizationConventions conventions;
    private final CurrencyRates rates;

    /**
     * A parser with the given conventions and rates.
     *
     * @param conventions the constants of the rules
     * @param rates the reference exchange rates
     */
    public SalaryParser(NormalizationConventions conventions, CurrencyRates rates) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.builder = new SalaryBuilder(conventions, rates);
    }

    /** Conventions and rates shipped in data/reference (classpath /reference/...). */
    public static SalaryParser standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final SalaryParser INSTANCE =
                new SalaryParser(NormalizationConventions.standard(), CurrencyRates.standard());
    }

    /** The conventions this parser applies. */
    public NormalizationConventions conventions() {
        return conventions;
    }

    /** The rates this parser converts with. */
    public CurrencyRates rates() {
        return rates;
    }

    /**
     * Field wins when it carries a value; else a salary found in the description counts and gets
     * flag FROM_DESCRIPTION. Never null: Salary.UNDISCLOSED when nothing.
     *
     * @param salaryField the salary as the source publishes it, may be null
     * @param description the posting's text, may be null
     * @param ctx the default currency and whether the posting is freelance
     * @return the salary, {@link Salary#UNDISCLOSED} when none is stated
     */
    public Salary parse(String salaryField, String description, SalaryContext ctx) {
        return parsePrepared(salaryField, PreparedText.of(description), ctx);
    }

    /** {@link #parse(String, String, SalaryContext)} of a prepared description. */
    Salary parsePrepared(String salaryField, PreparedText description, SalaryContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (salaryField != null) {
            Salary s = fromField(salaryField, ctx, description);
            if (s != null) {
                return truncatedBySource(s, ctx);
            }
        }
        if (description.clean() != null) {
            for (String window : SalaryDescription.windows(description.salaryFolded(), description.foldedOfSalary())) {
                if (!hasDigit(window)) {
                    continue; // every amount is a number token, which starts with a digit
                }
                Salary s = fromText(window, true, false, ctx, description, EnumSet.of(SalaryFlag.FROM_DESCRIPTION));
                if (s != null) {
                    return s;
                }
            }
        }
        return Salary.UNDISCLOSED;
    }

    /** What a salary field states before the description is looked at: its folded text and salary (or null). */
    private record FieldSalary(String folded, Salary salary) {
    }

    private static final FieldSalary NO_FIELD_SALARY = new FieldSalary(null, null);

    /**
     * {@link #readField} of the fields already seen, one memo per default currency (the only part
     * of the context a field's reading depends on); built on first use, also after deserialization.
     */
    private transient volatile Memo<String, FieldMemo> fields;

    /** The fields read with one default currency, and the reading itself. */
    private final class FieldMemo {
        final Memo<String, FieldSalary> read = new Memo<>(FIELD_MEMO_SIZE);
        final Function<String, FieldSalary> reader;

        FieldMemo(String currency) {
            reader = field -> readField(field, currency);
        }
    }

    /** The salary a field states, or null; only a day rate's flag depends on the description. */
    private Salary fromField(String salaryField, SalaryContext ctx, PreparedText description) {
        Memo<String, FieldMemo> memo = fields;
        if (memo == null) {
            memo = new Memo<>(CURRENCY_MEMO_SIZE);
            fields = memo; // a race only builds a second memo
        }
        FieldMemo byCurrency = memo.get(ctx.defaultCurrency(), FieldMemo::new);
        FieldSalary read = byCurrency.read.get(salaryField, byCurrency.reader);
        return read.salary() == null ? null : dayRate(read.salary(), read.folded(), ctx, description);
    }

    private FieldSalary readField(String salaryField, String defaultCurrency) {
        String field = TextHygiene.clean(salaryField);
        if (field == null || field.equals(MISSING)) {
            return NO_FIELD_SALARY;
        }
        String folded = TextHygiene.fold(field);
        boolean estimated = folded.contains("est") && ESTIMATE.matcher(folded).find()
                && !EMPLOYER.matcher(folded).find();
        Salary s = salaryOf(folded, false, estimated, defaultCurrency, EnumSet.noneOf(SalaryFlag.class));
        return s == null ? NO_FIELD_SALARY : new FieldSalary(folded, s);
    }

    /**
     * The salary a folded text states, or null.
     *
     * @param inDescription whether amounts must be marked as money (currency, k or basis)
     */
    private Salary fromText(String folded, boolean inDescription, boolean estimated, SalaryContext ctx,
            PreparedText description, Set<SalaryFlag> flags) {
        Salary s = salaryOf(folded, inDescription, estimated, ctx.defaultCurrency(), flags);
        return s == null ? null : dayRate(s, folded, ctx, description);
    }

    /** {@link #fromText} before the day-rate flag, which may need the description. */
    private Salary salaryOf(String folded, boolean inDescription, boolean estimated, String defaultCurrency,
            Set<SalaryFlag> flags) {
        List<SalaryCandidate> found = new ArrayList<>();
        for (SalaryCandidate c : SalaryCandidates.find(SalaryLexer.tokens(folded), !inDescription)) {
            if (c.marked() || !inDescription) {
                found.add(c);
            }
        }
        if (found.stream().anyMatch(c -> !c.inParentheses())) {
            found.removeIf(SalaryCandidate::inParentheses);
        }
        if (found.isEmpty()) {
            return null;
        }
        SalaryCandidate kept = found.get(0);
        SalaryPeriod keptPeriod = period(kept, defaultCurrency);
        for (SalaryCandidate c : found) {
            if (period(c, defaultCurrency) != SalaryPeriod.DAY) {
                kept = c;
                keptPeriod = period(c, defaultCurrency);
                break;
            }
        }
        for (SalaryCandidate c : found) {
            if (c != kept && (period(c, defaultCurrency) != keptPeriod || differs(c.min(), kept.min())
                    || differs(c.max(), kept.max()))) {
                flags.add(SalaryFlag.MULTIPLE_SALARIES);
                break;
            }
        }
        if (mayNoteVariable(folded) && VARIABLE.matcher(folded).find()) {
            flags.add(SalaryFlag.VARIABLE_NOTED);
        }
        return builder.build(kept, SalaryLexer.currency(kept.currency(), defaultCurrency), estimated, flags);
    }

    /**
     * {@code s}, flagged {@code IMPLAUSIBLE} when its source cuts the amounts of its period short
     * ({@link SalaryContext#truncatedPeriods()}): the figure is kept as published, out of statistics.
     */
    private static Salary truncatedBySource(Salary s, SalaryContext ctx) {
        if (ctx.truncatedPeriods().isEmpty() || !ctx.truncatedPeriods().contains(s.period())
                || s.hasFlag(SalaryFlag.IMPLAUSIBLE.name())) {
            return s;
        }
        Set<SalaryFlag> flags = EnumSet.of(SalaryFlag.IMPLAUSIBLE);
        s.flags().forEach(f -> flags.add(SalaryFlag.valueOf(f)));
        List<String> names = new ArrayList<>(flags.size());
        flags.forEach(f -> names.add(f.name()));
        return new Salary(s.disclosed(), s.estimated(), s.currency(), s.min(), s.max(), s.period(), s.months(),
                s.basis(), s.annualMinEur(), s.annualMaxEur(), names);
    }

    /** {@code s}, flagged {@code DAY_RATE} when it is a freelance's day rate. */
    private static Salary dayRate(Salary s, String folded, SalaryContext ctx, PreparedText description) {
        if (s.period() == SalaryPeriod.DAY && (ctx.freelance() || FREELANCE.find(folded)
                || freelanceText(description))) {
            List<String> names = new ArrayList<>(s.flags());
            names.add(SalaryFlag.DAY_RATE.name());
            s = new Salary(s.disclosed(), s.estimated(), s.currency(), s.min(), s.max(), s.period(), s.months(),
                    s.basis(), s.annualMinEur(), s.annualMaxEur(), names);
        }
        return s;
    }

    /**
     * Whether the description as passed says freelance; the words are looked up in the prepared
     * text's index when the folded description is that text.
     */
    private static boolean freelanceText(PreparedText description) {
        String raw = description.rawSalaryFolded();
        FoldedText text = raw == description.salaryFolded() ? description.foldedOfSalary() : null;
        return text != null ? !FREELANCE.findAll(raw, text).isEmpty() : FREELANCE.find(raw);
    }

    /** Whether {@code s} holds an ASCII digit, as every {@link SalaryLexer#NUMBER} does. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A quick test before the {@link #VARIABLE} pattern: the letters its words start with. */
    private static boolean mayNoteVariable(String folded) {
        return folded.contains("variab") || folded.contains("bonus") || folded.contains("commission")
                || folded.contains("prime") || folded.contains("incentive");
    }

    private SalaryPeriod period(SalaryCandidate c, String defaultCurrency) {
        return builder.effectivePeriod(c, SalaryLexer.currency(c.currency(), defaultCurrency));
    }

    private static boolean differs(Double a, Double b) {
        if (a == null || b == null) {
            return a != b;
        }
        return Math.abs(a - b) > SAME * Math.max(Math.abs(a), Math.abs(b));
    }
}
