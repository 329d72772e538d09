package io.techdir.normalize;

import io.techdir.posting.SalaryPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documented, configurable constants of the salary rules (NORMALIZATION.md, "Salary"), loaded
 * from {@code data/reference/normalization.properties}; every report states the values it used
 * ({@link #describe()}).
 *
 * @param hoursPerYear HOUR to YEAR factor (35 h x 52 weeks = 1820)
 * @param daysPerYear DAY to YEAR factor (French "forfait jours" for cadres: 218)
 * @param weeksPerYear WEEK to YEAR factor (52)
 * @param defaultMonths MONTH to YEAR factor when the posting states no number of months (12)
 * @param netToGross net = gross x this; NET amounts are divided by it (0.75)
 * @param hourMax with no period word, an amount under this is HOUR (200 EUR)
 * @param dayMax ... under this DAY (1500 EUR)
 * @param monthMax ... under this MONTH, at or over it YEAR (10000 EUR)
 * @param monthCorrectAbove a stated MONTH amount above this is read as YEAR (25000 EUR)
 * @param yearCorrectBelow a stated YEAR amount under this is read as MONTH (3000 EUR)
 * @param plausibleAnnualMin annual gross EUR under this is IMPLAUSIBLE (10000)
 * @param plausibleAnnualMax annual gross EUR over this is IMPLAUSIBLE (1000000)
 * @param plausibleMaxOverMin max over this times min is IMPLAUSIBLE (5)
 */
public record NormalizationConventions(double hoursPerYear, double daysPerYear, double weeksPerYear,
        double defaultMonths, double netToGross, double hourMax, double dayMax, double monthMax,
        double monthCorrectAbove, double yearCorrectBelow, double plausibleAnnualMin,
        double plausibleAnnualMax, double plausibleMaxOverMin) implements Serializable {

    private static final String RESOURCE = "/reference/normalization.properties";
    /** Property keys, in record-component order. */
    static final List<String> KEYS = List.of(
            "salary.hours_per_year", "salary.days_per_year", "salary.weeks_per_year",
            "salary.default_months", "salary.net_to_gross", "salary.infer.hour_max",
            "salary.infer.day_max", "salary.infer.month_max", "salary.correct.month_above",
            "salary.correct.year_below", "salary.plausible.annual_min",
            "salary.plausible.annual_max", "salary.plausible.max_over_min");

    /**
     * Checks that every constant is a positive finite number, that the net-to-gross ratio is at
     * most 1, and that the thresholds are ordered.
     *
     * @throws IllegalArgumentException naming the constant and its value
     */
    public NormalizationConventions {
        double[] values = {hoursPerYear, daysPerYear, weeksPerYear, defaultMonths, netToGross, hourMax,
            dayMax, monthMax, monthCorrectAbove, yearCorrectBelow, plausibleAnnualMin, plausibleAnnualMax,
            plausibleMaxOverMin};
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(KEYS.get(i) + ": value '" + format(values[i])
                        + "'; expected a positive number");
            }
        }
        if (netToGross > 1) {
            throw new IllegalArgumentException(KEYS.get(4) + ": value '" + format(netToGross)
                    + "'; expected a ratio of at most 1");
        }
        requireOrdered(5, hourMax, 6, dayMax);
        requireOrdered(6, dayMax, 7, monthMax);
        requireOrdered(9, yearCorrectBelow, 8, monthCorrectAbove);
        requireOrdered(10, plausibleAnnualMin, 11, plausibleAnnualMax);
        if (plausibleMaxOverMin < 1) {
            throw new IllegalArgumentException(KEYS.get(12) + ": value '" + format(plausibleMaxOverMin)
                    + "'; expected a ratio of at least 1");
        }
    }

    private static void requireOrdered(int lowKey, double low, int highKey, double high) {
        if (low >= high) {
            throw new IllegalArgumentException(KEYS.get(lowKey) + ": value '" + format(low) + "'; expected less than "
                    + KEYS.get(highKey) + " '" + format(high) + "'");
        }
    }

    /**
     * The conventions shipped with techdir (classpath {@code /reference/normalization.properties}).
     *
     * @throws IllegalStateException when the resource is missing from the jar
     */
    public static NormalizationConventions standard() {
        try (InputStream in = NormalizationConventions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + RESOURCE + ": not found; expected it in the jar"
                        + " (data/reference/normalization.properties)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse("classpath:" + RESOURCE, text);
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + RESOURCE + ": cannot read", e);
        }
    }

    /**
     * Loads conventions from a file of {@code key = value} lines ({@code #} starts a comment);
     * every key of the shipped file must be given once, and no other.
     *
     * @param file the properties file
     * @throws IllegalArgumentException naming file:line and the bad key or value
     * @throws UncheckedIOException when the file cannot be read
     */
    public static NormalizationConventions load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    static NormalizationConventions parse(String where, String text) {
        Map<String, Double> values = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = where + ":" + (i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(at + ": line '" + line + "'; expected key = value");
            }
            String key = line.substring(0, eq).strip();
            String raw = line.substring(eq + 1).strip();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(at + ": unknown key '" + key + "'; expected one of " + KEYS);
            }
            if (values.containsKey(key)) {
                throw new IllegalArgumentException(at + ": duplicate key '" + key + "'; expected each key once");
            }
            values.put(key, number(at, key, raw));
        }
        List<String> missing = new ArrayList<>();
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(where + ": missing keys " + missing + "; expected every key of "
                    + "data/reference/normalization.properties");
        }
        double[] v = KEYS.stream().mapToDouble(values::get).toArray();
        try {
            return new NormalizationConventions(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
                    v[10], v[11], v[12]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static double number(String at, String key, String raw) {
        try {
            double d = Double.parseDouble(raw.replace("_", ""));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(at + ": value '" + raw + "' for " + key + "; expected a number");
    }

    /**
     * How many amounts of one period make a year: HOUR {@code hoursPerYear}, DAY
     * {@code daysPerYear}, WEEK {@code weeksPerYear}, MONTH the stated months or
     * {@code defaultMonths}, YEAR 1.
     *
     * @param months the months the posting states ("sur 13 mois"), or null
     */
    public double perYear(SalaryPeriod period, Double months) {
        return switch (period) {
            case HOUR -> hoursPerYear;
            case DAY -> daysPerYear;
            case WEEK -> weeksPerYear;
            case MONTH -> months != null ? months : defaultMonths;
            case YEAR -> 1.0;
        };
    }

    /**
     * The constants as ordered name to value-with-unit lines, for the report's methodology sheet.
     *
     * @return an ordered, unmodifiable map
     */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Hours per year (HOUR x)", format(hoursPerYear) + " h/year");
        m.put("Days per year (DAY x)", format(daysPerYear) + " days/year");
        m.put("Weeks per year (WEEK x)", format(weeksPerYear) + " weeks/year");
        m.put("Months per year when not stated (MONTH x)", format(defaultMonths) + " months/year");
        m.put("Net to gross (NET amounts divided by)", format(netToGross) + " net/gross");
        m.put("No period word: HOUR under", format(hourMax) + " EUR");
        m.put("No period word: DAY under", format(dayMax) + " EUR");
        m.put("No period word: MONTH under (YEAR at or over)", format(monthMax) + " EUR");
        m.put("Stated MONTH read as YEAR above", format(monthCorrectAbove) + " EUR");
        m.put("Stated YEAR read as MONTH under", format(yearCorrectBelow) + " EUR");
        m.put("Implausible: annual gross under", format(plausibleAnnualMin) + " EUR/year");
        m.put("Implausible: annual gross over", format(plausibleAnnualMax) + " EUR/year");
        m.put("Implausible: max over min above", format(plausibleMaxOverMin) + " x");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** 1820.0 gives "1820", 0.75 gives "0.75". */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) d);
        }
        return Double.toString(d);
    }
}
