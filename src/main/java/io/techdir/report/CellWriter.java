package io.techdir.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one value into a workbook cell. Text always goes into a string cell (never a formula;
 * a text starting like a formula is also quote-prefixed, so that editing it keeps it text);
 * numbers go into numeric cells with the column's number style; NaN, infinities and null leave
 * the cell empty. Returns the displayed length, for column widths.
 */
final class CellWriter {

    /** Excel's limit on the characters of one cell; longer text is cut and ends with "…". */
    static final int MAX_TEXT = 32_767;

    private final SheetStyles styles;

    CellWriter(SheetStyles styles) {
        this.styles = styles;
    }

    /**
     * Writes {@code value} in column {@code column} of {@code row}.
     *
     * @param format the column's format; a non-numeric format shows numbers as General
     * @param links the sheet's hyperlinks, used for {@link ValueFormat#URL} text
     * @return the approximate displayed length in characters (0 for an empty cell)
     */
    int put(Row row, int column, Object value, ValueFormat format, Hyperlinks links) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String s) {
            return text(row.createCell(column), s, format, links);
        }
        if (value instanceof Suppressed) {
            Cell cell = row.createCell(column);
            cell.setCellValue(Suppressed.LABEL);
            cell.setCellStyle(styles.suppressed);
            return Suppressed.LABEL.length();
        }
        if (value instanceof Boolean b) {
            row.createCell(column).setCellValue(b);
            return 5;
        }
        if (value instanceof Figure f) {
            return put(row, column, f.value(), f.format(), links);
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return 0;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(d);
            CellStyle style = format.numeric() ? styles.format(format) : null;
            if (style != null) {
                cell.setCellStyle(style);
            }
            return numberWidth(d, format);
        }
        if (value instanceof LocalDate date) {
            return date(row.createCell(column), date);
        }
        if (value instanceof java.sql.Date date) {
            return date(row.createCell(column), date.toLocalDate());
        }
        if (value instanceof java.sql.Timestamp t) {
            Cell cell = row.createCell(column);
            cell.setCellValue(t.toLocalDateTime());
            cell.setCellStyle(styles.format(ValueFormat.DATE));
            return 10;
        }
        if (value instanceof LocalDateTime t) {
            Cell cell = row.createCell(column);
            cell.setCellValue(t);
            cell.setCellStyle(styles.format(ValueFormat.DATE));
            return 10;
        }
        return text(row.createCell(column), value.toString(), ValueFormat.TEXT, links);
    }

    /**
     * The displayed length of a value in characters, as {@link #put} returns it, without writing
     * it (0 for an empty cell).
     */
    static int width(Object value, ValueFormat format) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String s) {
            return longestLine(s.length() <= MAX_TEXT ? s : cut(s));
        }
        if (value instanceof Suppressed) {
            return Suppressed.LABEL.length();
        }
        if (value instanceof Boolean) {
            return 5;
        }
        if (value instanceof Figure f) {
            return width(f.value(), f.format());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? 0 : numberWidth(d, format);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof java.util.Date) {
            return 10;
        }
        return longestLine(value.toString());
    }

    /** Writes a text cell (never a formula). */
    int text(Cell cell, String s, ValueFormat format, Hyperlinks links) {
        String shown = s.length() <= MAX_TEXT ? s : cut(s);
        cell.setCellValue(shown);
        if (format == ValueFormat.URL && links != null && links.link(cell.getRowIndex(), cell.getColumnIndex(), s)) {
            cell.setCellStyle(styles.link);
        } else if (CsvSafety.dangerous(shown)) {
            cell.setCellStyle(styles.quotedText);
        }
        return longestLine(shown);
    }

    private int date(Cell cell, LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(styles.format(ValueFormat.DATE));
        return 10;
    }

    static String cut(String s) {
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    private static int longestLine(String s) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    static int numberWidth(double d, ValueFormat format) {
        int digits = Long.toString(Math.round(Math.abs(d))).length() + (d < 0 ? 1 : 0);
        return switch (format) {
            case INTEGER -> digits + digits / 3;
            case DECIMAL -> digits + digits / 3 + 2;
            case EUR -> digits + digits / 3 + 2;
            case PERCENT -> 7;
            case YEARS -> digits + 2;
            default -> Math.min(Double.toString(d).length(), 15);
        };
    }
}
