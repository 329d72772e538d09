package io.techdir.check;

import io.techdir.check.stat.Distribution;
import io.techdir.check.stat.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The market's verdict on each claim of the baseline, from the statistics of the postings in
 * scope. Pure: the rules are the ones stated in the baseline file, and each verdict carries its
 * rule in words.
 */
public final class BaselineVerdicts {

    private BaselineVerdicts() {
    }

    /**
     * Evaluates every claim for every origin present.
     *
     * @param origins origins present ({@code REAL}, {@code SYNTHETIC})
     * @param salary counted salaries in scope, by origin
     * @param experience minimum years asked in scope, by origin
     * @param degreeShares {@link MarketStatistics#baselineDegreeShares()}
     * @param followOn {@link MarketStatistics#followOnRoles(List)}
     */
    public static List<Verdict> evaluate(Baseline b, List<String> origins, Map<String, Distribution> salary,
            Map<String, Distribution> experience, List<ShareFigure> degreeShares, List<ShareFigure> followOn) {
        String population = b.population();
        List<Verdict> out = new ArrayList<>();
        for (String origin : origins) {
            out.add(salary(b, origin, population, salary.get(origin)));
            out.add(experience(b, origin, population, experience.get(origin)));
            out.add(degree(b, origin, population, find(degreeShares, origin, MarketStatistics.DEGREE_LEVEL_MET)));
            out.add(businessSchool(b, origin, population,
                    find(degreeShares, origin, MarketStatistics.BUSINESS_SCHOOL_MENTIONED)));
            for (var family : b.followOnFamilies()) {
                Share s = followOn.stream()
                        .filter(f -> f.origin().equals(origin) && f.group().equals(family.name()))
                        .map(ShareFigure::share).findFirst().orElse(Share.wilson(0, 0));
                String verdict = s.k() >= b.followOnMinPostings() ? Verdict.SUPPORTED : Verdict.NOT_ENOUGH_DATA;
                out.add(new Verdict(origin, family.name(), "follow_on:" + family.name(), b.followOnWording(),
                        "SUPPORTED when at least " + b.followOnMinPostings() + " " + family.name()
                                + " postings ask for prior technical-director/CTO experience; never"
                                + " CONTRADICTED by absence",
                        s.n(), (double) s.k(), null, null, "postings", verdict));
            }
        }
        return out;
    }

    /** A follow-on family is SUPPORTED by career paths when at least this share of leavers go to it. */
    public static final double CAREER_MIN_SHARE = 0.10;
    /** The follow-on families together are SUPPORTED when at least this share of leavers go to one. */
    public static final double CAREER_MAJORITY = 0.5;
    /** Claim id prefix of the verdicts from career paths ({@code follow_on_career:CIO}, {@code follow_on_career:ANY}). */
    public static final String CAREER_CLAIM = "follow_on_career:";
    /** Population of the verdicts from career paths: transitions leaving a technical-director position. */
    public static final String CAREER_POPULATION = "CAREER_PATHS";

    /**
     * Verdicts on the follow-on claim from career paths, per origin: for each follow-on family,
     * the share of transitions leaving a technical-director position that go to it (SUPPORTED
     * when the Wilson interval lies at or above {@value #CAREER_MIN_SHARE}, CONTRADICTED when
     * wholly below); and for the families together ({@code ANY}: SUPPORTED at or above
     * {@value #CAREER_MAJORITY}, CONTRADICTED below). NOT_ENOUGH_DATA when fewer than
     * {@code min_observations} transitions leave, or the interval straddles the threshold.
     *
     * @param transitions {@link CareerShares#of} results, any origins
     */
    public static List<Verdict> careers(Baseline b, List<CareerTransition> transitions) {
        List<Verdict> out = new ArrayList<>();
        List<String> origins = transitions.stream().map(CareerTransition::origin).distinct().sorted().toList();
        for (String origin : origins) {
            for (var family : b.followOnFamilies()) {
                out.add(careerVerdict(b, origin, family.name(), leaving(transitions, origin, family.name()),
                        CAREER_MIN_SHARE));
            }
            out.add(careerVerdict(b, origin, "ANY", leaving(transitions, origin, CareerShares.FOLLOW_ON_FAMILIES),
                    CAREER_MAJORITY));
        }
        return out;
    }

    private static Share leaving(List<CareerTransition> transitions, String origin, String target) {
        return transitions.stream().filter(t -> t.origin().equals(origin) && t.base().equals(CareerShares.LEAVING)
                && t.target().equals(target)).map(CareerTransition::share).findFirst().orElse(Share.wilson(0, 0));
    }

