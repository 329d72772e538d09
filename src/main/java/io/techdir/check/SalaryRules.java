package io.techdir.check;

import io.techdir.normalize.SalaryFlag;
import io.techdir.posting.Salary;

/**
 * Which salaries count in statistics, and as what figure: one rule for the per-posting flags and
 * the market figures.
 */
public final class SalaryRules {

    private static final String IMPLAUSIBLE = SalaryFlag.IMPLAUSIBLE.name();
    private static final String DAY_RATE = SalaryFlag.DAY_RATE.name();

    /** Salary flags that exclude a posting from advertised-salary statistics. */
    public static final java.util.List<String> EXCLUDING_FLAGS = java.util.List.of(IMPLAUSIBLE, DAY_RATE);

    private SalaryRules() {
    }

    /**
     * The advertised annual gross EUR figure of a salary: the midpoint of the annual range, or
     * its one bound; null when the salary does not count (not disclosed, a board estimate, or
     * flagged {@link #EXCLUDING_FLAGS}).
     */
    public static Double advertisedAnnualEur(Salary s) {
        if (!s.disclosed() || s.estimated()) {
            return null;
        }
        for (String f : EXCLUDING_FLAGS) {
            if (s.hasFlag(f)) {
                return null;
            }
        }
        return midpoint(s.annualMinEur(), s.annualMaxEur());
    }

    /**
     * A freelance day rate in EUR a day, reported apart from salaries (NORMALIZATION.md: "Day rates
     * of freelance/contractor postings are kept but reported apart"): the midpoint of the annual
     * range, which the normalizer made from the day rate, divided back by its days a year; null
     * when the posting has no day rate (flag {@code DAY_RATE}) or when it does not count (not
     * disclosed, a board estimate, or {@code IMPLAUSIBLE}).
     *
     * @param flags the salary flags, joined with '|' as in the postings, or null
     */
    public static Double dayRateEur(Boolean disclosed, Boolean estimated, String flags, Double annualMin,
            Double annualMax, double daysPerYear) {
        if (!Boolean.TRUE.equals(disclosed) || !Boolean.FALSE.equals(estimated) || flags == null) {
            return null;
        }
        // read for every canonical posting: looked up in place, not split
        if (!MarketStatistics.hasValue(flags, DAY_RATE) || MarketStatistics.hasValue(flags, IMPLAUSIBLE)) {
            return null;
        }
        Double annual = midpoint(annualMin, annualMax);
        return annual == null ? null : annual / daysPerYear;
    }

    /** Midpoint of two bounds, or the one present, or null. */
    public static Double midpoint(Double min, Double max) {
        if (min != null && max != null) {
            return (min + max) / 2;
        }
        return min != null ? min : max;
    }
}
