package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page setup, wrapped columns and merged notes, reopened with XSSFWorkbook. */
class PrintLayoutTest {

    @TempDir
    Path dir;

    private XSSFWorkbook write() throws IOException {
        Path file = dir.resolve("print.xlsx");
        WorkbookWriter.write(file, List.of(ChartTables.baselineCheck(), ChartTables.salarySpread()),
                WorkbookWriterTest.postings().iterator(), List.of(ReportTables.manifest()), Language.FR);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void tableSheetsPrintLandscapeOnePageWideWithTheHeaderRepeated() throws IOException {
        try (XSSFWorkbook wb = write()) {
            for (String name : List.of("Vérification", "Salaires", "Manifeste")) {
                XSSFSheet s = wb.getSheet(name);
                assertTrue(s.getPrintSetup().getLandscape(), name);
                assertTrue(s.getFitToPage(), name);
                assertEquals(1, s.getPrintSetup().getFitWidth(), name);
                assertEquals(0, s.getPrintSetup().getFitHeight(), name);
                assertEquals(CellRangeAddress.valueOf("1:1"), s.getRepeatingRows(), name);
                assertEquals(PrintLayout.FOOTER, s.getFooter().getCenter(), name);
            }
        }
    }

    @Test
    void postingsSheetPrintsLandscapeAtFullSizeWithTheHeaderRepeated() throws IOException {
        try (XSSFWorkbook wb = write()) {
            XSSFSheet s = wb.getSheet("Annonces");
            assertTrue(s.getPrintSetup().getLandscape());
            assertFalse(s.getFitToPage(), "55 columns: no fit to width");
            assertEquals(CellRangeAddress.valueOf("1:1"), s.getRepeatingRows());
            assertEquals(8, s.getLastRowNum(), "rows still there");
        }
    }

    @Test
    void longTextColumnsWrapAtABoundedWidth() throws IOException {
        try (XSSFWorkbook wb = write()) {
            XSSFSheet s = wb.getSheet("Vérification");
            for (int c : new int[] {5, 6}) { // wording, rule
                assertEquals(TableLayout.WRAP_CHARS * 256, s.getColumnWidth(c));
                CellStyle style = s.getRow(1).getCell(c).getCellStyle();
                assertTrue(style.getWrapText(), "column " + c);
            }
            assertTrue(s.getRow(2).getCell(6).getCellStyle().getQuotePrefixed(), "'=Part…' stays quoted text");
            assertTrue(s.getRow(1).getHeightInPoints() >= 3 * TableLayout.LINE_POINTS, "rule takes 3 lines");
            assertFalse(s.getRow(1).getCell(0).getCellStyle().getWrapText(), "short text does not wrap");
        }
    }

    @Test
    void notesSpanTheTableWidthAndWrap() throws IOException {
        try (XSSFWorkbook wb = write()) {
            XSSFSheet s = wb.getSheet("Salaires");
            // 10 data rows, an empty row, notes on rows 13 and 14 (0-based 12, 13).
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(12, 12, 0, 17)), s.getMergedRegions().toString());
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(13, 13, 0, 17)));
            assertTrue(s.getRow(12).getCell(0).getCellStyle().getWrapText());
            assertTrue(wb.getFontAt(s.getRow(12).getCell(0).getCellStyle().getFontIndex()).getItalic());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Expérience : 6 à 10 ans | 30 | 1",
        "Expérience : 6 à 10 ans | 12 | 2",
        "abcdefghij              | 4  | 3",
        "a                       | 0  | 1",
    })
    void linesOfAWrappedText(String text, int width, int lines) {
        assertEquals(lines, TableLayout.lines(text, width));
    }
}
