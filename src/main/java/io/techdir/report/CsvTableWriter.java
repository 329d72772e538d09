package io.techdir.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as CSV: a header of column names ({@link TableColumn#name()}), then
 * one record per row, cells as {@link CsvDialect} says (plain numbers, text neutralized by
 * {@link CsvSafety}, {@link Suppressed} as {@value Suppressed#LABEL}). Notes are not written:
 * the CSV is data; notes go to the workbook.
 */
public final class CsvTableWriter {

    private CsvTableWriter() {
    }

    /** Writes the table to {@code file} (parent folders created, an existing file replaced). */
    public static void write(Table table, Path file, CsvDialect dialect) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(dialect, "dialect");
        List<String> header = table.columns().stream().map(TableColumn::name).toList();
        try (CSVPrinter printer = CsvFiles.open(file, dialect, header)) {
            List<String> cells = new ArrayList<>(header.size());
            for (List<Object> row : table.rows()) {
                cells.clear();
                for (Object v : row) {
                    cells.add(CsvCells.text(v, dialect));
                }
                printer.printRecord(cells);
            }
        }
    }
}
