package io.techdir.generate;

import io.techdir.posting.SalaryPeriod;
import java.util.SplittableRandom;

/** Draws shared by the planners: contracts and salary amounts. */
final class PlanDraws {

    private static final Weighted<String> FT_CONTRACTS = weighted("CDI", 83, "CDD", 8, "MIS", 7, "LIB", 2);
    private static final Weighted<String> FT_DIRECTOR = weighted("CDI", 92, "CDD", 3, "LIB", 5);
    private static final Weighted<String> BOARD_CONTRACTS = weighted("CDI", 70, "CDD", 10, "Freelance", 7,
            "Stage", 4, "Alternance", 5, "Intérim", 4);
    private static final Weighted<String> BOARD_DIRECTOR = weighted("CDI", 92, "CDD", 3, "Freelance", 5);
    private static final Weighted<String> US_CONTRACTS = weighted("FULL_TIME", 70, "CONTRACTOR", 10,
            "PART_TIME", 5, "", 15);
    private static final Weighted<String> US_DIRECTOR = weighted("FULL_TIME", 85, "", 15);

    /** French hourly minimum wage (SMIC, gross, from 1 Nov 2024), the floor of hourly amounts. */
    static final double SMIC_HOUR = 11.88;
    /** French monthly minimum wage for 35 h (151.67 h × 11.88), the floor of monthly amounts. */
    static final double SMIC_MONTH = 1801.80;

    private PlanDraws() {
    }

    /** A contract as the style writes it; directors are mostly permanent. */
    static String contract(SplittableRandom rng, RowStyle style, boolean director) {
        return switch (style) {
            case FRANCE_TRAVAIL -> (director ? FT_DIRECTOR : FT_CONTRACTS).pick(rng);
            case HELLOWORK -> "CDI"; // the real HelloWork export lists CDI only
            case BOARD -> (director ? BOARD_DIRECTOR : BOARD_CONTRACTS).pick(rng);
            case US_BOARD -> (director ? US_DIRECTOR : US_CONTRACTS).pick(rng);
        };
    }

    /** Whether a contract is freelance / self-employed (paid by the day on boards). */
    static boolean freelance(String contract) {
        return "LIB".equals(contract) || "Freelance".equals(contract) || "CONTRACTOR".equals(contract);
    }

    /**
     * The amounts of a disclosed salary, from an annual gross figure.
     *
     * @param annual annual gross equivalent (EUR, or USD for US rows)
     * @param single whether one amount is stated (else a range of +- halfWidth around it)
     */
    static SalaryPlan amounts(SplittableRandom rng, RowStyle style, SalaryPeriod period, double annual,
            boolean single, double halfWidth, boolean inField, boolean inDescription, boolean variable) {
        boolean us = style == RowStyle.US_BOARD;
        double mid;
        double step;
        double floor = 0;
        switch (period) {
            case MONTH -> {
                mid = annual / 12;
                int f = rng.nextInt(10);
                step = f < 6 ? 50 : f < 9 ? 1 : 0.01;
                floor = us ? 0 : SMIC_MONTH;
            }
            case HOUR -> {
                mid = us ? annual / 2080 : annual / 1820;
                step = us ? 1 : 0.01;
                floor = us ? 0 : SMIC_HOUR;
            }
            case DAY -> {
                mid = annual * 1.6 / 218; // freelance day rates run above the employee equivalent
                step = 10;
            }
            default -> {
                mid = annual;
                int f = rng.nextInt(10);
                step = us || style == RowStyle.BOARD || f < 8 ? 1000 : f < 9 ? 500 : 1;
            }
        }
        double a = Amounts.round(Math.max(floor, single ? mid : mid * (1 - halfWidth)), step);
        double b = single ? a : Amounts.round(Math.max(floor, mid * (1 + halfWidth)), step);
        if (!single && b <= a) {
            b = a + Math.max(step, 1);
        }
        return new SalaryPlan(true, inField, inDescription, period, a, b, variable);
    }

    private static Weighted<String> weighted(Object... pairs) {
        Weighted.Builder<String> b = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return b.build();
    }
}
