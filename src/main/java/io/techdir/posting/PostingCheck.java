package io.techdir.posting;

/**
 * A posting's baseline flags, as the check stage sets them (columns {@code baseline_*}).
 *
 * @param inScope whether the posting is in the baseline's population (role family and domain)
 * @param salary {@code AT_OR_ABOVE}, {@code BELOW}, {@code NOT_DISCLOSED} or {@code EXCLUDED}
 *     (estimate, implausible, day rate)
 * @param experience {@code WITHIN}, {@code BELOW}, {@code ABOVE} or {@code UNKNOWN}
 * @param degree {@code MATCHES} (level and a listed kind), {@code LEVEL_ONLY} (level, no kind
 *     named), {@code BELOW} or {@code UNKNOWN}
 * @param businessSchool {@code MENTIONED} or {@code NOT_MENTIONED}
 * @param statAnnualEur the annual gross EUR figure this posting contributes to salary
 *     statistics (midpoint of its range), or null when its salary does not count
 */
public record PostingCheck(boolean inScope, String salary, String experience, String degree,
        String businessSchool, Double statAnnualEur) {
}
