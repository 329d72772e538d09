package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * The postings sheet written by {@link RowXmlWriter} read back by independent readers: a
 * 200 000-row sheet by a StAX reader of the raw XML (sampled rows compared value by value with
 * the postings written), a small sheet with hostile text by POI's XSSFWorkbook, by the OOXML
 * schema (XMLBeans validation) and, where it is installed, by LibreOffice.
 */
class PostingsSheetRoundTripTest {

    static final int LARGE = 200_000;

    /** Text that XML, Excel's _xHHHH_ escape, and surrogate pairs must all carry through. */
    static final String HOSTILE_TITLE = " Directeur\ttechnique\r\nR&D <IT> _x0041_ \u0007 \ud83d\ude00 ";

    @TempDir
    Path dir;

    /** Posting {@code i}: an excerpt posting numbered like StreamingWorkbookMain; every 997th hostile. */
    static Row posting(int i, List<Row> excerpt) {
        Row base = excerpt.get(i % excerpt.size());
        Row r = PostingFixtures.with(base, PostingSchema.TITLE, base.getString(PostingSchema.indexOf("title")) + " #" + i);
        r = PostingFixtures.with(r, PostingSchema.SOURCE_ID, "n" + i);
        return i % 997 == 3 ? hostile(r) : r;
    }

    static Row hostile(Row r) {
        r = PostingFixtures.with(r, PostingSchema.TITLE, HOSTILE_TITLE);
        r = PostingFixtures.with(r, PostingSchema.COMPANY, ReportTables.SUM_ATTACK);
        r = PostingFixtures.with(r, PostingSchema.SALARY_TEXT, "45 k€ " + "x".repeat(40_000));
        r = PostingFixtures.with(r, PostingSchema.SALARY_MIN, Double.NaN);
        r = PostingFixtures.with(r, PostingSchema.SALARY_MAX, Double.POSITIVE_INFINITY);
        r = PostingFixtures.with(r, PostingSchema.SALARY_ANNUAL_MIN_EUR, 1.0e20);
        r = PostingFixtures.with(r, PostingSchema.EXPERIENCE_MIN_YEARS, 1.0e-7);
        return PostingFixtures.with(r, PostingSchema.URL, "javascript:alert(1)");
    }

