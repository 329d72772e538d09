package io.techdir.generate;

import io.techdir.posting.SalaryPeriod;
import java.util.SplittableRandom;

/**
 * Plans postings of the whole market ({@link GeneratorProfile#MARKET}): every role family,
 * every source style and every salary / experience / degree form, in proportions close to the
 * real files. The shares are constants here, stated in data/samples/synthetic/README.md.
 */
final class MarketPlanner implements Planner {

    /** Which source a row imitates: France Travail, HelloWork, other boards, Glassdoor (US). */
    private static final Weighted<RowStyle> STYLES = Weighted.<RowStyle>builder()
            .add(RowStyle.FRANCE_TRAVAIL, 45).add(RowStyle.HELLOWORK, 30).add(RowStyle.BOARD, 20)
            .add(RowStyle.US_BOARD, 5).build();
    /** Role groups: about 3 % technical directors, a few other directors, 4 % look-alikes. */
    private static final Weighted<String> GROUPS = Weighted.<String>builder()
            .add("TECHNICAL_DIRECTOR", 3.0).add("CIO", 1.0).add("GENERAL_MANAGEMENT", 1.5)
            .add("INDUSTRIAL_DIRECTOR", 0.8).add("SALES_DIRECTOR", 1.2).add(TitleEntry.TRAP, 4.0)
            .add(TitleEntry.OTHER, 88.5).build();

    /** Share of postings stating a salary amount (field or description). */
    static final double SALARY_DISCLOSED = 0.40;
    static final double EXACT_DUPLICATES = 0.03;
    static final double NEAR_DUPLICATES = 0.02;
    static final double BAD_ROWS = 0.005;

    private static final Integer[] RANGE_WIDTHS = {1, 2, 3, 5};

    private enum Level { JUNIOR, MID, SENIOR, DIRECTOR }

    private static final DegreeAsk[] JUNIOR_DEGREES = degrees(DegreeAsk.NONE, 45, DegreeAsk.NO_DEGREE, 5,
            DegreeAsk.CAP, 20, DegreeAsk.BAC, 15, DegreeAsk.BAC_2, 15);
    private static final DegreeAsk[] MID_DEGREES = degrees(DegreeAsk.NONE, 15, DegreeAsk.BAC_2, 30,
            DegreeAsk.BAC_3, 30, DegreeAsk.BAC_5, 15, DegreeAsk.ENGINEER, 7, DegreeAsk.MASTER, 3);
    private static final DegreeAsk[] SENIOR_DEGREES = degrees(DegreeAsk.NONE, 10, DegreeAsk.BAC_3, 10,
            DegreeAsk.BAC_5, 25, DegreeAsk.ENGINEER, 30, DegreeAsk.MASTER, 20, DegreeAsk.DOCTORATE, 5);
    private static final DegreeAsk[] DIRECTOR_DEGREES = degrees(DegreeAsk.NONE, 15, DegreeAsk.BAC_3, 5,
            DegreeAsk.BAC_5, 25, DegreeAsk.ENGINEER, 25, DegreeAsk.MASTER, 15, DegreeAsk.MBA, 10,
            DegreeAsk.DOCTORATE, 5);
    private static final DegreeAsk[] US_DEGREES = degrees(DegreeAsk.NONE, 15, DegreeAsk.BAC_3, 45,
            DegreeAsk.MASTER, 30, DegreeAsk.DOCTORATE, 7, DegreeAsk.MBA, 3);

    private final Vocabulary v;

    MarketPlanner(Vocabulary v) {
        this.v = v;
    }

    @Override
    public JobPlan plan(SplittableRandom rng) {
        RowStyle style = STYLES.pick(rng);
        boolean us = style == RowStyle.US_BOARD;
        TitleEntry title = v.titles(us ? "US" : "FR", GROUPS.pick(rng)).pick(rng);
        Level level = level(title);
        boolean director = level == Level.DIRECTOR;
        double agency = switch (style) {
            case FRANCE_TRAVAIL -> 0.2;
            case BOARD -> 0.12;
            case HELLOWORK -> 0.05;
            case US_BOARD -> 0;
        };
        boolean intermediary = Draw.chance(rng, agency);
        String contract = PlanDraws.contract(rng, style, director);
        SalaryPlan salary = salary(rng, style, title, level, contract);
        ExperiencePlan experience = experience(rng, style, level);
        DegreeAsk degree = Draw.pick(rng, us ? US_DEGREES : switch (level) {
            case JUNIOR -> JUNIOR_DEGREES;
            case MID -> MID_DEGREES;
            case SENIOR -> SENIOR_DEGREES;
            case DIRECTOR -> DIRECTOR_DEGREES;
        });
        double fieldShare = switch (style) {
            case FRANCE_TRAVAIL -> 0.15;
            case BOARD -> 0.35;
            case US_BOARD -> 0.4;
            case HELLOWORK -> 0;
        };
        boolean degreeInField = degree != DegreeAsk.NONE && Draw.chance(rng, fieldShare);
        boolean degreeInDescription = degree != DegreeAsk.NONE && Draw.chance(rng, degreeInField ? 0.35 : 0.5);
        boolean businessPlus = Draw.chance(rng, director ? 0.15 : level == Level.SENIOR ? 0.05 : 0);
        boolean priorTd = title.technicalDirector() && Draw.chance(rng, 0.15);
        int length = (int) Math.min(DescriptionWriter.MAX_TARGET, Draw.lognormal(rng, director ? 1400 : 850, 0.45));
        return new JobPlan(style, title, intermediary, contract, salary, experience, degree, degreeInField,
                degreeInDescription, businessPlus, priorTd, length);
    }

