package io.techdir.evaluate;

import io.techdir.normalize.CurrencyRates;
import io.techdir.normalize.NormalizationConventions;
import io.techdir.posting.SalaryBasis;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The annual gross EUR bounds a label implies, by the project's documented conventions
 * (NORMALIZATION.md, "Salary"; constants from {@link NormalizationConventions}, rates from
 * {@link CurrencyRates}): YEAR x 1 (an annual amount "sur 13 mois" stays as stated), MONTH x months
 * (default {@link NormalizationConventions#defaultMonths()}), WEEK, DAY and HOUR x their yearly
 * counts; NET divided by {@link NormalizationConventions#netToGross()}; other currencies times
 * {@link CurrencyRates#eurPer(String)}.
 *
 * @param min annual gross EUR of the lower bound, or null
 * @param max annual gross EUR of the upper bound, or null
 */
record AnnualBounds(Double min, Double max) {

    /** No bound. */
    static final AnnualBounds NONE = new AnnualBounds(null, null);

    /**
     * The bounds of a label; {@link #NONE} when it says no salary is stated, when it gives no
     * period, or when its currency is not in the rates table (the normalizer then gives none
     * either).
     */
    static AnnualBounds of(Label l, NormalizationConventions c, CurrencyRates rates) {
        Objects.requireNonNull(c, "conventions");
        Objects.requireNonNull(rates, "rates");
        if (!l.disclosed() || l.period() == null) {
            return NONE;
        }
        OptionalDouble rate = rates.eurPer(l.currency() == null ? "EUR" : l.currency());
        if (rate.isEmpty()) {
            return NONE;
        }
        double factor = c.perYear(l.period(), l.months()) * rate.getAsDouble();
        if (l.basis() == SalaryBasis.NET) {
            factor /= c.netToGross();
        }
        return new AnnualBounds(l.min() == null ? null : l.min() * factor, l.max() == null ? null : l.max() * factor);
    }

    /** Whether both bounds equal the normalizer's within {@link ScoredField#ANNUAL_TOLERANCE} (empty = empty). */
    boolean matches(Double gotMin, Double gotMax) {
        return close(min, gotMin) && close(max, gotMax);
    }

    private static boolean close(Double expected, Double got) {
        if (expected == null || got == null) {
            return expected == null && got == null;
        }
        return Math.abs(got - expected) <= ScoredField.ANNUAL_TOLERANCE * Math.abs(expected);
    }
}
