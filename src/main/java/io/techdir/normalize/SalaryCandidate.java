package io.techdir.normalize;

import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;

/**
 * One salary statement found in a text, before conventions apply: amounts as stated (k already
 * multiplied), in the stated currency, with what the text says around them.
 *
 * @param min lower bound, null for "jusqu'à X"
 * @param max upper bound, null for "à partir de X"
 * @param currency stated ISO 4217 code, null when the text shows none
 * @param period stated period, null when no period word goes with the amounts
 * @param months stated number of monthly payments ("sur 13 mois"), null when not stated
 * @param basis stated basis, null when neither "brut" nor "net" is said
 * @param thousands whether a bound was written with k ("45K€"): with no period word, YEAR
 * @param marked whether a currency, k or basis goes with the amounts (in a description, other
 *     numbers are not taken for salaries)
 * @param inParentheses whether it stands in parentheses (an equivalent: "(13,97 EUR brut/heure)")
 * @param truncated whether an amount is written with a leading zero ("02 € / heure"): what a
 *     scraper left of a longer figure, never trusted
 */
record SalaryCandidate(Double min, Double max, String currency, SalaryPeriod period, Double months,
        SalaryBasis basis, boolean thousands, boolean marked, boolean inParentheses, boolean truncated) {

    /** The larger stated bound. */
    double top() {
        if (min == null) {
            return max;
        }
        return max == null ? min : Math.max(min, max);
    }
}
