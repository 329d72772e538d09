package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.PostingSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Postings beyond what one sheet holds go on to further sheets ("Annonces (2)"...), each with
 * its header, hyperlinks and autofilter, in the postings' order; read back with POI. The limit
 * is Excel's 1 048 575 rows under the header; here a small limit stands for it.
 */
class PostingsSheetContinuationTest {

    static final int PER_SHEET = 1_000;

    @TempDir
    Path dir;

    @Test
    void postingsBeyondASheetGoOnToFurtherSheetsInOrder() throws Exception {
        Path file = dir.resolve("continued.xlsx");
        int count = 2 * PER_SHEET + 500;
        WorkbookWriter.write(file, List.of(ReportTables.salarySpread()), PostingsSheetRoundTripTest.postings(count),
                List.of(ReportTables.manifest()), Language.FR, PER_SHEET);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(List.of("Salaires par secteur", "Annonces", "Annonces (2)", "Annonces (3)", "Manifeste"),
                    sheetNames(wb));
            int title = PostingSchema.indexOf(PostingSchema.TITLE);
            int sourceId = PostingSchema.indexOf(PostingSchema.SOURCE_ID);
            int next = 0;
            int linked = 0;
            for (String name : List.of("Annonces", "Annonces (2)", "Annonces (3)")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertEquals(PostingSchema.names(), header(sheet), name + " header");
                int rows = sheet.getLastRowNum();
                assertEquals(name.equals("Annonces (3)") ? 500 : PER_SHEET, rows, name + " postings");
                for (int r = 1; r <= rows; r++, next++) {
                    assertEquals("n" + next, sheet.getRow(r).getCell(sourceId).getStringCellValue(), name + " row " + r);
                    String shown = sheet.getRow(r).getCell(title).getStringCellValue();
                    assertTrue(next % 997 == 3 ? shown.contains("technique") : shown.endsWith(" #" + next),
                            name + " row " + r + ": " + shown); // every 997th is hostile text
                }
                assertTrue(sheet.getPaneInformation().isFreezePane(), name + " frozen header");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name + " frozen header");
                assertEquals("A1:" + lastColumn() + (rows + 1), sheet.getCTWorksheet().getAutoFilter().getRef(),
                        name + " autofilter");
                // each sheet links the web addresses of its own rows
                assertEquals(webAddresses(sheet), sheet.getHyperlinkList().size(), name + " links");
                linked += sheet.getHyperlinkList().size();
            }
            assertEquals(count, next, "every posting once, in order");
            assertTrue(linked > count / 2, "links on every sheet: " + linked);
        }
    }

    @Test
    void aFullSheetMakesNoEmptyNextOne() throws Exception {
        Path file = dir.resolve("full.xlsx");
        WorkbookWriter.write(file, List.of(), PostingsSheetRoundTripTest.postings(PER_SHEET), List.of(), Language.EN,
                PER_SHEET);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(List.of("Postings"), sheetNames(wb));
            assertEquals(PER_SHEET, wb.getSheet("Postings").getLastRowNum());
        }
    }

    @Test
    void noPostingsStillWriteTheSheetAndItsHeader() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        WorkbookWriter.write(file, List.of(), PostingsSheetRoundTripTest.postings(0), List.of(), Language.EN, PER_SHEET);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(List.of("Postings"), sheetNames(wb));
            assertEquals(PostingSchema.names(), header(wb.getSheet("Postings")));
            assertEquals(0, wb.getSheet("Postings").getLastRowNum());
        }
    }

    @Test
    void aLimitBeyondExcelsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkbookWriter.write(dir.resolve("x.xlsx"), List.of(), PostingsSheetRoundTripTest.postings(1),
                        List.of(), Language.EN, PostingsSheetWriter.MAX_POSTINGS + 1));
        assertEquals("postings a sheet: 1048576; expected 1 to 1048575", e.getMessage());
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) {
            names.add(s.getSheetName());
        }
        return names;
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static int webAddresses(Sheet sheet) {
        int url = PostingSchema.indexOf(PostingSchema.URL);
        int n = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(url);
            n += cell != null && cell.getStringCellValue().startsWith("http") ? 1 : 0;
        }
        return n;
    }

    private static String lastColumn() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(PostingSchema.names().size() - 1);
    }
}
