package io.techdir.report;

import io.techdir.posting.PostingSchema;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Red/green conditional formatting on verdict columns: a column named {@code verdict},
 * {@code *_verdict} or {@code baseline_*}. Red (Excel's "light red fill with dark red text")
 * for {@link #RED} values, green ("green fill with dark green text") for {@link #GREEN}
 * values; other values stay plain. One rule pair per column covers any number of rows
 * (nothing is stored per row), so it costs nothing on a streamed sheet.
 */
final class VerdictHighlights {

    /** Values that contradict the baseline: a market verdict or a posting's baseline flag. */
    static final List<String> RED = List.of("CONTRADICTED", "BELOW");

    /** Values that support the baseline: a market verdict or a posting's baseline flag. */
    static final List<String> GREEN = List.of("SUPPORTED", "AT_OR_ABOVE", "WITHIN", "MATCHES");

    static final byte[] RED_FILL = rgb(0xFF, 0xC7, 0xCE);
    static final byte[] RED_TEXT = rgb(0x9C, 0x00, 0x06);
    static final byte[] GREEN_FILL = rgb(0xC6, 0xEF, 0xCE);
    static final byte[] GREEN_TEXT = rgb(0x00, 0x61, 0x00);

    private VerdictHighlights() {
    }

    /** Whether a column, by its name, holds verdicts. */
    static boolean applies(String columnName) {
        // Not baseline_scope: a boolean, not a verdict; and LibreOffice (7.x/24.x) fails to open a
        // sheet whose boolean column carries these string-comparing rules.
        return columnName.equals("verdict") || columnName.endsWith("_verdict")
                || (columnName.startsWith("baseline_") && !columnName.equals(PostingSchema.BASELINE_SCOPE));
    }

    /** Adds the red and green rules to rows {@code firstRow..lastRow} (0-based) of a column. */
    static void apply(Sheet sheet, int column, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String topLeft = new CellReference(firstRow, column, false, false).formatAsString();
        ConditionalFormattingRule red = rule(cf, anyOf(topLeft, RED), RED_FILL, RED_TEXT);
        ConditionalFormattingRule green = rule(cf, anyOf(topLeft, GREEN), GREEN_FILL, GREEN_TEXT);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, column, column)},
                new ConditionalFormattingRule[] {red, green});
    }

    /** {@code OR(C2="CONTRADICTED",C2="BELOW")}: relative to the range's top-left cell. */
    static String anyOf(String cell, List<String> values) {
        return values.stream().map(v -> cell + "=\"" + v + "\"").collect(Collectors.joining(",", "OR(", ")"));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String formula, byte[] fill,
            byte[] text) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        PatternFormatting p = rule.createPatternFormatting();
        p.setFillBackgroundColor(new XSSFColor(fill));
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontColor(new XSSFColor(text));
        return rule;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
