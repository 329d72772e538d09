package io.techdir.posting;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The period a salary amount is stated for. */
public enum SalaryPeriod {
    HOUR, DAY, WEEK, MONTH, YEAR;

    /**
     * Periods named in a text: names of this enum, comma-separated, any case ("HOUR", "hour,
     * month"); none for null or blank. A source mapping's {@code salary_truncated_periods} is read
     * with it when the mapping is loaded, and again by the salary rules.
     *
     * @throws IllegalArgumentException naming the value when a name is not a period
     */
    public static Set<SalaryPeriod> setOf(String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        Set<SalaryPeriod> out = EnumSet.noneOf(SalaryPeriod.class);
        for (String name : names.split(",")) {
            try {
                out.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("period '" + name.strip() + "' in '" + names
                        + "'; expected HOUR, DAY, WEEK, MONTH or YEAR", e);
            }
        }
        return out;
    }
}
