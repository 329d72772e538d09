package io.techdir.normalize;

/**
 * The salary flags of NORMALIZATION.md ("Salary"); {@link #name()} is the string stored in
 * {@code Salary.flags()} and in the {@code salary_flags} column. Declaration order is the order
 * flags are listed in.
 */
public enum SalaryFlag {
    /** min was greater than max; they were swapped. */
    MIN_MAX_SWAPPED,
    /** The stated period was impossible for the amount and was corrected (MONTH to YEAR, YEAR to MONTH). */
    PERIOD_CORRECTED,
    /** No period word: the period was inferred from the amount. */
    PERIOD_INFERRED,
    /** Annual gross equivalent out of the plausible range, or max too far above min: kept, not counted. */
    IMPLAUSIBLE,
    /** The salary field had no value; the salary was found in the description. */
    FROM_DESCRIPTION,
    /** Several different salaries were stated (e.g. an annual CDI range and a day rate); one was kept. */
    MULTIPLE_SALARIES,
    /** A NET amount was converted to gross for the annual figures (basis stays NET). */
    NET_CONVERTED,
    /** A non-EUR amount was converted with the reference rates for the annual figures. */
    CURRENCY_CONVERTED,
    /** A variable part (variable, bonus, commission) is mentioned; it is noted, not added. */
    VARIABLE_NOTED,
    /** A freelance/contractor day rate, reported apart from employee salaries. */
    DAY_RATE
}
