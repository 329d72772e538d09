package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON-LD {@code baseSalary} (or {@code estimatedSalary}) as text the salary parser reads
 * exactly, plus the exact values as attributes. A {@code MonetaryAmount} with a {@code
 * QuantitativeValue} ({@code minValue}, {@code maxValue} or {@code value}, {@code unitText} HOUR,
 * DAY, WEEK, MONTH or YEAR) gives {@code "45000-55000 EUR per year"}, {@code "450 EUR per day"},
 * {@code "from 45000 EUR per year"} or {@code "up to 60000 EUR per year"}; a plain text or number
 * is kept as published; an array of them spans them when it can ({@link #ofEntries}). Pure.
 *
 * @param text the salary text
 * @param attributes {@code salary_min}, {@code salary_max}, {@code salary_currency}, {@code
 *     salary_unit} (as given, upper case) where known, and {@code currency}
 */
record StructuredSalary(String text, Map<String, String> attributes) {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("HOUR", "hour"), Map.entry("HOURLY", "hour"), Map.entry("PER_HOUR", "hour"),
            Map.entry("DAY", "day"), Map.entry("DAILY", "day"), Map.entry("PER_DAY", "day"),
            Map.entry("WEEK", "week"), Map.entry("WEEKLY", "week"), Map.entry("PER_WEEK", "week"),
            Map.entry("MONTH", "month"), Map.entry("MONTHLY", "month"), Map.entry("PER_MONTH", "month"),
            Map.entry("YEAR", "year"), Map.entry("YEARLY", "year"), Map.entry("ANNUAL", "year"),
            Map.entry("ANNUALLY", "year"), Map.entry("PER_YEAR", "year"));

    StructuredSalary {
        attributes = Map.copyOf(attributes);
    }

    /**
     * The salary of a {@code baseSalary} value, if it carries one. An array of amounts is read as
     * {@link #ofEntries} says.
     */
    static Optional<StructuredSalary> of(JsonNode salary) {
        JsonNode s = salary;
        if (s == null || s.isMissingNode() || s.isNull()) {
            return Optional.empty();
        }
        if (s.isArray()) {
            return ofEntries(s);
        }
        if (s.isTextual() || s.isNumber()) {
            String text = s.asText().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(new StructuredSalary(text, Map.of()));
        }
        if (!s.isObject()) {
            return Optional.empty();
        }
        Range range = range(s);
        if (range != null) {
            return Optional.of(range.salary());
        }
        Amount single = s.path("value").isObject() ? null : amount(s.path("value"));
        if (single == null) {
            return Optional.empty();
        }
        // a text value such as "Entre 60 et 70 k€ brut annuel": the salary rules read it
        String currency = JobPostingMapper.text(s.path("currency"));
        return Optional.of(new StructuredSalary(single.published(), currency == null
                ? Map.of() : Map.of("currency", currency.toUpperCase(Locale.ROOT))));
    }

    /**
     * The salary of an array of amounts (a board's grades, or one salary in several units). When
     * every entry that says something gives its amounts as numbers, in one currency and one unit,
     * the salary spans them all: from the lowest minimum to the highest maximum, a bound that one
     * of them leaves open staying open ({@code 45000-55000} and {@code 50000-65000} EUR a year give
     * {@code 45000-65000 EUR per year}). Otherwise (currencies or units differ, an amount is text)
     * it is the first entry whose amounts are numbers, else the first that says something.
     */
    private static Optional<StructuredSalary> ofEntries(JsonNode entries) {
        List<Range> ranges = new ArrayList<>();
        Optional<StructuredSalary> first = Optional.empty();
        Optional<StructuredSalary> firstNumeric = Optional.empty();
        boolean allNumeric = true;
        for (JsonNode entry : entries) {
            Optional<StructuredSalary> read = of(entry);
            if (read.isEmpty()) {
                continue;
            }
            first = first.isPresent() ? first : read;
            Range r = entry.isObject() ? range(entry) : null;
            if (r != null && r.numeric()) {
                ranges.add(r);
                firstNumeric = firstNumeric.isPresent() ? firstNumeric : read;
            } else {
                allNumeric = false;
            }
        }
        if (allNumeric && ranges.size() > 1) {
            Range all = Range.span(ranges);
            if (all != null) {
                return Optional.of(all.salary());
            }
        }
        return firstNumeric.isPresent() ? firstNumeric : first;
    }

    /** The bounds of a {@code MonetaryAmount} object with their currency and unit, or null when it gives none. */
    private static Range range(JsonNode s) {
        String currency = JobPostingMapper.text(s.path("currency"));
        JsonNode value = s.path("value");
        String unit = JobPostingMapper.text(value.path("unitText"));
        if (unit == null) {
            unit = JobPostingMapper.text(s.path("unitText"));
        }
        Amount min;
        Amount max;
        if (value.isObject()) {
            min = amount(value.path("minValue"));
            max = amount(value.path("maxValue"));
            if (min == null && max == null) {
                min = amount(value.path("value"));
                max = min;
            }
            if (currency == null) {
                currency = JobPostingMapper.text(value.path("currency"));
            }
        } else {
            Amount single = amount(value);
            min = single != null && single.number() != null ? single : amount(s.path("minValue"));
            max = single != null && single.number() != null ? single : amount(s.path("maxValue"));
        }
        if (min == null && max == null) {
            return null;
        }
        return new Range(min, max, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT),
                unit == null ? null : unit.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The bounds of a salary (at least one), its currency and unit (upper case) or null.
     */
    private record Range(Amount min, Amount max, String currency, String unit) {

        /** Whether each bound it has is a number. */
        boolean numeric() {
            return (min == null || min.number() != null) && (max == null || max.number() != null);
        }

        /** Its period: {@code year} for YEAR, ANNUAL..., the unit itself when not a known one. */
        String period() {
            return unit == null ? null : UNITS.getOrDefault(unit, unit);
        }

        /**
         * The range spanning numeric ranges of one currency and period, or null when they differ
         * or when both of its bounds are open.
         */
        static Range span(List<Range> ranges) {
            Range first = ranges.get(0);
            BigDecimal low = null;
            BigDecimal high = null;
            boolean openLow = false;
            boolean openHigh = false;
            for (Range r : ranges) {
                if (!Objects.equals(r.currency, first.currency) || !Objects.equals(r.period(), first.period())) {
                    return null;
                }
                openLow |= r.min == null;
                openHigh |= r.max == null;
                low = r.min == null ? low : low == null || r.min.number().compareTo(low) < 0 ? r.min.number() : low;
                high = r.max == null ? high : high == null || r.max.number().compareTo(high) > 0 ? r.max.number() : high;
            }
            Amount min = openLow ? null : new Amount(low, plain(low));
            Amount max = openHigh ? null : new Amount(high, plain(high));
            return min == null && max == null ? null : new Range(min, max, first.currency, first.unit);
        }

        /** The salary text and attributes of this range. */
        StructuredSalary salary() {
            Map<String, String> attributes = new LinkedHashMap<>();
            String period = unit == null ? null : UNITS.get(unit);
            StringBuilder text = new StringBuilder();
            if (min != null && max != null && !min.sameAs(max)) {
                text.append(min.figure()).append('-').append(max.figure());
            } else if (min != null && max != null) {
                text.append(min.figure());
            } else if (min != null) {
                text.append("from ").append(min.figure());
            } else {
                text.append("up to ").append(max.figure());
            }
            if (currency != null) {
                text.append(' ').append(currency);
            }
            if (period != null) {
                text.append(" per ").append(period);
            }
            if (min != null && min.number() != null) {
                attributes.put("salary_min", plain(min.number()));
            }
            if (max != null && max.number() != null) {
                attributes.put("salary_max", plain(max.number()));
            }
            if (currency != null) {
                attributes.put("salary_currency", currency);
                attributes.put("currency", currency);
            }
            if (unit != null) {
                attributes.put("salary_unit", unit);
            }
            return new StructuredSalary(text.toString(), attributes);
        }
    }

    /**
     * A number as the salary parser reads it: no exponent, no thousands separator, a dot before
     * decimals, and never exactly three decimals (which would read as a thousands group).
     */
    static String plain(BigDecimal n) {
        BigDecimal v = n.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.scale() == 3) {
            v = v.setScale(4);
        }
        return v.toPlainString();
    }

    /**
     * A JSON-LD amount.
     *
     * @param number its value, or null when its text cannot be read as a number
     * @param published the amount as published
     */
    private record Amount(BigDecimal number, String published) {

        /** The figure the salary text shows: the number, else the published text for the rules. */
        String figure() {
            return number != null ? plain(number) : published;
        }

        boolean sameAs(Amount other) {
            return number != null && other.number != null ? number.compareTo(other.number) == 0
                    : published.equals(other.published);
        }
    }

    /** The amount of a JSON number or text, or null when absent or empty. */
    private static Amount amount(JsonNode n) {
        if (n == null || n.isNull() || !(n.isNumber() || n.isTextual())) {
            return null;
        }
        if (n.isNumber()) {
            return new Amount(n.decimalValue(), n.asText());
        }
        String t = n.asText().strip();
        return t.isEmpty() ? null : new Amount(number(t), t);
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d{1,3}(\\.\\d{3})*|\\d+");

    /**
     * A number as boards write it in text: spaces (no-break ones too) and apostrophes between
     * digits are left out; a comma or dot followed by exactly three digits, or found more than once,
     * groups thousands ({@code 45,000}, {@code 45.000}, {@code 1,234,567}), else it is the decimal
     * point ({@code 45,5}, {@code 11.88}); with both, the last one is the decimal point ({@code
     * 45,000.00}, {@code 45.000,50}); a final {@code k} or {@code K} means thousands ({@code 45k},
     * {@code 45.5k}). Null when the text is none of these.
     */
    static BigDecimal number(String text) {
        String t = text.replaceAll("[\\s\\u00A0\\u202F\\u2009'\\u2019]", "");
        BigDecimal unit = BigDecimal.ONE;
        if (t.endsWith("k") || t.endsWith("K")) {
            unit = BigDecimal.valueOf(1000);
            t = t.substring(0, t.length() - 1);
        }
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        int last = Math.max(comma, dot);
        int point = -1;
        if (comma >= 0 && dot >= 0) {
            point = last;
        } else if (last >= 0 && t.indexOf(t.charAt(last)) == last && t.length() - last - 1 != 3) {
            point = last;
        }
        String whole = point < 0 ? t : t.substring(0, point);
        String decimals = point < 0 ? "" : t.substring(point + 1);
        if (!GROUPED.matcher(whole).matches() || !decimals.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String digits = whole.replace(",", "").replace(".", "");
        return new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals).multiply(unit);
    }
}
