package io.techdir.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one {@link Table} as a sheet: header labels in the language (long ones wrap), frozen
 * header row, autofilter over header and data, number styles by column format, verdict
 * highlights, bounded column widths with long text columns wrapped ({@link TableLayout}), then
 * one empty row and the notes, each merged across the table's width and wrapped, then the
 * table's charts ({@link ChartWriter}), then the table's blocks in the same way, each under a
 * title row, the column widths fitting them all. The sheet prints landscape, one page wide,
 * header row repeated ({@link PrintLayout#table}).
 */
final class TableSheetWriter {

    private TableSheetWriter() {
    }

    static TableArea write(StreamingWorkbook wb, Table table, Language language, SheetStyles styles) {
        String sheetName = table.sheet(language);
        Sheet sheet = wb.createSheet(sheetName);
        TableLayout layout = TableLayout.of(table, language);
        for (Table block : table.blocks()) {
            layout = TableLayout.merge(layout, TableLayout.of(block, language));
        }
        int[] area = block(wb, sheet, table, language, styles, layout, 0);
        int lastDataRow = area[0];
        int lastColumn = table.columns().size() - 1;
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastDataRow, 0, lastColumn));
        layout.apply(sheet);
        PrintLayout.table(sheet);
        int next = area[1];
        for (Table block : table.blocks()) {
            int top = next + 1;
            Row title = sheet.createRow(top);
            Cell cell = title.createCell(0);
            cell.setCellValue(block.sheet(language));
            cell.setCellStyle(styles.header);
            next = block(wb, sheet, block, language, styles, layout, top + 1)[1];
        }
        return new TableArea(sheetName, 0, lastDataRow, lastColumn);
    }

    /**
     * Writes a table's header from row {@code headerRow}, its rows, notes and charts; returns the
     * last data row and the first free row under everything written.
     */
    private static int[] block(StreamingWorkbook wb, Sheet sheet, Table table, Language language,
            SheetStyles styles, TableLayout layout, int headerRow) {
        List<TableColumn> columns = table.columns();
        CellWriter cells = new CellWriter(styles);
        Hyperlinks links = wb.links(sheet);
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).label(language));
            cell.setCellStyle(styles.header);
        }
        lines(header, layout.headerLines(table, language));
        int r = headerRow + 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                TableColumn column = columns.get(c);
                cells.put(row, c, values.get(c), column.format(), links);
                if (layout.wrapped(c) && row.getCell(c) != null) {
                    wrap(row.getCell(c), styles);
                }
            }
            lines(row, layout.rowLines(values));
        }
        int lastDataRow = r - 1;
        int lastColumn = Math.max(columns.size() - 1, layout.columns() - 1);
        if (!table.notes().isEmpty()) {
            r++;
            for (String note : table.notes()) {
                Row row = sheet.createRow(r++);
                Cell cell = row.createCell(0);
                cells.text(cell, note, ValueFormat.TEXT, null);
                boolean quoted = cell.getCellStyle().getIndex() != 0;
                cell.setCellStyle(quoted ? styles.noteWrappedQuoted : styles.noteWrapped);
                if (lastColumn > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastColumn));
                }
                lines(row, TableLayout.lines(note, layout.totalChars() - 1));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (VerdictHighlights.applies(columns.get(c).name())) {
                VerdictHighlights.apply(sheet, c, headerRow + 1, lastDataRow);
            }
        }
        int next = r;
        if (!table.charts().isEmpty()) {
            next = ChartWriter.draw(wb.getXSSFWorkbook().getSheet(sheet.getSheetName()), table, language, headerRow,
                    r + 1, layout);
        }
        return new int[] {lastDataRow, next};
    }

    private static void wrap(Cell cell, SheetStyles styles) {
        CellStyle current = cell.getCellStyle();
        if (current.getIndex() == 0) {
            cell.setCellStyle(styles.wrapped);
        } else if (current.getIndex() == styles.quotedText.getIndex()) {
            cell.setCellStyle(styles.wrappedQuoted);
        }
    }

    private static void lines(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * TableLayout.LINE_POINTS);
        }
    }
}
