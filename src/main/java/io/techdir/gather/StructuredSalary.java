package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON-LD {@code baseSalary} (or {@code estimatedSalary}) as text the salary parser reads
 * exactly, plus the exact values as attributes. A {@code MonetaryAmount} with a {@code
 * QuantitativeValue} ({@code minValue}, {@code maxValue} or {@code value}, {@code unitText} HOUR,
 * DAY, WEEK, MONTH or YEAR) gives {@code "45000-55000 EUR per year"}, {@code "450 EUR per day"},
 * {@code "from 45000 EUR per year"} or {@code "up to 60000 EUR per year"}; a plain text or number
 * is kept as published. Pure.
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

    /** The salary of a {@code baseSalary} value, if it carries one. */
    static Optional<StructuredSalary> of(JsonNode salary) {
        JsonNode s = salary;
        if (s == null || s.isMissingNode() || s.isNull()) {
            return Optional.empty();
        }
        if (s.isArray()) {
            s = s.size() == 0 ? null : s.get(0);
            return s == null ? Optional.empty() : of(s);
        }
        if (s.isTextual() || s.isNumber()) {
            String text = s.asText().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(new StructuredSalary(text, Map.of()));
        }
        if (!s.isObject()) {
            return Optional.empty();
        }
        String currency = text(s.path("currency"));
        JsonNode value = s.path("value");
        String unit = text(value.path("unitText"));
        if (unit == null) {
            unit = text(s.path("unitText"));
        }
        BigDecimal min;
        BigDecimal max;
        if (value.isObject()) {
            min = number(value.path("minValue"));
            max = number(value.path("maxValue"));
            BigDecimal single = number(value.path("value"));
            if (min == null && max == null) {
                min = single;
                max = single;
            }
            if (currency == null) {
                currency = text(value.path("currency"));
            }
        } else {
            min = number(value);
            max = min;
            if (min == null) {
                min = number(s.path("minValue"));
                max = number(s.path("maxValue"));
            }
        }
        if (min == null && max == null) {
            String raw = value.isTextual() ? value.asText().strip() : null;
            return raw == null || raw.isEmpty() ? Optional.empty()
                    : Optional.of(new StructuredSalary(raw, currency == null ? Map.of()
                    : Map.of("currency", currency.toUpperCase(Locale.ROOT))));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String cur = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        String period = unit == null ? null : UNITS.get(unit.strip().toUpperCase(Locale.ROOT));
        StringBuilder text = new StringBuilder();
        if (min != null && max != null && min.compareTo(max) != 0) {
            text.append(plain(min)).append('-').append(plain(max));
        } else if (min != null && max != null) {
            text.append(plain(min));
        } else if (min != null) {
            text.append("from ").append(plain(min));
        } else {
            text.append("up to ").append(plain(max));
        }
        if (cur != null) {
            text.append(' ').append(cur);
        }
        if (period != null) {
            text.append(" per ").append(period);
        }
        if (min != null) {
            attributes.put("salary_min", plain(min));
        }
        if (max != null) {
            attributes.put("salary_max", plain(max));
        }
        if (cur != null) {
            attributes.put("salary_currency", cur);
            attributes.put("currency", cur);
        }
        if (unit != null) {
            attributes.put("salary_unit", unit.strip().toUpperCase(Locale.ROOT));
        }
        return Optional.of(new StructuredSalary(text.toString(), attributes));
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

    private static BigDecimal number(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            String t = n.asText().replaceAll("[\\s\\u00A0\\u202F]", "");
            if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
                t = t.replace(',', '.');
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || !n.isValueNode() || n.isNull()) {
            return null;
        }
        String t = n.asText().strip();
        return t.isEmpty() ? null : t;
    }
}
