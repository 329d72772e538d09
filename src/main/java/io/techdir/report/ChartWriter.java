package io.techdir.report;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws a table's {@link ChartSpec}s as native charts (DrawingML, through POI's XDDF), one
 * under the other, from a given sheet row. Data come from {@link ChartPoints}: a cell range
 * where the points are exactly one, a literal otherwise, with the values cached either way (a
 * streamed sheet cannot be read back). Every series gets an explicit solid fill (LibreOffice
 * draws no bars without one) from a fixed palette; blanks show as gaps; a legend only when
 * there is more than one series.
 */
final class ChartWriter {

    /** Chart width, in characters of the default font (about 19 cm). */
    static final int WIDTH_CHARS = 100;
    /** Height of a column or line chart, in rows; a bar chart grows with its bars. */
    static final int HEIGHT_ROWS = 20;
    private static final int MAX_HEIGHT_ROWS = 60;
    private static final int DEFAULT_COLUMN_CHARS = 9;

    /** Series colours (Office palette), in order. */
    static final List<String> PALETTE = List.of("4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47",
            "264478", "9E480E");

    private ChartWriter() {
    }

    /**
     * Draws the charts of {@code table} from row {@code top} (0-based); returns the first row
     * under the last chart ({@code top} when none is drawn).
     */
    static int draw(XSSFSheet sheet, Table table, Language language, int headerRow, int top, TableLayout layout) {
        int row = top;
        int lastColumn = lastColumn(table, layout);
        for (ChartSpec spec : table.charts()) {
            ChartPoints points = ChartPoints.of(table, spec, language, sheet.getSheetName(), headerRow);
            if (points.isEmpty()) {
                continue;
            }
            int height = height(spec.kind(), points);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row, lastColumn + 1, row + height);
            chart(drawing.createChart(anchor), table, spec, points, language);
            row += height + 1;
        }
        return row;
    }

    /** The last column the chart covers: about {@value #WIDTH_CHARS} characters from column A. */
    private static int lastColumn(Table table, TableLayout layout) {
        int width = 0;
        int c = 0;
        while (width < WIDTH_CHARS) {
            width += c < table.columns().size() ? layout.chars(c) : DEFAULT_COLUMN_CHARS;
            c++;
        }
        return c - 1;
    }

    private static int height(ChartKind kind, ChartPoints points) {
        if (kind != ChartKind.BAR) {
            return HEIGHT_ROWS;
        }
        int bars = points.categories().size() * points.series().size();
        return Math.max(HEIGHT_ROWS, Math.min(MAX_HEIGHT_ROWS, 6 + bars + bars / 4));
    }

    private static void chart(XSSFChart chart, Table table, ChartSpec spec, ChartPoints points, Language language) {
        chart.setTitleText(spec.title(language));
        chart.setTitleOverlay(false);
        if (points.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        boolean bar = spec.kind() == ChartKind.BAR;
        XDDFCategoryAxis categories = chart.createCategoryAxis(bar ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(bar ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (bar) {
            // Categories read top to bottom, as in the table; the value axis stays at the bottom.
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        } else {
            values.setCrosses(AxisCrosses.AUTO_ZERO);
        }
        String categoryTitle = axisTitle(table, spec, language, true);
        if (!categoryTitle.isEmpty()) {
            categories.setTitle(categoryTitle);
        }
        String valueTitle = axisTitle(table, spec, language, false);
        if (!valueTitle.isEmpty()) {
            values.setTitle(valueTitle);
        }
        ValueFormat format = table.columns().get(table.columnIndex(spec.valueColumns().get(0))).format();
        values.setNumberFormat(axisFormat(format));

        XDDFChartData data = chart.createData(spec.kind() == ChartKind.LINE ? ChartTypes.LINE : ChartTypes.BAR,
                categories, values);
        data.setVaryColors(false);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(bar ? BarDirection.BAR : BarDirection.COL);
            bars.setGapWidth(60);
        }
        String[] labels = points.categories().toArray(String[]::new);
        XDDFCategoryDataSource categoryData = points.categoryRef() == null
                ? XDDFDataSourcesFactory.fromArray(labels)
                : XDDFDataSourcesFactory.fromArray(labels, points.categoryRef());
        for (int i = 0; i < points.series().size(); i++) {
            ChartPoints.Series s = points.series().get(i);
            Double[] v = s.values().toArray(Double[]::new);
            XDDFNumericalDataSource<Double> valueData = s.valuesRef() == null
                    ? XDDFDataSourcesFactory.fromArray(v)
                    : XDDFDataSourcesFactory.fromArray(v, s.valuesRef());
            XDDFChartData.Series series = data.addSeries(categoryData, valueData);
            series.setTitle(s.name(), s.nameRef() == null ? null : new CellReference(s.nameRef()));
            style(series, PALETTE.get(i % PALETTE.size()));
        }
        chart.plot(data);
        chart.displayBlanksAs(DisplayBlanks.GAP);
    }

    private static void style(XDDFChartData.Series series, String rgb) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(hex(rgb)));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(2.25);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
            line.setSmooth(false);
            // No marker size: poi-ooxml-lite lacks its schema type (STMarkerSize); the default is 5.
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFShapeProperties marker = new XDDFShapeProperties();
            marker.setFillProperties(fill);
            marker.setLineProperties(new XDDFLineProperties(fill));
            line.getCTLineSer().getMarker().addNewSpPr().set(marker.getXmlObject());
        } else {
            series.setFillProperties(fill);
        }
    }

    private static String axisTitle(Table table, ChartSpec spec, Language language, boolean category) {
        String given = category
                ? (language == Language.FR ? spec.categoryAxisFr() : spec.categoryAxisEn())
                : (language == Language.FR ? spec.valueAxisFr() : spec.valueAxisEn());
        if (!given.isEmpty() || spec.layout() != ChartLayout.SERIES_PER_COLUMN) {
            return given;
        }
        if (category) {
            return table.columns().get(table.columnIndex(spec.labelColumn())).label(language);
        }
        return spec.valueColumns().size() == 1
                ? table.columns().get(table.columnIndex(spec.valueColumns().get(0))).label(language) : "";
    }

    /** The value axis number format: the column's, percentages without decimals. */
    static String axisFormat(ValueFormat format) {
        return switch (format) {
            case PERCENT -> "0%";
            case INTEGER, EUR -> format.excelFormat();
            default -> "General";
        };
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