    static Iterator<Row> postings(int count) {
        List<Row> excerpt = PostingFixtures.excerpt();
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return posting(i++, excerpt);
            }
        };
    }

    /** What a text cell shows: at most {@link CellWriter#MAX_TEXT} characters. */
    static String shown(String s) {
        return s.length() <= CellWriter.MAX_TEXT ? s : CellWriter.cut(s);
    }

    @Test
    void twoHundredThousandRowsReadBackIdentically() throws Exception {
        Path file = dir.resolve("large.xlsx");
        WorkbookWriter.write(file, List.of(), postings(LARGE), List.of(), Language.FR);
        List<Row> excerpt = PostingFixtures.excerpt();
        Map<Integer, Row> expected = new HashMap<>();
        // Posting i is on sheet row i + 2 (1-based, under the header).
        for (int i = 0; i < LARGE; i += 9_973) {
            expected.put(i + 2, posting(i, excerpt));
        }
        for (int i : new int[] {3, 1_000, 99_703, LARGE - 1}) { // hostile rows (i % 997 == 3) and the last
            expected.put(i + 2, posting(i, excerpt));
        }
        RawSheet sheet = RawSheet.read(file, WorkbookWriter.postingsSheetName(Language.FR), expected.keySet());
        assertEquals(LARGE + 1, sheet.rows, "header + postings, consecutive");
        assertEquals("A1:BB" + (LARGE + 1), sheet.dimension.replaceAll("[A-Z]+(?=\\d+$)", "BB"),
                "dimension covers the rows");
        assertTrue(sheet.dimension.endsWith(Integer.toString(LARGE + 1)), sheet.dimension);
        for (Map.Entry<Integer, Row> e : expected.entrySet()) {
            Map<Integer, RawCell> cells = sheet.sample.get(e.getKey());
            Row posting = e.getValue();
            for (int c = 0; c < posting.size(); c++) {
                String where = "row " + e.getKey() + " column " + PostingSchema.names().get(c);
                Object v = posting.get(c);
                RawCell cell = cells.get(c);
                if (v == null || v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    assertNull(cell, where);
                } else if (v instanceof String s) {
                    assertEquals("inlineStr", cell.type, where);
                    assertEquals(shown(s), cell.value, where);
                } else if (v instanceof Double d) {
                    assertEquals(null, cell.type, where);
                    assertEquals(d, Double.parseDouble(cell.value), where);
                } else {
                    assertEquals("b", cell.type, where);
                    assertEquals((Boolean) v ? "1" : "0", cell.value, where);
                }
            }
        }
        assertEquals(HOSTILE_TITLE, sheet.sample.get(5).get(PostingSchema.indexOf(PostingSchema.TITLE)).value);

        // Rows are encoded in batches on several threads: the hyperlinks are still the first
        // MAX_PER_SHEET linkable addresses in row order, and exactly their cells have the link style.
        assertEquals(Hyperlinks.MAX_PER_SHEET, sheet.hyperlinkRows.size(), "Excel's cap of links");
        String linkStyle = sheet.urlStyles.get(sheet.hyperlinkRows.get(0));
        java.util.Set<Integer> styled = new java.util.TreeSet<>();
        sheet.urlStyles.forEach((row, style) -> {
            if (linkStyle.equals(style)) {
                styled.add(row);
            }
        });
        assertEquals(new java.util.TreeSet<>(sheet.hyperlinkRows), styled, "link style on the linked cells only");
        int lastLinked = sheet.hyperlinkRows.get(sheet.hyperlinkRows.size() - 1);
        int linkable = 0;
        for (int i = 0; i + 2 <= lastLinked; i++) {
            String url = posting(i, excerpt).getString(PostingSchema.indexOf(PostingSchema.URL));
            linkable += url != null && Hyperlinks.linkable(url) ? 1 : 0;
        }
        assertEquals(Hyperlinks.MAX_PER_SHEET, linkable, "the links are the first linkable addresses");
        assertTrue(lastLinked > 8 * PostingsSheetWriter.BATCH, "the links span many batches");
    }

    /** The hostile posting and the six real ones, reopened by POI's XSSFWorkbook. */
    @Test
    void hostileTextReadsBackThroughPoi() throws IOException {
        Path file = smallWorkbook();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row row = s.getRow(1);
            Cell title = row.getCell(PostingSchema.indexOf(PostingSchema.TITLE));
            assertEquals(HOSTILE_TITLE, title.getStringCellValue());
            Cell company = row.getCell(PostingSchema.indexOf(PostingSchema.COMPANY));
            assertEquals(ReportTables.SUM_ATTACK, company.getStringCellValue());
            assertTrue(company.getCellStyle().getQuotePrefixed(), "formula-like text is quote-prefixed");
            Cell salaryText = row.getCell(PostingSchema.indexOf(PostingSchema.SALARY_TEXT));
            assertEquals(CellWriter.MAX_TEXT, salaryText.getStringCellValue().length());
            assertTrue(salaryText.getStringCellValue().endsWith("x…"));
            assertNull(row.getCell(PostingSchema.indexOf(PostingSchema.SALARY_MIN)), "NaN: no cell");
            assertNull(row.getCell(PostingSchema.indexOf(PostingSchema.SALARY_MAX)), "infinity: no cell");
            Cell huge = row.getCell(PostingSchema.indexOf(PostingSchema.SALARY_ANNUAL_MIN_EUR));
            assertEquals(1.0e20, huge.getNumericCellValue());
            assertEquals("#,##0\\ \"€\"", huge.getCellStyle().getDataFormatString());
            assertEquals(1.0e-7, row.getCell(PostingSchema.indexOf(PostingSchema.EXPERIENCE_MIN_YEARS)).getNumericCellValue());
            assertNull(row.getCell(PostingSchema.indexOf(PostingSchema.URL)).getHyperlink(), "javascript: not linked");
            assertEquals(CellType.STRING, s.getRow(2).getCell(PostingSchema.indexOf(PostingSchema.TITLE)).getCellType());
            assertEquals("A1:BB8", s.getCTWorksheet().getDimension().getRef());
        }
    }

    /** The sheet XML is valid against the OOXML schema (as compiled into poi-ooxml-lite). */
    @Test
    void sheetXmlIsSchemaValid() throws Exception {
        Path file = smallWorkbook();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream in = reader.getSheetsData().next()) {
                WorksheetDocument doc = WorksheetDocument.Factory.parse(in);
                List<XmlError> errors = new ArrayList<>();
                doc.validate(new XmlOptions().setErrorListener(errors));
                // Excel itself writes xml:space="preserve" on <t> (as POI does), which the schema
                // does not declare; every other deviation fails.
                assertEquals(List.of(), errors.stream().map(XmlError::toString)
                        .filter(e -> !e.contains("space@http://www.w3.org/XML/1998/namespace in element t@")).toList());
                assertTrue(errors.size() <= 1, "only the hostile title has leading space: " + errors);
                assertEquals(8, doc.getWorksheet().getSheetData().sizeOfRowArray());
            }
        }
    }

    /** LibreOffice (when installed) opens the workbook and exports the same texts. */
    @Test
    void libreOfficeReadsTheSheet() throws Exception {
        Path soffice = findOnPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed");
        Path file = smallWorkbook();
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "soffice finished");
        Path csv = dir.resolve("small-Annonces.csv");
        assertTrue(Files.exists(csv), "LibreOffice could not load the workbook: " + output);
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(r)) {
            records = parser.getRecords();
        }
        assertEquals(8, records.size(), "header + 7 postings");
        assertEquals(PostingSchema.names(), records.get(0).toList());
        List<Row> rows = smallRows();
        for (int i = 0; i < rows.size(); i++) {
            for (String column : List.of(PostingSchema.TITLE, PostingSchema.COMPANY, PostingSchema.URL,
                    PostingSchema.SALARY_TEXT, PostingSchema.RECORD)) {
                Object v = rows.get(i).get(PostingSchema.indexOf(column));
                // LibreOffice keeps line breaks in a cell as LF (Excel too shows CR LF as one break).
                String text = v == null ? "" : shown((String) v).replace("\r\n", "\n");
                assertEquals(text, records.get(i + 1).get(PostingSchema.indexOf(column)),
                        "row " + (i + 1) + " " + column);
            }
        }
    }

    private static List<Row> smallRows() {
        List<Row> rows = new ArrayList<>();
        List<Row> excerpt = PostingFixtures.excerpt();
        rows.add(hostile(excerpt.get(0)));
        rows.addAll(excerpt);
        return rows;
    }

    private Path smallWorkbook() throws IOException {
        Path file = dir.resolve("small.xlsx");
        WorkbookWriter.write(file, List.of(), smallRows().iterator(), List.of(), Language.FR);
        return file;
    }

    private static Path findOnPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** One cell as it is in the XML: its {@code t} attribute and its value (inline text decoded). */
    record RawCell(String type, String value) {
    }

    /** The rows of one sheet seen by a StAX reader: count, dimension and the sampled rows' cells. */
    static final class RawSheet {
        private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
        private static final Pattern REF = Pattern.compile("([A-Z]+)(\\d+)");

        int rows;
        String dimension;
        final Map<Integer, Map<Integer, RawCell>> sample = new HashMap<>();
        /** The style ({@code s} attribute, null for none) of each row's url cell. */
        final Map<Integer, String> urlStyles = new HashMap<>();
        /** The rows of the sheet's {@code <hyperlink>} elements, in order. */
        final List<Integer> hyperlinkRows = new java.util.ArrayList<>();

        static RawSheet read(Path file, String sheetName, java.util.Set<Integer> sampled) throws Exception {
            RawSheet out = new RawSheet();
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        if (sheets.getSheetName().equals(sheetName)) {
                            out.parse(in, sampled);
                        }
                    }
                }
            }
            return out;
        }

        private void parse(InputStream in, java.util.Set<Integer> sampled) throws Exception {
            XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
            Map<Integer, RawCell> current = null;
            int rowNumber = 0;
            int column = -1;
            String type = null;
            StringBuilder text = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "dimension" -> dimension = x.getAttributeValue(null, "ref");
                        case "row" -> {
                            rows++;
                            rowNumber = Integer.parseInt(x.getAttributeValue(null, "r"));
                            assertEquals(rows, rowNumber, "rows are consecutive");
                            current = sampled.contains(rowNumber) ? new HashMap<>() : null;
                            if (current != null) {
                                sample.put(rowNumber, current);
                            }
                        }
                        case "c" -> {
                            Matcher m = REF.matcher(x.getAttributeValue(null, "r"));
                            assertTrue(m.matches() && Integer.parseInt(m.group(2)) == rowNumber, "cell in its row");
                            column = org.apache.poi.ss.util.CellReference.convertColStringToIndex(m.group(1));
                            type = x.getAttributeValue(null, "t");
                            text = current == null ? null : new StringBuilder();
                            if (column == PostingSchema.indexOf(PostingSchema.URL)) {
                                urlStyles.put(rowNumber, x.getAttributeValue(null, "s"));
                            }
                        }
                        case "hyperlink" -> {
                            Matcher m = REF.matcher(x.getAttributeValue(null, "ref"));
                            assertTrue(m.matches(), "hyperlink ref");
                            hyperlinkRows.add(Integer.parseInt(m.group(2)));
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && text != null) {
                    text.append(x.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c") && text != null) {
                    current.put(column, new RawCell(type, decode(text.toString())));
                    text = null;
                }
            }
        }

        /** Excel's _xHHHH_ escape (ECMA-376 ST_Xstring). */
        private static String decode(String s) {
            return ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
    }
}
