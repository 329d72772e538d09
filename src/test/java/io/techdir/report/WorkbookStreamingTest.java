package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * 50 000 postings written by {@link StreamingWorkbookMain} in a child JVM limited to a 64 MB
 * heap (a non-streaming workbook, or POI's own hyperlink objects, run out of memory there),
 * then read back with POI's streaming SAX reader.
 */
class WorkbookStreamingTest {

    static final int POSTINGS = 50_000;
    static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void fiftyThousandPostingsInASmallHeap() throws Exception {
        Path file = dir.resolve("big.xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-Djava.io.tmpdir=" + dir, "-cp",
                System.getProperty("java.class.path"), StreamingWorkbookMain.class.getName(), file.toString(),
                Integer.toString(POSTINGS))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child finished");
        assertEquals(0, p.exitValue(), output);

        Postings read = readPostingsSheet(file);
        assertEquals(POSTINGS + 1, read.rows, "header + postings");
        assertEquals(PostingSchema.names().get(0), read.sample.get(0).get(0));
        // Sheet row 25 001 (0-based) holds posting 25 000: 25 000 % 6 = 4, the fifth excerpt row
        // (hellowork-2026-01.csv:791).
        Map<Integer, String> row = read.sample.get(25_001);
        assertEquals("Directeur Hypermarché H/F #25000", row.get(PostingSchema.indexOf(PostingSchema.TITLE)));
        assertEquals("85\u202f800 € / an", row.get(PostingSchema.indexOf(PostingSchema.SALARY_TEXT)));
        assertEquals("hellowork-2026-01.csv:791", row.get(PostingSchema.indexOf(PostingSchema.RECORD)));
        Map<Integer, String> last = read.sample.get(POSTINGS);
        assertEquals("n" + (POSTINGS - 1), last.get(PostingSchema.indexOf(PostingSchema.SOURCE_ID)));
        // Five of every six excerpt postings have a URL: 41 667 links, under Excel's 65 530 cap.
        assertEquals(41_667, read.hyperlinks);
        assertTrue(Files.size(file) > 1_000_000, "size " + Files.size(file));
        try (var temp = Files.list(dir)) {
            assertEquals(List.of(file), temp.filter(f -> !Files.isDirectory(f)).toList(), "temporary files removed");
        }
    }

    /** What the SAX reader saw on the postings sheet. */
    static final class Postings {
        int rows;
        int hyperlinks;
        final Map<Integer, Map<Integer, String>> sample = new HashMap<>();
    }

    static Postings readPostingsSheet(Path file) throws Exception {
        Postings out = new Postings();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (!sheets.getSheetName().equals(WorkbookWriter.postingsSheetName(Language.FR))) {
                        continue;
                    }
                    out.hyperlinks = sheets.getSheetPart().getRelationshipsByType(
                            HyperlinkEntrySource.HYPERLINK_TYPE).size();
                    XMLReader xml = XMLHelper.newXMLReader(); // namespace-aware, as the handler needs
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                private Map<Integer, String> current;

                                @Override
                                public void startRow(int rowNum) {
                                    out.rows++;
                                    current = rowNum == 0 || rowNum == 25_001 || rowNum == POSTINGS
                                            ? new HashMap<>() : null;
                                    if (current != null) {
                                        out.sample.put(rowNum, current);
                                    }
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    if (current != null) {
                                        current.put((int) new org.apache.poi.ss.util.CellReference(ref).getCol(), value);
                                    }
                                }
                            }, new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                }
            }
            assertEquals(List.of("Salaires par secteur", "Annonces", "Manifeste"), names);
        }
        return out;
    }

    @Test
    void readBackIsIndependentOfTheWriter() throws IOException {
        // The reader helper counts what is in the file, not what the writer meant to write.
        Path file = dir.resolve("small.xlsx");
        WorkbookWriter.write(file, List.of(ReportTables.salarySpread()), PostingFixtures.excerpt().iterator(),
                List.of(ReportTables.manifest()), Language.FR);
        try {
            Postings read = readPostingsSheet(file);
            assertEquals(7, read.rows);
            assertEquals(5, read.hyperlinks);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
