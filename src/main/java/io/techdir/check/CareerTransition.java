package io.techdir.check;

import io.techdir.check.stat.Share;
import java.util.Objects;

/**
 * The share of transitions out of a technical-director position that lead to one role family.
 *
 * @param origin {@code REAL} or {@code SYNTHETIC} (never mixed)
 * @param base which transitions are counted: {@link CareerShares#ALL_NEXT} (every position that
 *     follows a technical-director one) or {@link CareerShares#LEAVING} (only those in another
 *     family)
 * @param target the next position's role family ({@code TECHNICAL_DIRECTOR} = stays technical
 *     director), or {@link CareerShares#FOLLOW_ON_FAMILIES} (any of the baseline's follow-on
 *     families)
 * @param share k transitions to the target among the n of the base, with the Wilson interval
 */
public record CareerTransition(String origin, String base, String target, Share share) {

    public CareerTransition {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(share, "share");
    }
}
