package io.techdir.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

/**
 * The text of one CSV cell: numbers plain (no exponent, no grouping, the dialect's decimal
 * separator, NaN and infinities empty; a {@link Figure} as its number), booleans {@code true}/{@code false}, dates ISO, text
 * neutralized by {@link CsvSafety}, {@link Suppressed} as its label, null empty.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String text(Object value, CsvDialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return CsvSafety.neutralize(s);
        }
        if (value instanceof Suppressed) {
            return Suppressed.LABEL;
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Figure f) {
            return text(f.value(), dialect);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            if (value instanceof Double && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d); // what the BigDecimal path gives for a whole number, faster
            }
            // Float.toString keeps a float's short form (0.1f, not 0.10000000149011612).
            return decimal(new BigDecimal(value instanceof Float f ? Float.toString(f) : Double.toString(d)), dialect);
        }
        if (value instanceof BigDecimal b) {
            return decimal(b, dialect);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return CsvSafety.neutralize(value.toString());
    }

    private static String decimal(BigDecimal b, CsvDialect dialect) {
        String plain = b.stripTrailingZeros().toPlainString();
        return dialect.decimalSeparator() == '.' ? plain : plain.replace('.', dialect.decimalSeparator());
    }
}
