package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Writes a workbook and reopens it with POI's XSSFWorkbook, checking it cell by cell. */
class WorkbookWriterTest {

    @TempDir
    Path dir;

    /** The six real postings, then two synthetic attack rows (OWASP strings) built on the first. */
    static List<Row> postings() {
        List<Row> rows = new ArrayList<>(PostingFixtures.excerpt());
        Row first = rows.get(0);
        rows.add(PostingFixtures.with(PostingFixtures.with(first, PostingSchema.TITLE, ReportTables.HYPERLINK_ATTACK),
                PostingSchema.URL, "javascript:alert(1)"));
        rows.add(PostingFixtures.with(PostingFixtures.with(first, PostingSchema.TITLE, ReportTables.SUM_ATTACK),
                PostingSchema.URL, "https://www.hellowork.com/fr-fr/emplois/74558780.html?a=1 b"));
        return rows;
    }

    private XSSFWorkbook write(Language lang) throws IOException {
        Path file = dir.resolve("report-" + lang + ".xlsx");
        WorkbookWriter.write(file, List.of(ReportTables.salarySpread()), postings().iterator(),
                List.of(ReportTables.manifest()), lang);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    private static int col(String postingColumn) {
        return PostingSchema.indexOf(postingColumn);
    }

    @ParameterizedTest
    @CsvSource({
        "FR, Salaires par secteur, Annonces, Manifeste",
        "EN, Salary by sector,     Postings, Run manifest",
    })
    void sheetsInOrderWithNamesInTheLanguage(Language lang, String first, String postings, String last)
            throws IOException {
        try (XSSFWorkbook wb = write(lang)) {
            assertEquals(3, wb.getNumberOfSheets());
            assertEquals(first, wb.getSheetName(0));
            assertEquals(postings, wb.getSheetName(1));
            assertEquals(last, wb.getSheetName(2));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FR | Secteur | Annonces | Médiane | Part ≥ 48 k€ | Expérience (ans) | Rapport au plancher | Faible confiance | Verdict | Exemple | Date",
        "EN | Sector  | Postings | Median  | Share ≥ €48k | Experience (years) | Ratio to floor    | Low confidence   | Verdict | Example | Date",
    })
    void headerLabelsInTheLanguage(Language lang, String a, String b, String c, String d, String e, String f,
            String g, String h, String i, String j) throws IOException {
        try (XSSFWorkbook wb = write(lang)) {
            org.apache.poi.ss.usermodel.Row header = wb.getSheetAt(0).getRow(0);
            List<String> labels = new ArrayList<>();
            header.forEach(x -> labels.add(x.getStringCellValue()));
            assertEquals(List.of(a, b, c, d, e, f, g, h, i, j), labels);
            assertTrue(header.getCell(0).getCellStyle().getFillPattern() != null
                    && wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "header is bold");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // cell | format code | shown by an en-US reader
        "B2 | #,##0           | 10",
        "C2 | `#,##0\\ \"€\"` | 52,500 €",
        "D2 | 0.0 %           | 50.0 %",
        "E2 | 0.0             | 5.0",
        "F2 | #,##0.0         | 1.1",
        "C4 | `#,##0\\ \"€\"` | -1,501 €",
        "D4 | 0.0 %           | 12.5 %",
        "E4 | 0.0             | 10.3",
        "J2 | yyyy-mm-dd      | 2024-11-28",
    })
    void numberFormats(String ref, String format, String shown) throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            Cell c = cell(wb.getSheetAt(0), ref);
            assertEquals(CellType.NUMERIC, c.getCellType());
            assertEquals(format, c.getCellStyle().getDataFormatString());
            assertEquals(shown, new DataFormatter(Locale.US).formatCellValue(c));
        }
    }

    @Test
    void valuesKeepTheirTypes() throws IOException {
        try (XSSFWorkbook wb = write(Language.EN)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(52500.0, cell(s, "C2").getNumericCellValue());
            assertEquals(1.09375, cell(s, "F2").getNumericCellValue(), "numbers are not rounded, only shown so");
            assertEquals(CellType.BOOLEAN, cell(s, "G2").getCellType());
            assertTrue(cell(s, "G2").getBooleanCellValue());
            assertEquals(LocalDate.of(2024, 11, 28), cell(s, "J2").getLocalDateTimeCellValue().toLocalDate());
            assertEquals(-5.0, cell(s, "B4").getNumericCellValue());
        }
    }

    @Test
    void suppressedCellsShowTheLabelAndNanCellsStayEmpty() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(CellType.STRING, cell(s, "C3").getCellType());
            assertEquals("n < 5", cell(s, "C3").getStringCellValue());
            assertEquals("n < 5", cell(s, "D3").getStringCellValue());
            assertNull(cell(s, "E3"), "null");
            assertNull(cell(s, "F3"), "NaN");
            assertNull(cell(s, "J3"), "null date");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void injectionStringsArriveAsInertText(Language lang) throws IOException {
        try (XSSFWorkbook wb = write(lang)) {
            Sheet table = wb.getSheetAt(0);
            Sheet postings = wb.getSheetAt(1);
            int title = col(PostingSchema.TITLE);
            Cell[] cells = {cell(table, "A4"), cell(table, "H4"), postings.getRow(7).getCell(title),
                postings.getRow(8).getCell(title)};
            String[] texts = {ReportTables.HYPERLINK_ATTACK, ReportTables.SUM_ATTACK, ReportTables.HYPERLINK_ATTACK,
                ReportTables.SUM_ATTACK};
            for (int i = 0; i < cells.length; i++) {
                assertEquals(CellType.STRING, cells[i].getCellType(), texts[i]);
                assertEquals(texts[i], cells[i].getStringCellValue(), "no apostrophe added in the workbook");
                assertTrue(cells[i].getCellStyle().getQuotePrefixed(), "quote-prefixed: editing keeps it text");
            }
            // Real text starting with '-' and '+' (glassdoor-2020.csv:24, ft-2024-11-mixed-521.json:118).
            int salaryText = col(PostingSchema.SALARY_TEXT);
            assertEquals("+10% IFM + 10% CP,", postings.getRow(3).getCell(salaryText).getStringCellValue());
            assertEquals("-1", postings.getRow(4).getCell(salaryText).getStringCellValue());
            assertEquals(CellType.STRING, postings.getRow(4).getCell(salaryText).getCellType());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySheetHasAFrozenHeaderAndAnAutofilter(Language lang) throws IOException {
        String lastPostingColumn = CellReference.convertNumToColString(PostingSchema.names().size() - 1);
        Map<Integer, String> filters = Map.of(0, "A1:J4", 1, "A1:" + lastPostingColumn + "9", 2, "A1:B3");
        try (XSSFWorkbook wb = write(lang)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                PaneInformation pane = s.getPaneInformation();
                assertNotNull(pane, s.getSheetName());
                assertTrue(pane.isFreezePane(), s.getSheetName());
                assertEquals(1, pane.getHorizontalSplitPosition(), s.getSheetName());
                assertEquals(0, pane.getVerticalSplitPosition(), s.getSheetName());
                assertEquals(filters.get(i), s.getCTWorksheet().getAutoFilter().getRef(), s.getSheetName());
            }
        }
    }

    @Test
    void columnWidthsAreBounded() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
                    int w = s.getColumnWidth(c);
                    assertTrue(w >= ColumnWidths.MIN_CHARS * 256 && w <= ColumnWidths.MAX_CHARS * 256,
                            s.getSheetName() + " column " + c + " width " + w);
                }
            }
            Sheet table = wb.getSheetAt(0);
            // "Conseil en systèmes et logiciels informatiques" (46) + 3 for the filter button.
            assertEquals(49 * 256, table.getColumnWidth(0));
            assertTrue(table.getColumnWidth(0) > table.getColumnWidth(1), "sector wider than n");
        }
    }

    @Test
    void notesAreWrittenUnderTheTable() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            Sheet s = wb.getSheetAt(0);
            assertNull(s.getRow(4), "one empty row after the 3 data rows");
            assertEquals("Source : France Travail, ft-2024-11-it-1049.json", cell(s, "A6").getStringCellValue());
            assertEquals("-1 = salaire non renseigné (Glassdoor)", cell(s, "A7").getStringCellValue());
            assertEquals(CellType.STRING, cell(s, "A7").getCellType());
            assertTrue(wb.getFontAt(cell(s, "A6").getCellStyle().getFontIndex()).getItalic());
        }
    }

    @Test
    void hyperlinksOnlyForWebAddresses() throws IOException {
        try (XSSFWorkbook wb = write(Language.EN)) {
            Sheet table = wb.getSheetAt(0);
            assertEquals(ReportTables.FT_URL, cell(table, "I2").getHyperlink().getAddress());
            assertNull(cell(table, "I3").getHyperlink(), "javascript: is not linked");
            assertEquals("javascript:alert(1)", cell(table, "I3").getStringCellValue());
            assertNull(cell(table, "I4").getHyperlink(), "not a URL");

            Sheet postings = wb.getSheetAt(1);
            int url = col(PostingSchema.URL);
            assertEquals("https://candidat.francetravail.fr/offres/recherche/detail/184TLPS",
                    postings.getRow(1).getCell(url).getHyperlink().getAddress());
            assertEquals("https://www.hellowork.com/fr-fr/emplois/72567121.html",
                    postings.getRow(5).getCell(url).getHyperlink().getAddress());
            assertEquals("https://www.hellowork.com/fr-fr/emplois/72567121.html",
                    postings.getRow(5).getCell(url).getStringCellValue());
            assertNull(postings.getRow(4).getCell(url), "glassdoor-2020.csv:24 has no URL");
            assertNull(postings.getRow(7).getCell(url).getHyperlink(), "javascript: is not linked");
            assertNull(postings.getRow(8).getCell(url).getHyperlink(), "a space makes it no URI");
            assertEquals(5, ((XSSFSheet) postings).getHyperlinkList().size());
        }
    }

    @Test
    void postingsSheetHasTheSchemaColumnsAndTypedValues() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            Sheet s = wb.getSheetAt(1);
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(PostingSchema.names(), header);
            assertEquals(8, s.getLastRowNum(), "8 postings under the header");
            Cell annualMin = s.getRow(1).getCell(col(PostingSchema.SALARY_ANNUAL_MIN_EUR));
            assertEquals(45000.0, annualMin.getNumericCellValue());
            assertEquals("#,##0\\ \"€\"", annualMin.getCellStyle().getDataFormatString());
            Cell years = s.getRow(1).getCell(col(PostingSchema.EXPERIENCE_MIN_YEARS));
            assertEquals(5.0, years.getNumericCellValue());
            assertEquals("0.0", years.getCellStyle().getDataFormatString());
            Cell disclosed = s.getRow(4).getCell(col(PostingSchema.SALARY_DISCLOSED));
            assertEquals(CellType.BOOLEAN, disclosed.getCellType());
            assertFalse(disclosed.getBooleanCellValue());
            assertEquals("85\u202f800 € / an", s.getRow(5).getCell(col(PostingSchema.SALARY_TEXT)).getStringCellValue());
        }
    }

    @Test
    void verdictColumnsAreHighlightedRedAndGreen() throws IOException {
        try (XSSFWorkbook wb = write(Language.FR)) {
            SheetConditionalFormatting table = wb.getSheetAt(0).getSheetConditionalFormatting();
            assertEquals(1, table.getNumConditionalFormattings());
            ConditionalFormatting verdict = table.getConditionalFormattingAt(0);
            assertEquals("H2:H4", verdict.getFormattingRanges()[0].formatAsString());
            assertEquals(2, verdict.getNumberOfRules());
            assertEquals("OR(H2=\"CONTRADICTED\",H2=\"BELOW\")", verdict.getRule(0).getFormula1());
            assertEquals("OR(H2=\"SUPPORTED\",H2=\"AT_OR_ABOVE\",H2=\"WITHIN\",H2=\"MATCHES\")",
                    verdict.getRule(1).getFormula1());
            assertEquals("FFC7CE", hex(verdict.getRule(0)));
            assertEquals("C6EFCE", hex(verdict.getRule(1)));

            SheetConditionalFormatting postings = wb.getSheetAt(1).getSheetConditionalFormatting();
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < postings.getNumConditionalFormattings(); i++) {
                ranges.add(postings.getConditionalFormattingAt(i).getFormattingRanges()[0].formatAsString());
            }
            List<String> expected = new ArrayList<>();
            for (String name : PostingSchema.names()) {
                if (VerdictHighlights.applies(name)) {
                    String c = CellReference.convertNumToColString(PostingSchema.indexOf(name));
                    expected.add(c + "2:" + c + "9");
                }
            }
            assertEquals(expected, ranges);
            assertTrue(expected.size() >= 2, "PostingSchema has baseline_* columns");
        }
    }

    private static String hex(org.apache.poi.ss.usermodel.ConditionalFormattingRule rule) {
        org.apache.poi.xssf.usermodel.XSSFColor c =
                (org.apache.poi.xssf.usermodel.XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor();
        return c.getARGBHex().substring(2);
    }

    @Test
    void duplicateSheetNamesAreRejectedIgnoringCase() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // "I".toLowerCase() is "ı" there
            Table a = Table.builder("indicators", "Indicateurs", "Indicators")
                    .column("key", "Clé", "Key", ValueFormat.TEXT).build();
            Table b = Table.builder("indicators_2", "INDICATEURS", "Indicators 2")
                    .column("key", "Clé", "Key", ValueFormat.TEXT).build();
            Path file = dir.resolve("dup.xlsx");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WorkbookWriter.write(file, List.of(a), List.<Row>of().iterator(), List.of(b), Language.FR));
            assertEquals(file + ": sheet name 'INDICATEURS' of table 'indicators_2' is already used by table"
                    + " 'indicators'; expected unique sheet names (Excel ignores case)", e.getMessage());
            Table c = Table.builder("p", "Feuille", "POSTINGS").column("key", "Clé", "Key", ValueFormat.TEXT).build();
            e = assertThrows(IllegalArgumentException.class,
                    () -> WorkbookWriter.write(file, List.of(c), List.<Row>of().iterator(), List.of(), Language.EN));
            assertEquals(file + ": sheet name 'POSTINGS' of table 'p' is already used by the postings sheet;"
                    + " expected unique sheet names (Excel ignores case)", e.getMessage());
            assertFalse(Files.exists(file), "nothing written");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void postingRowOfTheWrongWidthIsRejected() {
        Path file = dir.resolve("bad.xlsx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkbookWriter.write(file, List.of(), List.of(org.apache.spark.sql.RowFactory.create("x")).iterator(),
                        List.of(), Language.EN));
        assertEquals(file + ": posting row 1 has 1 values; expected " + PostingSchema.names().size()
                + " (PostingSchema.names())", e.getMessage());
    }

    @Test
    void emptyTablesAndNoPostingsStillMakeAValidWorkbook() throws IOException {
        Table empty = Table.builder("empty", "Vide", "Empty").column("key", "Clé", "Key", ValueFormat.TEXT).build();
        Path file = dir.resolve("empty.xlsx");
        WorkbookWriter.write(file, List.of(empty), List.<Row>of().iterator(), List.of(), Language.FR);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Vide", "Annonces"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            assertEquals("A1", wb.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef());
            assertEquals(0, wb.getSheetAt(1).getLastRowNum());
        }
    }
}
