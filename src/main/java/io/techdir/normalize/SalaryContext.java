package io.techdir.normalize;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the salary parser knows about a posting beyond its text: the currency of an amount with no
 * sign, and whether the posting is a freelance/contractor one (its day rate is then flagged
 * {@code DAY_RATE} and reported apart from employee salaries).
 *
 * @param defaultCurrency ISO 4217 code of amounts with no currency sign, e.g. "EUR"
 * @param freelance whether the posting is a freelance or contractor mission
 */
public record SalaryContext(String defaultCurrency, boolean freelance) implements Serializable {


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
    }

    /** Whether {@code code} has the form of an ISO 4217 code: three letters A-Z (checked for every posting). */
    private static boolean isIsoCode(String code) {
        return code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
