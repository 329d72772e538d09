package io.techdir.normalize;

import io.techdir.posting.Salary;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Applies the conventions to one {@link SalaryCandidate}: period inferred or corrected, annual
 * gross EUR equivalent, plausibility; and makes the {@link Salary}.
 */
final class SalaryBuilder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final NormalizationConventions c;
    private final CurrencyRates rates;

    SalaryBuilder(NormalizationConventions conventions, CurrencyRates rates) {
        this.c = conventions;
        this.rates = rates;
    }

    /**
     * The period of a candidate before any correction: the stated one, else inferred from the
     * amount in EUR (any k-amount is YEAR).
     */
    SalaryPeriod effectivePeriod(SalaryCandidate k, String currency) {
        if (k.period() != null) {
            return k.period();
        }
        return k.thousands() ? SalaryPeriod.YEAR : inferred(k.top() * rates.eurPer(currency).orElse(1.0));
    }

    private SalaryPeriod inferred(double eur) {
        if (eur < c.hourMax()) {
            return SalaryPeriod.HOUR;
        }
        if (eur < c.dayMax()) {
            return SalaryPeriod.DAY;
        }
        return eur < c.monthMax() ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
    }

    /**
     * The salary a candidate states.
     *
     * @param k the candidate
     * @param currency its currency (stated, else the context's default)
     * @param estimated whether a job board estimated it
     * @param extra flags decided by the caller (FROM_DESCRIPTION, MULTIPLE_SALARIES, ...)
     */
    Salary build(SalaryCandidate k, String currency, boolean estimated, Set<SalaryFlag> extra) {
        Set<SalaryFlag> flags = extra.isEmpty() ? EnumSet.noneOf(SalaryFlag.class) : EnumSet.copyOf(extra);
        Double min = k.min();
        Double max = k.max();
        if (min != null && max != null && min > max) {
            Double swap = min;
            min = max;
            max = swap;
            flags.add(SalaryFlag.MIN_MAX_SWAPPED);
        }
        OptionalDouble rate = rates.eurPer(currency);
        double topEur = k.top() * rate.orElse(1.0);
        SalaryPeriod period = effectivePeriod(k, currency);
        if (k.period() == null) {
            flags.add(SalaryFlag.PERIOD_INFERRED);
        } else if (period == SalaryPeriod.MONTH && topEur > c.monthCorrectAbove()) {
            period = SalaryPeriod.YEAR;
            flags.add(SalaryFlag.PERIOD_CORRECTED);
        } else if (period == SalaryPeriod.YEAR && topEur < c.yearCorrectBelow()) {
            period = SalaryPeriod.MONTH;
            flags.add(SalaryFlag.PERIOD_CORRECTED);
        }
        SalaryBasis basis = k.basis() == null ? SalaryBasis.GROSS : k.basis();
        double factor = c.perYear(period, k.months());
        if (basis == SalaryBasis.NET) {
            factor /= c.netToGross();
            flags.add(SalaryFlag.NET_CONVERTED);
        }
        Double annualMin = null;
        Double annualMax = null;
        if (rate.isPresent()) {
            annualMin = min == null ? null : round2(min * factor * rate.getAsDouble());
            annualMax = max == null ? null : round2(max * factor * rate.getAsDouble());
            if (!currency.equals("EUR")) {
                flags.add(SalaryFlag.CURRENCY_CONVERTED);
            }
        }
        if (k.truncated() || implausible(min, max, annualMin, annualMax)) {
            flags.add(SalaryFlag.IMPLAUSIBLE);
        }
        List<String> names = new ArrayList<>(flags.size());
        flags.forEach(f -> names.add(f.name()));
        return new Salary(true, estimated, currency, min, max, period, k.months(), basis, annualMin, annualMax,
                names);
    }

    private boolean implausible(Double min, Double max, Double annualMin, Double annualMax) {
        for (Double a : new Double[] {annualMin, annualMax}) {
            if (a != null && (a < c.plausibleAnnualMin() || a > c.plausibleAnnualMax())) {
                return true;
            }
        }
        return min != null && max != null && max > c.plausibleMaxOverMin() * min;
    }

    /** {@code d} to the cent; a figure too large for cents to be held in a long is left as it is. */
    static double round2(double d) {
        return Math.abs(d) < 1e15 ? Math.round(d * 100.0) / 100.0 : d;
    }
}
