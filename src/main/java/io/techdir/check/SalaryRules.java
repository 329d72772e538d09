package io.techdir.check;

import io.techdir.posting.Salary;

/**
 * Which salaries count in statistics, and as what figure: one rule for the per-posting flags and
 * the market figures.
 */
public final class SalaryRules {

    /** Salary flags that exclude a posting from advertised-salary statistics. */
    public static final java.util.List<String> EXCLUDING_FLAGS = java.util.List.of("IMPLAUSIBLE", "DAY_RATE");

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

    /** Midpoint of two bounds, or the one present, or null. */
    public static Double midpoint(Double min, Double max) {
        if (min != null && max != null) {
            return (min + max) / 2;
        }
        return min != null ? min : max;
    }
}
