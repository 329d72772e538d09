package io.techdir.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A small report table: one CSV file ({@code <name>.csv}) and one workbook sheet.
 *
 * <p>Cells hold {@link String}, {@link Long} or {@link Integer}, {@link Double}, {@link Figure} (a
 * number in a format of its own), {@link Boolean}, {@link LocalDate}, {@link Suppressed#INSTANCE}
 * or null (empty); a row has one cell per
 * column. The compact constructor checks both and names the table, the row (counted from 1)
 * and the column. Sheet names are checked against Excel's rules (1 to 31 characters, none of
 * {@code [ ] : * ? / \}, no leading or trailing apostrophe). Everything is copied: the table is
 * immutable.
 *
 * @param name file stem of the CSV and table identity, snake_case (e.g. {@code salary_spread})
 * @param sheetFr sheet name in French workbooks
 * @param sheetEn sheet name in English workbooks
 * @param columns the columns, at least one, names unique
 * @param rows the rows, each with one cell per column
 * @param notes lines written under the table in the workbook (sources, parameters, caveats)
 * @param charts native charts drawn under the notes in the workbook (the CSV ignores them); the
 *     columns they name must exist
 * @param blocks further tables written on the same sheet, under this one's charts, each under
 *     a title row (its sheet name in the language); the CSV ignores them (each block is a table
 *     of its own, written to its own CSV by whoever made it). Blocks have no blocks.
 */
public record Table(String name, String sheetFr, String sheetEn, List<TableColumn> columns,
        List<List<Object>> rows, List<String> notes, List<ChartSpec> charts, List<Table> blocks) {

    /** Excel's limit on the length of a sheet name. */
    public static final int MAX_SHEET_NAME = 31;

    private static final String SHEET_FORBIDDEN = "[]:*?/\\";

    public Table {
        Objects.requireNonNull(name, "name");
        if (!TableColumn.SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("table name '" + name + "'; expected snake_case [a-z][a-z0-9_]*");
        }
        checkSheetName(name, "sheetFr", sheetFr);
        checkSheetName(name, "sheetEn", sheetEn);
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + name + "': no columns; expected at least one");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (TableColumn c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table '" + name + "': column '" + c.name()
                        + "' appears twice; expected unique column names");
            }
        }
        rows = copyRows(name, columns, Objects.requireNonNull(rows, "rows"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        charts = List.copyOf(Objects.requireNonNull(charts, "charts"));
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        for (Table b : blocks) {
            if (!b.blocks().isEmpty()) {
                throw new IllegalArgumentException("table '" + name + "': block '" + b.name()
                        + "' has blocks of its own; expected one level of blocks");
            }
        }
        for (ChartSpec chart : charts) {
            for (String column : chart.columnsUsed()) {
                if (!seen.contains(column)) {
                    throw new IllegalArgumentException("table '" + name + "': chart '" + chart.titleEn()
                            + "' names column '" + column + "'; expected one of the table's columns " + seen);
                }
            }
        }
    }

    /** A table without blocks. */
    public Table(String name, String sheetFr, String sheetEn, List<TableColumn> columns, List<List<Object>> rows,
            List<String> notes, List<ChartSpec> charts) {
        this(name, sheetFr, sheetEn, columns, rows, notes, charts, List.of());
    }

    /** A table without charts. */
    public Table(String name, String sheetFr, String sheetEn, List<TableColumn> columns, List<List<Object>> rows,
            List<String> notes) {
        this(name, sheetFr, sheetEn, columns, rows, notes, List.of(), List.of());
    }

    /** This table with one more block written under it on its sheet. */
    public Table withBlock(Table block) {
        List<Table> all = new ArrayList<>(blocks);
        all.add(block);
        return new Table(name, sheetFr, sheetEn, columns, rows, notes, charts, all);
    }

    /** The index of a column by name, or -1. */
    int columnIndex(String columnName) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(columnName)) {
                return c;
            }
        }
        return -1;
    }

    /** The sheet name in a language. */
    public String sheet(Language language) {
        return language == Language.FR ? sheetFr : sheetEn;
    }

    /** Starts a table: add columns, rows and notes, then {@link Builder#build()}. */
    public static Builder builder(String name, String sheetFr, String sheetEn) {
        return new Builder(name, sheetFr, sheetEn);
    }

    private static void checkSheetName(String table, String field, String sheet) {
        if (sheet == null || sheet.isBlank()) {
            throw new IllegalArgumentException("table '" + table + "': " + field + " '" + sheet + "'; expected a sheet name");
        }
        if (sheet.length() > MAX_SHEET_NAME) {
            throw new IllegalArgumentException("table '" + table + "': " + field + " '" + sheet + "' has "
                    + sheet.length() + " characters; expected at most " + MAX_SHEET_NAME + " (Excel's limit)");
        }
        for (int i = 0; i < sheet.length(); i++) {
            if (SHEET_FORBIDDEN.indexOf(sheet.charAt(i)) >= 0) {
                throw new IllegalArgumentException("table '" + table + "': " + field + " '" + sheet
                        + "' contains '" + sheet.charAt(i) + "'; expected none of " + SHEET_FORBIDDEN);
            }
        }
        if (sheet.startsWith("'") || sheet.endsWith("'")) {
            throw new IllegalArgumentException("table '" + table + "': " + field + " '" + sheet
                    + "' starts or ends with an apostrophe; expected none there");
        }
    }

    private static List<List<Object>> copyRows(String table, List<TableColumn> columns, List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = Objects.requireNonNull(rows.get(r), () -> "table '" + table + "': row is null");
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + table + "': row " + (r + 1) + " has " + row.size()
                        + " cells; expected " + columns.size() + " (one per column)");
            }
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (!allowed(v)) {
                    throw new IllegalArgumentException("table '" + table + "': row " + (r + 1) + " column '"
                            + columns.get(c).name() + "' holds " + v.getClass().getName() + " '" + v
                            + "'; expected String, Long, Integer, Double, Figure, Boolean, LocalDate, Suppressed or null");
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }

    private static boolean allowed(Object v) {
        return v == null || v instanceof String || v instanceof Long || v instanceof Integer
                || v instanceof Double || v instanceof Figure || v instanceof Boolean || v instanceof LocalDate || v instanceof Suppressed;
    }

    /** Builds a {@link Table} column by column and row by row; {@link #build()} validates. */
    public static final class Builder {

        private final String name;
        private final String sheetFr;
        private final String sheetEn;
        private final List<TableColumn> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();

        private Builder(String name, String sheetFr, String sheetEn) {
            this.name = name;
            this.sheetFr = sheetFr;
            this.sheetEn = sheetEn;
        }

        /** Adds a column. */
        public Builder column(String columnName, String labelFr, String labelEn, ValueFormat format) {
            columns.add(new TableColumn(columnName, labelFr, labelEn, format));
            return this;
        }

        /** Adds a row, one cell per column (nulls allowed). */
        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells.clone()));
            return this;
        }

        /** Adds a row, one cell per column (nulls allowed). */
        public Builder row(List<?> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /** Adds a note line, written under the table. */
        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /** Adds a native chart, drawn under the notes in the workbook (in the order added). */
        public Builder chart(ChartSpec chart) {
            charts.add(Objects.requireNonNull(chart, "chart"));
            return this;
        }

        /** The table; throws as the {@link Table} constructor does. */
        public Table build() {
            return new Table(name, sheetFr, sheetEn, columns, rows, notes, charts, List.of());
        }
    }
}
