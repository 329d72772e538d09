package io.techdir.check;

/**
 * The market's answer to one claim of the baseline.
 *
 * @param origin {@code REAL} or {@code SYNTHETIC}
 * @param population the postings the figure is about
 * @param claim claim id ({@code salary}, {@code experience}, {@code degree},
 *     {@code business_school}, {@code follow_on:CIO} ...)
 * @param wording the claim's original wording
 * @param rule the rule applied, in words
 * @param n observations the figure rests on
 * @param figure the figure (a median or a share), or null
 * @param low lower bound of its 95 % interval, or null
 * @param high upper bound of its 95 % interval, or null
 * @param unit {@code EUR/year}, {@code years}, {@code share}, {@code postings}
 * @param verdict {@link #SUPPORTED}, {@link #CONTRADICTED} or {@link #NOT_ENOUGH_DATA}
 */
public record Verdict(String origin, String population, String claim, String wording, String rule,
        long n, Double figure, Double low, Double high, String unit, String verdict) {

    public static final String SUPPORTED = "SUPPORTED";
    public static final String CONTRADICTED = "CONTRADICTED";
    public static final String NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA";
}
