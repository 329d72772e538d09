package io.techdir.posting;

import java.util.List;

/**
 * A normalized salary (NORMALIZATION.md, "Salary"). Amounts are as stated, in {@code currency};
 * the annual columns are gross EUR per year. All fields but {@code disclosed}, {@code
 * estimated} and {@code flags} may be null.
 *
 * @param disclosed whether the posting states an amount
 * @param estimated whether the amount is a job board's estimate, not the employer's
 * @param currency ISO 4217 code
 * @param min lower bound as stated (null for "jusqu'à X")
 * @param max upper bound as stated (null for "à partir de X")
 * @param period the period the amounts are stated for
 * @param months number of monthly payments when stated ("sur 13 mois")
 * @param basis gross or net
 * @param annualMinEur gross annual EUR equivalent of {@code min}
 * @param annualMaxEur gross annual EUR equivalent of {@code max}
 * @param flags what was corrected or doubted ({@code PERIOD_INFERRED}, {@code IMPLAUSIBLE}, ...)
 */
public record Salary(
        boolean disclosed,
        boolean estimated,
        String currency,
        Double min,
        Double max,
        SalaryPeriod period,
        Double months,
        SalaryBasis basis,
        Double annualMinEur,
        Double annualMaxEur,
        List<String> flags) {

    /** The undisclosed salary: no amount, no flag. */
    public static final Salary UNDISCLOSED =
            new Salary(false, false, null, null, null, null, null, null, null, null, List.of());

    public Salary {
        flags = flags == null ? List.of() : List.copyOf(flags);
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("salary min " + min + " > max " + max);
        }
    }

    /** Whether the given flag is set. */
    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
