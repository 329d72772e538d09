package io.techdir.report;

import io.techdir.posting.PostingSchema;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.spark.sql.types.DataTypes;

/**
 * Streams posting rows into one sheet: header = {@link PostingSchema#names()}, one row per
 * posting, {@code url} as a hyperlink (up to Excel's per-sheet limit), {@code *_eur} columns in
 * the EUR format, {@code *_years} in the years format, other numbers General, frozen header,
 * autofilter and verdict highlights on the {@code baseline_*} columns. Nothing is kept per row
 * but its hyperlink (row, column, address) values, at most 65 530; rows go to SXSSF's
 * temporary file, so memory stays bounded.
 */
final class PostingsSheetWriter {

    /** Postings a sheet can hold under its header row (Excel: 1 048 576 rows). */
    static final int MAX_POSTINGS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private PostingsSheetWriter() {
    }

    /** Writes the sheet; returns the number of postings written. */
    static long write(StreamingWorkbook wb, String sheetName, Iterator<org.apache.spark.sql.Row> postings,
            SheetStyles styles, String where) {
        Sheet sheet = wb.createSheet(sheetName);
        List<PostingSchema.Column> columns = PostingSchema.columns();
        int width = columns.size();
        ValueFormat[] formats = new ValueFormat[width];
        CellWriter cells = new CellWriter(styles);
        Hyperlinks links = wb.links(sheet);
        ColumnWidths widths = new ColumnWidths(width);

        Row header = sheet.createRow(0);
        for (int c = 0; c < width; c++) {
            PostingSchema.Column column = columns.get(c);
            formats[c] = format(column);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.name());
            cell.setCellStyle(styles.header);
            widths.see(c, column.name().length());
        }
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
            Row row = sheet.createRow(++r);
            for (int c = 0; c < width; c++) {
                widths.see(c, cells.put(row, c, posting.get(c), formats[c], links));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, width - 1));
        for (int c = 0; c < width; c++) {
            if (VerdictHighlights.applies(columns.get(c).name())) {
                VerdictHighlights.apply(sheet, c, 1, r);
            }
        }
        widths.apply(sheet);
        return r;
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
}