    private static Level level(TitleEntry t) {
        if (t.director()) {
            return Level.DIRECTOR;
        }
        double scale = t.english() ? 1.6 : 1.0; // US medians are in USD and higher
        return t.median() < 30000 * scale ? Level.JUNIOR : t.median() < 55000 * scale ? Level.MID : Level.SENIOR;
    }

    private static SalaryPlan salary(SplittableRandom rng, RowStyle style, TitleEntry title, Level level,
            String contract) {
        if (!Draw.chance(rng, SALARY_DISCLOSED)) {
            return SalaryPlan.NONE;
        }
        boolean inField = Draw.chance(rng, 0.85);
        boolean inDescription = !inField || Draw.chance(rng, 0.12);
        boolean us = style == RowStyle.US_BOARD;
        double annual = Draw.lognormal(rng, title.median(), 0.18);
        SalaryPeriod period;
        if ("Stage".equals(contract)) {
            annual = Draw.uniform(rng, 7000, 14000);
            period = SalaryPeriod.MONTH;
        } else if ("Alternance".equals(contract)) {
            annual = Draw.uniform(rng, 12000, 22000);
            period = SalaryPeriod.MONTH;
        } else if (PlanDraws.freelance(contract) && style == RowStyle.BOARD) {
            period = SalaryPeriod.DAY;
        } else if (us) {
            boolean hourly = !title.director() && Draw.chance(rng, 0.05); // Glassdoor: a few hourly rates
            period = hourly ? SalaryPeriod.HOUR : SalaryPeriod.YEAR;
        } else {
            int f = rng.nextInt(100);
            period = switch (level) {
                case JUNIOR -> f < 35 ? SalaryPeriod.HOUR : f < 80 ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
                case MID -> f < 30 ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
                default -> f < 8 ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
            };
        }
        double single = switch (style) {
            case FRANCE_TRAVAIL -> 0.3;
            case HELLOWORK -> 0.75;
            case BOARD -> 0.35;
            case US_BOARD -> 0;
        };
        double halfWidth = us ? Draw.uniform(rng, 0.2, 0.35) : Draw.uniform(rng, 0.04, 0.15);
        boolean variable = (level == Level.DIRECTOR || level == Level.SENIOR) && Draw.chance(rng, 0.25);
        return PlanDraws.amounts(rng, style, period, annual, Draw.chance(rng, single), halfWidth, inField,
                inDescription, variable);
    }

    private static ExperiencePlan experience(SplittableRandom rng, RowStyle style, Level level) {
        int years = switch (level) {
            case JUNIOR -> Draw.chance(rng, 0.55) ? 0 : Draw.between(rng, 1, 3);
            case MID -> (int) Math.round(Draw.triangular(rng, 1, 3, 8));
            case SENIOR -> (int) Math.round(Draw.triangular(rng, 3, 6, 12));
            case DIRECTOR -> (int) Math.round(Draw.triangular(rng, 5, 10, 15));
        };
        int max = years > 0 && Draw.chance(rng, 0.3) ? years + Draw.pick(rng, RANGE_WIDTHS) : -1;
        boolean figure = Draw.chance(rng, 0.85);
        double fieldShare = switch (style) {
            case FRANCE_TRAVAIL -> 1.0;
            case BOARD, US_BOARD -> 0.5;
            case HELLOWORK -> 0;
        };
        boolean inField = Draw.chance(rng, fieldShare);
        boolean inDescription = Draw.chance(rng, inField && figure ? 0.4 : 0.7);
        boolean conflict = inField && inDescription && figure && years > 0 && Draw.chance(rng, 0.04);
        return new ExperiencePlan(years, max, figure, inField, inDescription, conflict);
    }

    private static DegreeAsk[] degrees(Object... pairs) {
        int total = 0;
        for (int i = 1; i < pairs.length; i += 2) {
            total += (Integer) pairs[i];
        }
        DegreeAsk[] out = new DegreeAsk[total];
        int k = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            for (int j = 0; j < (Integer) pairs[i + 1]; j++) {
                out[k++] = (DegreeAsk) pairs[i];
            }
        }
        return out;
    }

    @Override
    public String idPrefix() {
        return "syn-m-";
    }

    @Override
    public double exactDuplicateShare() {
        return EXACT_DUPLICATES;
    }

    @Override
    public double nearDuplicateShare() {
        return NEAR_DUPLICATES;
    }

    @Override
    public double badRowShare() {
        return BAD_ROWS;
    }

    @Override
    public double entityShare() {
        return 0.02;
    }

    @Override
    public double injectionShare() {
        return 0.003;
    }
}
