package io.techdir.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A native Excel chart drawn under a {@link Table}'s notes, from some of its rows and columns.
 * Start one with {@link #builder(ChartKind, String, String)}; attach it with
 * {@link Table.Builder#chart(ChartSpec)}. The table checks that the named columns exist.
 *
 * <p>Rows: the table rows whose cells match every {@link #where()} pattern, in table order, at
 * most {@link #maxRows()} of them. Values: a number cell is plotted; a suppressed cell
 * ({@value Suppressed#LABEL}), a null, NaN or any non-number is left out (a gap, never 0). A row
 * with no value left is dropped; a series with no value left is dropped; a chart with no series
 * is not drawn.
 *
 * @param titleFr chart title in French workbooks
 * @param titleEn chart title in English workbooks
 * @param kind bars, columns or lines
 * @param layout series per value column (categories = rows) or series per row (categories =
 *     value columns)
 * @param labelColumn the column labelling each kept row: the category
 *     ({@link ChartLayout#SERIES_PER_COLUMN}) or the series name ({@link ChartLayout#SERIES_PER_ROW})
 * @param valueColumns the plotted columns, at least one, in order; the value axis takes the number
 *     format of the first
 * @param where row filter: column name → regular expression the cell's text must match entirely
 *     (a String as is, a number as {@code Long/Double.toString}, null as ""); empty keeps all rows
 * @param maxRows at most this many kept rows are charted (the first ones), at least 1
 * @param categoryAxisFr category axis title in French; "" for the default (the label column's
 *     header with {@code SERIES_PER_COLUMN}, none otherwise)
 * @param categoryAxisEn category axis title in English; "" for the default
 * @param valueAxisFr value axis title in French; "" for the default (the header of the only value
 *     column with {@code SERIES_PER_COLUMN}, none otherwise)
 * @param valueAxisEn value axis title in English; "" for the default
 */
public record ChartSpec(String titleFr, String titleEn, ChartKind kind, ChartLayout layout, String labelColumn,
        List<String> valueColumns, Map<String, String> where, int maxRows, String categoryAxisFr,
        String categoryAxisEn, String valueAxisFr, String valueAxisEn) {

    /** Default {@link #maxRows()}: enough for the French regions and a few more. */
    public static final int DEFAULT_MAX_ROWS = 25;

    public ChartSpec {
        requireText("titleFr", titleFr);
        requireText("titleEn", titleEn);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layout, "layout");
        requireText("labelColumn", labelColumn);
        valueColumns = List.copyOf(Objects.requireNonNull(valueColumns, "valueColumns"));
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("chart '" + titleEn + "': no value columns; expected at least one");
        }
        where = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(where, "where")));
        for (Map.Entry<String, String> e : where.entrySet()) {
            try {
                Pattern.compile(e.getValue());
            } catch (PatternSyntaxException x) {
                throw new IllegalArgumentException("chart '" + titleEn + "': filter on '" + e.getKey() + "' '"
                        + e.getValue() + "'; expected a regular expression (" + x.getDescription() + ")", x);
            }
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("chart '" + titleEn + "': maxRows '" + maxRows + "'; expected at least 1");
        }
        categoryAxisFr = Objects.requireNonNull(categoryAxisFr, "categoryAxisFr");
        categoryAxisEn = Objects.requireNonNull(categoryAxisEn, "categoryAxisEn");
        valueAxisFr = Objects.requireNonNull(valueAxisFr, "valueAxisFr");
        valueAxisEn = Objects.requireNonNull(valueAxisEn, "valueAxisEn");
    }

    /** The title in a language. */
    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }

    /**
     * Starts a chart description: one series per value column by default; set the label column
     * and the value columns, then {@link Builder#build()}.
     */
    public static Builder builder(ChartKind kind, String titleFr, String titleEn) {
        return new Builder(kind, titleFr, titleEn);
    }

    /** The columns this chart reads (label, values, filters), for the table to check. */
    List<String> columnsUsed() {
        List<String> used = new ArrayList<>();
        used.add(labelColumn);
        used.addAll(valueColumns);
        used.addAll(where.keySet());
        return used;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("chart: " + field + " '" + value + "'; expected a non-blank text");
        }
    }

    /** Builds a {@link ChartSpec}; {@link #build()} validates. */
    public static final class Builder {

        private final ChartKind kind;
        private final String titleFr;
        private final String titleEn;
        private ChartLayout layout = ChartLayout.SERIES_PER_COLUMN;
        private String labelColumn;
        private List<String> valueColumns = List.of();
        private final Map<String, String> where = new LinkedHashMap<>();
        private int maxRows = DEFAULT_MAX_ROWS;
        private String categoryAxisFr = "";
        private String categoryAxisEn = "";
        private String valueAxisFr = "";
        private String valueAxisEn = "";

        private Builder(ChartKind kind, String titleFr, String titleEn) {
            this.kind = kind;
            this.titleFr = titleFr;
            this.titleEn = titleEn;
        }

        /** The column labelling each kept row (category or series name, by layout). */
        public Builder labels(String column) {
            this.labelColumn = column;
            return this;
        }

        /** The plotted columns, in order. */
        public Builder values(String... columns) {
            this.valueColumns = Arrays.asList(columns.clone());
            return this;
        }

        /** Keeps rows whose {@code column} cell equals {@code value} exactly. */
        public Builder where(String column, String value) {
            where.put(column, Pattern.quote(value));
            return this;
        }

        /** Keeps rows whose {@code column} cell text matches {@code regex} entirely. */
        public Builder whereMatches(String column, String regex) {
            where.put(column, regex);
            return this;
        }

        /** At most this many kept rows are charted (default {@value ChartSpec#DEFAULT_MAX_ROWS}). */
        public Builder maxRows(int max) {
            this.maxRows = max;
            return this;
        }

        /** One series per kept row, one category per value column ({@link ChartLayout#SERIES_PER_ROW}). */
        public Builder seriesPerRow() {
            this.layout = ChartLayout.SERIES_PER_ROW;
            return this;
        }

        /** Axis titles in both languages ("" keeps a default). */
        public Builder axisTitles(String categoryFr, String categoryEn, String valueFr, String valueEn) {
            this.categoryAxisFr = categoryFr;
            this.categoryAxisEn = categoryEn;
            this.valueAxisFr = valueFr;
            this.valueAxisEn = valueEn;
            return this;
        }

        /** The chart description; throws as the {@link ChartSpec} constructor does. */
        public ChartSpec build() {
            return new ChartSpec(titleFr, titleEn, kind, layout, labelColumn, valueColumns, where, maxRows,
                    categoryAxisFr, categoryAxisEn, valueAxisFr, valueAxisEn);
        }
    }
}
