package io.techdir.check;

import io.techdir.check.stat.Distribution;

/**
 * Advertised annual gross salaries of one group of canonical postings.
 *
 * @param origin {@code REAL} or {@code SYNTHETIC} (never mixed)
 * @param population {@code ALL}, {@code TECHNICAL_DIRECTOR} or {@code BASELINE_SCOPE}
 * @param dimension what the group is ({@code overall}, {@code region}, ...)
 * @param group the group's value ({@code all}, "Île-de-France", ...; {@code (unknown)} for none)
 * @param postings canonical postings in the group
 * @param disclosed postings whose employer states a salary (board estimates not counted)
 * @param distribution the distribution of counted salaries, or null when none counts
 */
public record SalarySpread(String origin, String population, String dimension, String group,
        long postings, long disclosed, Distribution distribution) {

    /** Counted salaries (0 when none). */
    public long counted() {
        return distribution == null ? 0 : distribution.n();
    }

    /** Share of postings stating a salary (0 when the group is empty). */
    public double disclosureRate() {
        return postings == 0 ? 0 : (double) disclosed / postings;
    }
}