    private static Verdict careerVerdict(Baseline b, String origin, String target, Share s, double threshold) {
        String rule = "share of career transitions leaving a technical-director position that go to "
                + (target.equals("ANY") ? "any follow-on family" : target) + " (Wilson 95 %): SUPPORTED when the"
                + " interval is at or above " + threshold + ", CONTRADICTED when wholly below, n >= "
                + b.minObservations();
        String verdict = s.n() < b.minObservations() ? Verdict.NOT_ENOUGH_DATA
                : s.low() >= threshold ? Verdict.SUPPORTED
                : s.high() < threshold ? Verdict.CONTRADICTED : Verdict.NOT_ENOUGH_DATA;
        return new Verdict(origin, CAREER_POPULATION, CAREER_CLAIM + target, b.followOnWording(), rule, s.n(),
                s.n() == 0 ? null : s.share(), s.n() == 0 ? null : s.low(), s.n() == 0 ? null : s.high(), "share",
                verdict);
    }

    private static Verdict salary(Baseline b, String origin, String population, Distribution d) {
        double floor = b.salaryFloorAnnualEur();
        String rule = "median advertised annual gross salary (95 % CI): SUPPORTED when the interval is"
                + " at or above " + (long) floor + " EUR, CONTRADICTED when it is below, n >= "
                + b.minObservations();
        if (d == null || d.n() < b.minObservations()) {
            return new Verdict(origin, population, "salary", b.salaryWording(), rule, d == null ? 0 : d.n(),
                    d == null ? null : d.median(), d == null ? null : d.medianLow(),
                    d == null ? null : d.medianHigh(), "EUR/year", Verdict.NOT_ENOUGH_DATA);
        }
        String verdict = d.medianLow() >= floor ? Verdict.SUPPORTED
                : d.medianHigh() < floor ? Verdict.CONTRADICTED : Verdict.NOT_ENOUGH_DATA;
        return new Verdict(origin, population, "salary", b.salaryWording(), rule, d.n(), d.median(),
                d.medianLow(), d.medianHigh(), "EUR/year", verdict);
    }

    private static Verdict experience(Baseline b, String origin, String population, Distribution d) {
        double lo = b.experienceMinYears();
        double hi = b.experienceMaxYears();
        String rule = "median minimum years asked (95 % CI): SUPPORTED when the interval lies within ["
                + lo + ", " + hi + "], CONTRADICTED when wholly outside, n >= " + b.minObservations();
        if (d == null || d.n() < b.minObservations()) {
            return new Verdict(origin, population, "experience", b.experienceWording(), rule,
                    d == null ? 0 : d.n(), d == null ? null : d.median(), d == null ? null : d.medianLow(),
                    d == null ? null : d.medianHigh(), "years", Verdict.NOT_ENOUGH_DATA);
        }
        String verdict = d.medianLow() >= lo && d.medianHigh() <= hi ? Verdict.SUPPORTED
                : d.medianHigh() < lo || d.medianLow() > hi ? Verdict.CONTRADICTED : Verdict.NOT_ENOUGH_DATA;
        return new Verdict(origin, population, "experience", b.experienceWording(), rule, d.n(), d.median(),
                d.medianLow(), d.medianHigh(), "years", verdict);
    }

    private static Verdict degree(Baseline b, String origin, String population, Share s) {
        String rule = "share of postings stating a degree (a level or a kind) that ask " + b.degreeMinLevel()
                + " or above, of any kind (Wilson 95 %): SUPPORTED when the interval is above " + b.degreeMajority()
                + ", CONTRADICTED when below, n >= " + b.minObservations();
        return shareVerdict(b, origin, population, "degree", b.degreeWording(), rule, s, b.degreeMajority());
    }

    private static Verdict businessSchool(Baseline b, String origin, String population, Share s) {
        String rule = "share of postings stating a degree (a level or a kind) that mention a business school or an MBA"
                + " (Wilson 95 %): SUPPORTED when the interval reaches " + b.businessSchoolMinShare()
                + ", CONTRADICTED when wholly below, n >= " + b.minObservations();
        return shareVerdict(b, origin, population, "business_school", b.businessSchoolWording(), rule, s,
                b.businessSchoolMinShare());
    }

    private static Verdict shareVerdict(Baseline b, String origin, String population, String claim,
            String wording, String rule, Share s, double threshold) {
        if (s == null || s.n() < b.minObservations()) {
            return new Verdict(origin, population, claim, wording, rule, s == null ? 0 : s.n(),
                    s == null ? null : s.share(), s == null ? null : s.low(), s == null ? null : s.high(),
                    "share", Verdict.NOT_ENOUGH_DATA);
        }
        String verdict = s.low() >= threshold ? Verdict.SUPPORTED
                : s.high() < threshold ? Verdict.CONTRADICTED : Verdict.NOT_ENOUGH_DATA;
        return new Verdict(origin, population, claim, wording, rule, s.n(), s.share(), s.low(), s.high(),
                "share", verdict);
    }

    private static Share find(List<ShareFigure> shares, String origin, String measure) {
        return shares.stream().filter(s -> s.origin().equals(origin) && s.measure().equals(measure))
                .map(ShareFigure::share).findFirst().orElse(null);
    }
}
