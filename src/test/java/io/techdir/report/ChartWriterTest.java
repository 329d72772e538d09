package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writes {@link ChartTables} with charts and reopens the workbook with XSSFWorkbook. */
class ChartWriterTest {

    @TempDir
    Path dir;

    private XSSFWorkbook write(Language lang) throws IOException {
        Path file = dir.resolve("charts-" + lang + ".xlsx");
        WorkbookWriter.write(file, List.of(ChartTables.salarySpread(), ChartTables.experience(),
                ChartTables.degrees(), ChartTables.followOn()), WorkbookWriterTest.postings().iterator(),
                List.of(ChartTables.baselineCheck()), lang);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<XSSFChart> charts(XSSFWorkbook wb, String sheet) {
        XSSFDrawing drawing = wb.getSheet(sheet).getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    private static List<String> categories(XDDFChartData.Series s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.getCategoryData().getPointCount(); i++) {
            out.add(String.valueOf(s.getCategoryData().getPointAt(i)));
        }
        return out;
    }

    private static List<Double> values(XDDFChartData.Series s) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.getValuesData().getPointCount(); i++) {
            Number n = s.getValuesData().getPointAt(i);
            out.add(n == null ? null : n.doubleValue());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // sheet | chart | title | series | categories | kind
        "Salaires    | 0 | Répartition des salaires (ensemble) | 3 | 5 | COL",
        "Salaires    | 1 | Médiane et P10–P90 par région       | 3 | 4 | BAR",
        "Expérience  | 0 | Expérience minimum demandée         | 1 | 5 | COL",
        "Expérience  | 1 | Expérience : part et IC 95 %        | 3 | 5 | LINE",
        "Diplômes    | 0 | Diplômes demandés                   | 1 | 6 | BAR",
        "Évolutions  | 0 | Évolutions : offres demandant une expérience de DT | 1 | 3 | COL",
    })
    void chartsAreOnTheirSheetWithTitleSeriesAndCategories(String sheet, int index, String title, int series,
            int categories, String kind) throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            XSSFChart chart = charts(wb, sheet).get(index);
            assertEquals(title, chart.getTitleText().getString());
            XDDFChartData data = chart.getChartSeries().get(0);
            assertEquals(series, data.getSeriesCount());
            if (kind.equals("LINE")) {
                assertTrue(data instanceof XDDFLineChartData, "line chart");
            } else {
                assertEquals(BarDirection.valueOf(kind), ((XDDFBarChartData) data).getBarDirection());
            }
            for (int i = 0; i < series; i++) {
                XDDFChartData.Series s = data.getSeries(i);
                assertEquals(categories, s.getCategoryData().getPointCount(), "categories of series " + i);
                assertEquals(categories, s.getValuesData().getPointCount(), "values of series " + i);
                assertTrue(s.getShapeProperties() != null, "explicit fill or line (LibreOffice draws none otherwise)");
            }
            assertEquals(series > 1, chart.getCTChart().isSetLegend(), "legend only with several series");
            assertTrue(chart.getCTChart().getPlotArea().getValAxArray(0).isSetTitle()
                    || kind.equals("LINE"), "value axis title");
        }
    }

    @Test
    void tablesWithoutChartsHaveNoDrawing() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            assertEquals(List.of(), charts(wb, "Vérification"));
            assertEquals(List.of(), charts(wb, "Annonces"));
            assertEquals(2, charts(wb, "Salaires").size());
        }
    }

    @Test
    void salaryDistributionHasOneSeriesPerOverallRealRow() throws IOException {
        try (XSSFWorkbook wb = write(Language.EN)) {
            XDDFChartData data = charts(wb, "Salary spread").get(0).getChartSeries().get(0);
            XDDFChartData.Series all = data.getSeries(0);
            assertEquals(List.of("P10", "P25", "Median", "P75", "P90"), categories(all));
            assertEquals(List.of(38000.0, 45000.0, 52500.0, 62000.0, 75000.0), values(all));
            // Header cells I1:M1 and row 2 I2:M2: the points are exactly these cells.
            assertEquals("'Salary spread'!$I$1:$M$1", all.getCategoryData().getDataRangeReference());
            assertEquals("'Salary spread'!$I$2:$M$2", all.getValuesData().getDataRangeReference());
            org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef name = charts(wb, "Salary spread").get(0)
                    .getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getTx().getStrRef();
            assertEquals("'Salary spread'!$B$2", name.getF(), "series named by the population cell");
            assertEquals("ALL", name.getStrCache().getPtArray(0).getV());
            assertEquals(60000.0, values(data.getSeries(1)).get(2), "BASELINE_SCOPE median");
            assertEquals(58000.0, values(data.getSeries(2)).get(2), "TECHNICAL_DIRECTOR median");
        }
    }

    @Test
    void suppressedRegionsAreLeftOutNotPlottedAsZero() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            XDDFChartData data = charts(wb, "Salaires").get(1).getChartSeries().get(0);
            XDDFChartData.Series p10 = data.getSeries(0);
            // Bretagne (n = 3) and Normandie (n = 4) are suppressed: not categories, no 0 plotted.
            assertEquals(List.of("Auvergne-Rhône-Alpes", "Hauts-de-France", "Île-de-France", "Occitanie"),
                    categories(p10));
            assertEquals(List.of(36000.0, 35000.0, 42000.0, 37000.0), values(p10));
            assertEquals(List.of(50000.0, 48000.0, 58000.0, 49000.0), values(data.getSeries(1)));
            assertFalse(values(data.getSeries(2)).contains(0.0));
            // Rows 3 and 6 were skipped: no cell range could hold only these points, so literals.
            assertFalse(p10.getValuesData().isReference(), "literal values");
            assertFalse(p10.getCategoryData().isReference(), "literal categories");
        }
    }

    @Test
    void suppressedShareIsLeftOutAndContiguousRowsAreReferenced() throws IOException {
        try (XSSFWorkbook wb = write(Language.EN)) {
            XDDFChartData.Series k = charts(wb, "Follow-on roles").get(0).getChartSeries().get(0).getSeries(0);
            assertEquals(List.of("CIO", "GENERAL_MANAGEMENT", "INDUSTRIAL_DIRECTOR"), categories(k));
            assertEquals(List.of(6.0, 15.0, 9.0), values(k));
            assertEquals("'Follow-on roles'!$B$2:$B$4", k.getCategoryData().getDataRangeReference());
            assertEquals("'Follow-on roles'!$D$2:$D$4", k.getValuesData().getDataRangeReference());

            XDDFChartData.Series degrees = charts(wb, "Degrees").get(0).getChartSeries().get(0).getSeries(0);
            List<String> measures = categories(degrees);
            assertFalse(measures.contains("level DOCTORATE"), "suppressed");
            assertFalse(measures.contains("level BAC_5 or above"), "filtered out by the regex");
            assertEquals(6, measures.size());
        }
    }

    @Test
    void emptyPointsAreGapsInLineCharts() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            XSSFChart chart = charts(wb, "Expérience").get(1);
            assertEquals("gap", chart.getCTChart().getDispBlanksAs().getVal().toString());
            assertEquals(List.of("min_years 0-2", "min_years 3-5", "min_years 6-10", "min_years 11-15",
                    "min_years 16+"), categories(chart.getChartSeries().get(0).getSeries(1)));
        }
    }

    @Test
    void chartNamingAnUnknownColumnIsRejected() {
        ChartSpec chart = ChartSpec.builder(ChartKind.BAR, "Médiane", "Median").labels("group").values("p50").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table.builder("t", "a", "b").column("group", "Groupe", "Group", ValueFormat.TEXT)
                        .column("median", "Médiane", "Median", ValueFormat.EUR).chart(chart).build());
        assertEquals("table 't': chart 'Median' names column 'p50'; expected one of the table's columns"
                + " [group, median]", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | ( | chart 'Median': filter on 'group' '('; expected a regular expression (Unclosed group)",
        "0 | . | chart 'Median': maxRows '0'; expected at least 1",
    })
    void badChartSpecsAreRejected(int maxRows, String regex, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartSpec.builder(ChartKind.LINE, "Médiane", "Median").labels("group").values("median")
                        .whereMatches("group", regex).maxRows(maxRows).build());
        assertEquals(message, e.getMessage());
    }

    @Test
    void chartWithNothingLeftIsNotDrawn() throws IOException {
        Table t = Table.builder("tiny", "Petit", "Tiny")
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("median", "Médiane", "Median", ValueFormat.EUR)
                .row("Bretagne", Suppressed.INSTANCE).row("Normandie", null)
                .chart(ChartSpec.builder(ChartKind.COLUMN, "Médiane", "Median").labels("group").values("median").build())
                .build();
        Path file = dir.resolve("tiny.xlsx");
        WorkbookWriter.write(file, List.of(t), List.<Row>of().iterator(), List.of(), Language.FR);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNull(wb.getSheet("Petit").getDrawingPatriarch());
        }
    }

    @Test
    void maxRowsKeepsTheFirstRows() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BAR, "Régions", "Regions").labels("group").values("median")
                .where("dimension", "region").maxRows(2).build();
        Table t = Table.builder("t", "a", "b").column("dimension", "Dimension", "Dimension", ValueFormat.TEXT)
                .column("group", "Groupe", "Group", ValueFormat.TEXT)
                .column("median", "Médiane", "Median", ValueFormat.EUR)
                .row("overall", "all", 52500.0).row("region", "Bretagne", 48000.0)
                .row("region", "(unknown)", 50000.0).row("region", "Occitanie", 49000.0).build();
        ChartPoints p = ChartPoints.of(t, spec, Language.EN, "a", 0);
        assertEquals(List.of("Bretagne", "(unknown)"), p.categories());
        assertEquals("a!$B$3:$B$4", p.categoryRef());
        assertEquals(List.of(48000.0, 50000.0), p.series().get(0).values());
    }
}
