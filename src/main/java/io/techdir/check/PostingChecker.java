package io.techdir.check;

import io.techdir.posting.DegreeKind;
import io.techdir.posting.Posting;
import io.techdir.posting.PostingCheck;
import io.techdir.posting.Salary;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Checks one posting against the baseline (pure; used inside the Spark map). The flags say
 * where a posting stands on each claim; the market verdicts come from {@link BaselineVerdicts}.
 */
public final class PostingChecker implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String AT_OR_ABOVE = "AT_OR_ABOVE";
    public static final String BELOW = "BELOW";
    public static final String ABOVE = "ABOVE";
    public static final String WITHIN = "WITHIN";
    public static final String NOT_DISCLOSED = "NOT_DISCLOSED";
    public static final String EXCLUDED = "EXCLUDED";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String MATCHES = "MATCHES";
    public static final String LEVEL_ONLY = "LEVEL_ONLY";
    public static final String MENTIONED = "MENTIONED";
    public static final String NOT_MENTIONED = "NOT_MENTIONED";
    /** The kinds of degree a posting names for the business-school claim to count it ({@link #MENTIONED}). */
    public static final List<DegreeKind> BUSINESS_SCHOOL_KINDS = List.of(DegreeKind.BUSINESS_SCHOOL, DegreeKind.MBA);

    private final Baseline baseline;

    public PostingChecker(Baseline baseline) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    /** The baseline flags of a posting. */
    public PostingCheck check(Posting p) {
        boolean inScope = p.role().family() == baseline.scopeFamily()
                && p.role().domain() != null
                && baseline.scopeDomains().contains(p.role().domain())
                && baseline.countryInScope(p.place().country());
        return new PostingCheck(inScope, salary(p.salary()), experience(p), degree(p), businessSchool(p),
                SalaryRules.advertisedAnnualEur(p.salary()));
    }

    private String salary(Salary s) {
        if (!s.disclosed()) {
            return NOT_DISCLOSED;
        }
        Double annual = SalaryRules.advertisedAnnualEur(s);
        if (annual == null) {
            return EXCLUDED;
        }
        return annual >= baseline.salaryFloorAnnualEur() ? AT_OR_ABOVE : BELOW;
    }

    private String experience(Posting p) {
        Double min = p.experience().minYears();
        if (min == null) {
            return UNKNOWN;
        }
        if (min < baseline.experienceMinYears()) {
            return BELOW;
        }
        return min > baseline.experienceMaxYears() ? ABOVE : WITHIN;
    }

    private String degree(Posting p) {
        if (p.degree().level() == null) {
            return UNKNOWN;
        }
        if (p.degree().level().compareTo(baseline.degreeMinLevel()) < 0) {
            return BELOW;
        }
        for (DegreeKind k : p.degree().kinds()) {
            if (baseline.degreeKinds().contains(k)) {
                return MATCHES;
            }
        }
        return LEVEL_ONLY;
    }

    private static String businessSchool(Posting p) {
        for (DegreeKind k : BUSINESS_SCHOOL_KINDS) {
            if (p.degree().kinds().contains(k)) {
                return MENTIONED;
            }
        }
        return NOT_MENTIONED;
    }
}
