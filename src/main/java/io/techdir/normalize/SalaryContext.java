package io.techdir.normalize;

import io.techdir.posting.SalaryPeriod;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * What the salary parser knows about a posting beyond its text: the currency of an amount with no
 * sign, whether the posting is a freelance/contractor one (its day rate is then flagged
 * {@code DAY_RATE} and reported apart from employee salaries), and the periods whose amounts its
 * source is known to cut short.
 *
 * @param defaultCurrency ISO 4217 code of amounts with no currency sign, e.g. "EUR"
 * @param freelance whether the posting is a freelance or contractor mission
 * @param truncatedPeriods periods whose amounts the source's salary field cuts short (the
 *        HelloWork scrape keeps the last digits of every hourly amount: "11,88 € / heure" became
 *        "88 € / heure"): such a field's amount is kept but flagged {@code IMPLAUSIBLE}, out of
 *        statistics; empty for a source that cuts nothing
 */
public record SalaryContext(String defaultCurrency, boolean freelance, Set<SalaryPeriod> truncatedPeriods)
        implements Serializable {

    /** A French employee posting: amounts without a sign are EUR. */
    public static final SalaryContext FRANCE = new SalaryContext("EUR", false);

    /**
     * Checks the currency code; lower case is accepted and upper-cased.
     *
     * @throws IllegalArgumentException when the code is not three letters
     */
    public SalaryContext {
        String code = defaultCurrency == null ? "" : defaultCurrency.strip().toUpperCase(Locale.ROOT);
        if (!isIsoCode(code)) {
            throw new IllegalArgumentException("salary context: default currency '" + defaultCurrency
                    + "'; expected an ISO 4217 code such as EUR");
        }
        defaultCurrency = code;
        truncatedPeriods = truncatedPeriods == null || truncatedPeriods.isEmpty() ? Set.of()
                : Set.copyOf(truncatedPeriods);
    }

    /** A context whose source cuts no amount short. */
    public SalaryContext(String defaultCurrency, boolean freelance) {
        this(defaultCurrency, freelance, Set.of());
    }

    /**
     * The periods of a source's {@code salary_truncated_periods} attribute
     * ({@link SalaryPeriod#setOf}; a mapping's value was checked when it was loaded).
     *
     * @throws IllegalArgumentException naming the value when a name is not a period
     */
    public static Set<SalaryPeriod> periods(String names) {
        return SalaryPeriod.setOf(names);
    }

    /** Whether {@code code} has the form of an ISO 4217 code: three letters A-Z (checked for every posting). */
    private static boolean isIsoCode(String code) {
        return code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
