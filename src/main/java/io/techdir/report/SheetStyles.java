package io.techdir.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once (Excel allows ~64 000 styles; creating one per
 * cell would exhaust them and bloat the file).
 */
final class SheetStyles {

    final CellStyle header;
    final CellStyle quotedText;
    final CellStyle link;
    final CellStyle suppressed;
    final CellStyle note;
    /** A note merged across the table width: italic, wrapped, top-aligned. */
    final CellStyle noteWrapped;
    /** {@link #noteWrapped}, quote-prefixed (a note that reads like a formula start). */
    final CellStyle noteWrappedQuoted;
    /** Text in a wrapped column: wrapped, top-aligned. */
    final CellStyle wrapped;
    /** {@link #wrapped}, quote-prefixed. */
    final CellStyle wrappedQuoted;
    private final Map<ValueFormat, CellStyle> formats = new EnumMap<>(ValueFormat.class);

    SheetStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        // Long labels wrap over two lines rather than widening a column of short numbers.
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        // A text that a spreadsheet could read as a formula start, if someone edits the cell.
        quotedText = wb.createCellStyle();
        quotedText.setQuotePrefixed(true);

        Font blueUnderlined = wb.createFont();
        blueUnderlined.setUnderline(Font.U_SINGLE);
        blueUnderlined.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(blueUnderlined);

        Font greyItalic = wb.createFont();
        greyItalic.setItalic(true);
        greyItalic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        suppressed = wb.createCellStyle();
        suppressed.setFont(greyItalic);
        suppressed.setAlignment(HorizontalAlignment.RIGHT);

        Font italic = wb.createFont();
        italic.setItalic(true);
        note = wb.createCellStyle();
        note.setFont(italic);
        noteWrapped = wrappedStyle(wb, italic, false);
        noteWrappedQuoted = wrappedStyle(wb, italic, true);
        wrapped = wrappedStyle(wb, null, false);
        wrappedQuoted = wrappedStyle(wb, null, true);

        DataFormat df = wb.createDataFormat();
        for (ValueFormat f : ValueFormat.values()) {
            if (f.excelFormat() != null) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(df.getFormat(f.excelFormat()));
                formats.put(f, s);
            }
        }
    }

    private static CellStyle wrappedStyle(Workbook wb, Font font, boolean quoted) {
        CellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setQuotePrefixed(quoted);
        return s;
    }

    /** The number style of a format, or null (General) for a format without a number code. */
    CellStyle format(ValueFormat f) {
        return formats.get(f);
    }
}
