package io.techdir.report;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.spark.sql.types.DataTypes;

/**
 * Streams posting rows into one sheet: header = {@link PostingSchema#names()}, one row per
 * posting, {@code url} as a hyperlink (up to Excel's per-sheet limit), {@code *_eur} columns in
 * the EUR format, {@code *_years} in the years format, other numbers General, frozen header,
 * autofilter and verdict highlights on the {@code baseline_*} columns; printed landscape with the
 * header row repeated on every page ({@link PrintLayout#postings}).
 *
 * <p>The rows do not go through POI's cell objects (about 2 µs a cell): a {@link RowXmlWriter}
 * writes their XML, deflated on the fly into a temporary file ({@link WrittenSheet}); POI keeps
 * the rest of the sheet (views, columns, autofilter, conditional formatting) and the cell
 * styles, created once. Cell values follow {@link CellWriter}: text as inline strings (never a
 * formula; formula-like text quote-prefixed), numbers with the column's number style, NaN,
 * infinities and null as no cell. Nothing is kept per row but its hyperlink (row, column,
 * address) values, at most 65 530, so memory stays bounded.
 */
final class PostingsSheetWriter {

    /** Postings a sheet can hold under its header row (Excel: 1 048 576 rows). */
    static final int MAX_POSTINGS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private PostingsSheetWriter() {
    }

    /** Writes the sheet; returns the number of postings written. */
    static long write(StreamingWorkbook wb, String sheetName, Iterator<org.apache.spark.sql.Row> postings,
            SheetStyles styles, String where) throws IOException {
        Sheet sheet = wb.createSheet(sheetName);
        List<PostingSchema.Column> columns = PostingSchema.columns();
        int width = columns.size();
        ValueFormat[] formats = new ValueFormat[width];
        int[] numberStyles = new int[width];
        Hyperlinks links = wb.links(sheet);
        ColumnWidths widths = new ColumnWidths(width);
        WrittenSheet written = wb.writtenSheet(sheet);
        Cells cells = new Cells(new RowXmlWriter(written.rows(), width), styles, links);

        cells.xml.startRow(0);
        int headerStyle = index(styles.header);
        for (int c = 0; c < width; c++) {
            PostingSchema.Column column = columns.get(c);
            formats[c] = format(column);
            numberStyles[c] = formats[c].numeric() ? index(styles.format(formats[c])) : 0;
            widths.see(c, cells.xml.text(c, column.name(), headerStyle));
        }
        cells.xml.endRow();
        int r = 0;
        while (postings.hasNext()) {
            org.apache.spark.sql.Row posting = postings.next();
            if (posting.size() != width) {
                throw new IllegalArgumentException(where + ": posting row " + (r + 1) + " has " + posting.size()
                        + " values; expected " + width + " (PostingSchema.names())");
            }
            if (r == MAX_POSTINGS) {
                throw new IllegalStateException(where + ": more than " + MAX_POSTINGS
                        + " postings; expected at most Excel's sheet limit (the postings CSV has them all)");
            }
            cells.xml.startRow(++r);
            for (int c = 0; c < width; c++) {
                widths.see(c, cells.put(r, c, posting.get(c), formats[c], numberStyles[c]));
            }
            cells.xml.endRow();
        }
        cells.xml.finish();
        written.rows().finish();
        String lastColumn = CellReference.convertNumToColString(width - 1);
        written.dimension("A1:" + lastColumn + (r + 1));
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, width - 1));
        for (int c = 0; c < width; c++) {
            if (VerdictHighlights.applies(columns.get(c).name())) {
                VerdictHighlights.apply(sheet, c, 1, r);
            }
        }
        widths.apply(sheet);
        PrintLayout.postings(sheet);
        return r;
    }

    private static int index(CellStyle style) {
        return style == null ? 0 : style.getIndex();
    }

    private static ValueFormat format(PostingSchema.Column column) {
        String name = column.name();
        if (name.equals(PostingSchema.URL)) {
            return ValueFormat.URL;
        }
        if (DataTypes.DoubleType.equals(column.type())) {
            if (name.endsWith("_eur")) {
                return ValueFormat.EUR;
            }
            if (name.endsWith("_years")) {
                return ValueFormat.YEARS;
            }
        }
        // Other numbers (salary_min: 11.88 an hour or 45 000 a year) stay General.
        return ValueFormat.TEXT;
    }

    /** One value into one cell, as {@link CellWriter#put} does through POI. */
    private static final class Cells {
        final RowXmlWriter xml;
        private final Hyperlinks links;
        private final int link;
        private final int quoted;
        private final int suppressed;
        private final int date;

        Cells(RowXmlWriter xml, SheetStyles styles, Hyperlinks links) {
            this.xml = xml;
            this.links = links;
            this.link = index(styles.link);
            this.quoted = index(styles.quotedText);
            this.suppressed = index(styles.suppressed);
            this.date = index(styles.format(ValueFormat.DATE));
        }

        /** Writes a value; returns the displayed length (0 for no cell). */
        int put(int row, int column, Object value, ValueFormat format, int numberStyle) {
            if (value == null) {
                return 0;
            }
            if (value instanceof String s) {
                return text(row, column, s, format);
            }
            if (value instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return 0;
                }
                xml.number(column, d, numberStyle);
                return CellWriter.numberWidth(d, format);
            }
            if (value instanceof Boolean b) {
                xml.bool(column, b);
                return 5;
            }
            if (value instanceof Suppressed) {
                return xml.text(column, Suppressed.LABEL, suppressed);
            }
            if (value instanceof LocalDate d) {
                xml.number(column, DateUtil.getExcelDate(d), date);
                return 10;
            }
            if (value instanceof java.sql.Date d) {
                xml.number(column, DateUtil.getExcelDate(d.toLocalDate()), date);
                return 10;
            }
            if (value instanceof java.sql.Timestamp t) {
                xml.number(column, DateUtil.getExcelDate(t.toLocalDateTime()), date);
                return 10;
            }
            if (value instanceof LocalDateTime t) {
                xml.number(column, DateUtil.getExcelDate(t), date);
                return 10;
            }
            return text(row, column, value.toString(), ValueFormat.TEXT);
        }

        private int text(int row, int column, String s, ValueFormat format) {
            String shown = s.length() <= CellWriter.MAX_TEXT ? s : CellWriter.cut(s);
            int style = 0;
            if (format == ValueFormat.URL && links.link(row, column, s)) {
                style = link;
            } else if (CsvSafety.dangerous(shown)) {
                style = quoted;
            }
            return xml.text(column, shown, style);
        }
    }
}
