package io.techdir.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one {@link Table} as a sheet: header labels in the language, frozen header row,
 * autofilter over header and data, number styles by column format, verdict highlights,
 * bounded column widths, then one empty row and the notes.
 */
final class TableSheetWriter {

    private TableSheetWriter() {
    }

    static TableArea write(StreamingWorkbook wb, Table table, Language language, SheetStyles styles) {
        String sheetName = table.sheet(language);
        Sheet sheet = wb.createSheet(sheetName);
        List<TableColumn> columns = table.columns();
        CellWriter cells = new CellWriter(styles);
        Hyperlinks links = wb.links(sheet);
        ColumnWidths widths = new ColumnWidths(columns.size());

        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            String label = columns.get(c).label(language);
            cell.setCellValue(label);
            cell.setCellStyle(styles.header);
            widths.see(c, label.length());
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                TableColumn column = columns.get(c);
                widths.see(c, cells.put(row, c, values.get(c), column.format(), links));
            }
        }
        int lastDataRow = r - 1;
        if (!table.notes().isEmpty()) {
            r++;
            for (String note : table.notes()) {
                Cell cell = sheet.createRow(r++).createCell(0);
                cells.text(cell, note, ValueFormat.TEXT, null);
                if (cell.getCellStyle().getIndex() == 0) {
                    cell.setCellStyle(styles.note);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastDataRow, 0, columns.size() - 1));
        for (int c = 0; c < columns.size(); c++) {
            if (VerdictHighlights.applies(columns.get(c).name())) {
                VerdictHighlights.apply(sheet, c, 1, lastDataRow);
            }
        }
        widths.apply(sheet);
        return new TableArea(sheetName, 0, lastDataRow, columns.size() - 1);
    }
}
