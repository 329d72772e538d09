package io.techdir.generate;

import io.techdir.posting.SalaryPeriod;

/**
 * The salary of a synthetic posting, decided before it is written.
 *
 * @param disclosed whether an amount is stated anywhere
 * @param inField whether {@code salary_text} carries the amount (else it carries a
 *     "not disclosed" form such as "", "Non affiché", "A négocier" or "-1")
 * @param inDescription whether the description states the amount
 * @param period period of {@code min}/{@code max}
 * @param min lower amount, in the period's unit and the row's currency
 * @param max upper amount ({@code == min} for a single amount)
 * @param variable whether the posting mentions a variable part on top ("+ variable")
 */
record SalaryPlan(boolean disclosed, boolean inField, boolean inDescription, SalaryPeriod period,
        double min, double max, boolean variable) {

    /** A posting that states no amount. */
    static final SalaryPlan NONE = new SalaryPlan(false, false, false, SalaryPeriod.YEAR, 0, 0, false);

    /** Whether min and max are the same amount. */
    boolean single() {
        return min == max;
    }
}
