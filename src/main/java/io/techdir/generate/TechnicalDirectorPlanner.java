package io.techdir.generate;

import io.techdir.posting.SalaryPeriod;
import java.util.SplittableRandom;

/**
 * Plans technical-director postings only ({@link GeneratorProfile#TECHNICAL_DIRECTOR}). Every
 * figure below is an assumption written, with its source, in
 * {@code data/samples/synthetic/README.md}; change both together.
 */
final class TechnicalDirectorPlanner implements Planner {

    /** A1: imitated sources. */
    private static final Weighted<RowStyle> STYLES = Weighted.<RowStyle>builder()
            .add(RowStyle.FRANCE_TRAVAIL, 40).add(RowStyle.HELLOWORK, 25).add(RowStyle.BOARD, 35).build();
    /** A2: role domains (titles.csv sector): mostly IT/digital, the job the role description is. */
    private static final Weighted<String> SECTORS = Weighted.<String>builder()
            .add("IT", 75).add("INDUSTRY", 10).add("CONSTRUCTION", 5).add("HOSPITALITY", 5)
            .add("CULTURE", 3).add("SPORT", 2).build();

    /** A3: experience asked, triangular on [3, 15] years with its mode at 8. */
    static final double EXPERIENCE_MIN = 3;
    static final double EXPERIENCE_MODE = 8;
    static final double EXPERIENCE_MAX = 15;
    /** A4: share stating the figure (the others: "Expérience exigée", "expérience confirmée"). */
    static final double EXPERIENCE_FIGURE = 0.90;
    /** A4: share written as a range ("8 à 12 ans"), 2, 3 or 5 years wide. */
    static final double EXPERIENCE_RANGE = 0.35;
    private static final Integer[] RANGE_WIDTHS = {2, 3, 5};

    /** A5: median annual gross by experience asked: Tech.Rocks 2019, CTO &lt; 5 years. */
    static final double MEDIAN_UNDER_5 = 54_000;
    /** A5: Tech.Rocks 2019, CTO 5-10 years. */
    static final double MEDIAN_5_TO_10 = 75_000;
    /** A5: derived so that the mean over the experience mix is Tech.Rocks' 82 k€ (see README). */
    static final double MEDIAN_OVER_10 = 97_000;
    /** A6: lognormal spread around the band median. */
    static final double SALARY_SIGMA = 0.25;
    /** A7: share of postings stating a salary amount. */
    static final double SALARY_DISCLOSED = 0.60;
    /** A7: of those, share stating it in the salary field (the others: description only). */
    static final double SALARY_IN_FIELD = 0.85;
    /** A8: share mentioning a variable part (Tech.Rocks: ~5 k€ bonus on top). */
    static final double SALARY_VARIABLE = 0.30;

    /** A9: degree asked. */
    private static final Weighted<DegreeAsk> DEGREES = Weighted.<DegreeAsk>builder()
            .add(DegreeAsk.ENGINEER, 45).add(DegreeAsk.MASTER, 20).add(DegreeAsk.BAC_5, 15)
            .add(DegreeAsk.DOCTORATE, 3).add(DegreeAsk.BAC_3, 7).add(DegreeAsk.NONE, 10).build();
    /** A10: business school / MBA named as a plus. */
    static final double BUSINESS_SCHOOL_PLUS = 0.20;
    /** A11: prior CTO / technical-director experience asked. */
    static final double PRIOR_TECHNICAL_DIRECTOR = 0.15;
    /** A12: published by a recruitment firm. */
    static final double INTERMEDIARY = 0.15;

    private final Vocabulary v;

    TechnicalDirectorPlanner(Vocabulary v) {
        this.v = v;
    }

    @Override
    public JobPlan plan(SplittableRandom rng) {
        RowStyle style = STYLES.pick(rng);
        String sector = SECTORS.pick(rng);
        Weighted<TitleEntry> titles = v.titles("FR", TitleEntry.TECHNICAL_DIRECTOR, sector);
        TitleEntry title = (titles != null ? titles : v.titles("FR", TitleEntry.TECHNICAL_DIRECTOR)).pick(rng);
        boolean intermediary = Draw.chance(rng, INTERMEDIARY);
        String contract = PlanDraws.contract(rng, style, true);

        int years = (int) Math.round(Draw.triangular(rng, EXPERIENCE_MIN, EXPERIENCE_MODE, EXPERIENCE_MAX));
        int max = Draw.chance(rng, EXPERIENCE_RANGE) ? years + Draw.pick(rng, RANGE_WIDTHS) : -1;
        boolean figure = Draw.chance(rng, EXPERIENCE_FIGURE);
        boolean expInField = style == RowStyle.FRANCE_TRAVAIL || style == RowStyle.BOARD && Draw.chance(rng, 0.6);
        boolean expInText = !expInField && figure || Draw.chance(rng, 0.6);
        boolean conflict = expInField && expInText && figure && Draw.chance(rng, 0.03);
        ExperiencePlan experience = new ExperiencePlan(years, max, figure, expInField, expInText, conflict);

        SalaryPlan salary = salary(rng, style, contract, years);

        DegreeAsk degree = DEGREES.pick(rng);
        double fieldShare = style == RowStyle.FRANCE_TRAVAIL ? 0.4 : style == RowStyle.BOARD ? 0.5 : 0;
        boolean degreeInField = degree != DegreeAsk.NONE && Draw.chance(rng, fieldShare);
        boolean degreeInText = degree != DegreeAsk.NONE && (!degreeInField || Draw.chance(rng, 0.7));
        boolean businessPlus = Draw.chance(rng, BUSINESS_SCHOOL_PLUS);
        boolean priorTd = Draw.chance(rng, PRIOR_TECHNICAL_DIRECTOR);
        int length = (int) Math.max(600, Math.min(DescriptionWriter.MAX_TARGET, Draw.lognormal(rng, 1400, 0.3)));
        return new JobPlan(style, title, intermediary, contract, salary, experience, degree, degreeInField,
                degreeInText, businessPlus, priorTd, length);
    }

    /** The band median of assumption A5 for the years asked. */
    static double median(int years) {
        return years < 5 ? MEDIAN_UNDER_5 : years <= 10 ? MEDIAN_5_TO_10 : MEDIAN_OVER_10;
    }

    private static SalaryPlan salary(SplittableRandom rng, RowStyle style, String contract, int years) {
        if (!Draw.chance(rng, SALARY_DISCLOSED)) {
            return SalaryPlan.NONE;
        }
        boolean inField = Draw.chance(rng, SALARY_IN_FIELD);
        boolean inText = !inField || Draw.chance(rng, 0.15);
        double annual = Draw.lognormal(rng, median(years), SALARY_SIGMA);
        SalaryPeriod period = PlanDraws.freelance(contract) && style == RowStyle.BOARD ? SalaryPeriod.DAY
                : Draw.chance(rng, 0.05) ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
        boolean single = Draw.chance(rng, style == RowStyle.HELLOWORK ? 0.6 : 0.2);
        double halfWidth = Draw.uniform(rng, 0.05, 0.15);
        return PlanDraws.amounts(rng, style, period, annual, single, halfWidth, inField, inText,
                Draw.chance(rng, SALARY_VARIABLE));
    }

    @Override
    public String idPrefix() {
        return "syn-td-";
    }

    @Override
    public double exactDuplicateShare() {
        return 0.03;
    }

    @Override
    public double nearDuplicateShare() {
        return 0.02;
    }

    @Override
    public double badRowShare() {
        return 0;
    }

    @Override
    public double entityShare() {
        return 0.02;
    }

    @Override
    public double injectionShare() {
        return 0;
    }
}
