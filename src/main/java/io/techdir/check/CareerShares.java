package io.techdir.check;

import io.techdir.check.stat.Share;
import io.techdir.posting.RoleFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shares of transitions out of technical-director positions, from the counts per next role
 * family (pure; {@link CareerPaths} counts on Spark).
 *
 * <p>Two bases: {@value #ALL_NEXT}, every transition from a technical-director position to the
 * person's next one (so {@code TECHNICAL_DIRECTOR} there is "stays technical director"); and
 * {@value #LEAVING}, only the transitions to another family (the follow-on roles proper). Each
 * base has one share per role family and one for {@value #FOLLOW_ON_FAMILIES}, any of the
 * baseline's follow-on families. A transition is counted once per technical-director position,
 * so a person with two such positions counts twice.
 */
public final class CareerShares {

    /** Base: every transition out of a technical-director position. */
    public static final String ALL_NEXT = "ALL_NEXT";
    /** Base: transitions to another role family. */
    public static final String LEAVING = "LEAVING_TD";
    /** Target: any of the baseline's follow-on families. */
    public static final String FOLLOW_ON_FAMILIES = "FOLLOW_ON_FAMILIES";

    private CareerShares() {
    }

    /**
     * The shares of one origin.
     *
     * @param counts transitions by the next position's role family name (missing = 0)
     * @param followOn the baseline's follow-on families
     */
    public static List<CareerTransition> of(String origin, Map<String, Long> counts, List<RoleFamily> followOn) {
        List<CareerTransition> out = new ArrayList<>();
        for (String base : List.of(ALL_NEXT, LEAVING)) {
            long n = 0;
            for (RoleFamily f : RoleFamily.values()) {
                if (base.equals(ALL_NEXT) || f != RoleFamily.TECHNICAL_DIRECTOR) {
                    n += counts.getOrDefault(f.name(), 0L);
                }
            }
            for (RoleFamily f : RoleFamily.values()) {
                if (base.equals(ALL_NEXT) || f != RoleFamily.TECHNICAL_DIRECTOR) {
                    out.add(new CareerTransition(origin, base, f.name(),
                            Share.wilson(counts.getOrDefault(f.name(), 0L), n)));
                }
            }
            long k = 0;
            for (RoleFamily f : followOn) {
                k += f == RoleFamily.TECHNICAL_DIRECTOR ? 0 : counts.getOrDefault(f.name(), 0L);
            }
            out.add(new CareerTransition(origin, base, FOLLOW_ON_FAMILIES, Share.wilson(k, n)));
        }
        return out;
    }
}
