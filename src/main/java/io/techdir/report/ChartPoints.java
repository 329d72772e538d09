package io.techdir.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What one {@link ChartSpec} plots from one {@link Table} written on a sheet: category labels,
 * and per series a name and one value per category (null = left out). Each part also carries
 * the sheet range it was read from, or null when the plotted points are not exactly one
 * contiguous range of cells (rows filtered out between them, a suppressed or empty cell, value
 * columns not side by side): such a part is stored in the chart as a literal, so no reader can
 * plot a text cell as 0. Pure: no POI objects are built here.
 *
 * @param categories category labels
 * @param categoryRef the range of the category labels, or null
 * @param series the series, none empty
 */
record ChartPoints(List<String> categories, String categoryRef, List<Series> series) {

    /**
     * One series.
     *
     * @param name series name
     * @param nameRef the cell holding the name, or null
     * @param values one per category, null where left out
     * @param valuesRef the range of the values, or null
     */
    record Series(String name, String nameRef, List<Double> values, String valuesRef) {
    }

    /** Whether there is anything to draw. */
    boolean isEmpty() {
        return series.isEmpty() || categories.isEmpty();
    }

    /**
     * The points of {@code chart} on {@code table}, whose header is on sheet row {@code headerRow}
     * (0-based) and whose rows follow it.
     */
    static ChartPoints of(Table table, ChartSpec chart, Language language, String sheet, int headerRow) {
        int label = table.columnIndex(chart.labelColumn());
        int[] values = chart.valueColumns().stream().mapToInt(table::columnIndex).toArray();
        List<Integer> kept = keptRows(table, chart, values);
        if (kept.isEmpty()) {
            return new ChartPoints(List.of(), null, List.of());
        }
        return chart.layout() == ChartLayout.SERIES_PER_COLUMN
                ? seriesPerColumn(table, language, sheet, headerRow, label, values, kept)
                : seriesPerRow(table, language, sheet, headerRow, label, values, kept);
    }

    private static ChartPoints seriesPerColumn(Table table, Language language, String sheet, int headerRow,
            int label, int[] values, List<Integer> kept) {
        List<String> categories = new ArrayList<>();
        boolean labelsAreText = true;
        for (int r : kept) {
            Object cell = table.rows().get(r).get(label);
            categories.add(text(cell));
            labelsAreText &= cell instanceof String;
        }
        boolean contiguous = contiguous(kept);
        int first = kept.isEmpty() ? 0 : headerRow + 1 + kept.get(0);
        int last = first + kept.size() - 1;
        String categoryRef = contiguous && labelsAreText ? range(sheet, first, last, label, label) : null;
        List<Series> series = new ArrayList<>();
        for (int c : values) {
            List<Double> points = new ArrayList<>();
            for (int r : kept) {
                points.add(number(table.rows().get(r).get(c)));
            }
            if (points.stream().allMatch(p -> p == null)) {
                continue;
            }
            boolean complete = points.stream().noneMatch(p -> p == null);
            series.add(new Series(table.columns().get(c).label(language), range(sheet, headerRow, headerRow, c, c),
                    points, contiguous && complete ? range(sheet, first, last, c, c) : null));
        }
        return new ChartPoints(categories, categoryRef, series);
    }

    private static ChartPoints seriesPerRow(Table table, Language language, String sheet, int headerRow,
            int label, int[] values, List<Integer> kept) {
        List<String> categories = new ArrayList<>();
        for (int c : values) {
            categories.add(table.columns().get(c).label(language));
        }
        boolean sideBySide = sideBySide(values);
        String categoryRef = sideBySide
                ? range(sheet, headerRow, headerRow, values[0], values[values.length - 1]) : null;
        List<Series> series = new ArrayList<>();
        for (int r : kept) {
            List<Object> row = table.rows().get(r);
            List<Double> points = new ArrayList<>();
            for (int c : values) {
                points.add(number(row.get(c)));
            }
            boolean complete = points.stream().noneMatch(p -> p == null);
            int sheetRow = headerRow + 1 + r;
            Object name = row.get(label);
            series.add(new Series(text(name), name instanceof String ? range(sheet, sheetRow, sheetRow, label, label)
                    : null, points, sideBySide && complete
                            ? range(sheet, sheetRow, sheetRow, values[0], values[values.length - 1]) : null));
        }
        return new ChartPoints(categories, categoryRef, series);
    }

    /** Rows matching the filter with at least one value, at most {@code maxRows}. */
    private static List<Integer> keptRows(Table table, ChartSpec chart, int[] values) {
        List<int[]> filters = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (Map.Entry<String, String> e : chart.where().entrySet()) {
            filters.add(new int[] {table.columnIndex(e.getKey())});
            patterns.add(Pattern.compile(e.getValue()));
        }
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < table.rows().size() && kept.size() < chart.maxRows(); r++) {
            List<Object> row = table.rows().get(r);
            boolean keep = true;
            for (int f = 0; f < filters.size() && keep; f++) {
                keep = patterns.get(f).matcher(text(row.get(filters.get(f)[0]))).matches();
            }
            boolean anyValue = false;
            for (int c : values) {
                anyValue |= number(row.get(c)) != null;
            }
            if (keep && anyValue) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** A plottable number, or null (suppressed, empty, NaN, infinite, not a number). */
    static Double number(Object cell) {
        if (cell instanceof Figure f) {
            return number(f.value());
        }
        if (cell instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }

    /** A cell's text for labels and filters: a String as is, null as "", others by toString. */
    static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    private static boolean contiguous(List<Integer> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i) != rows.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean sideBySide(int[] columns) {
        for (int i = 1; i < columns.length; i++) {
            if (columns[i] != columns[i - 1] + 1) {
                return false;
            }
        }
        return true;
    }

    /** {@code 'Sheet name'!$B$2:$B$9}: absolute, the sheet quoted when needed. */
    static String range(String sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString(sheet, true);
    }
}
