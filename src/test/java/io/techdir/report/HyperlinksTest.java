package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HyperlinksTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://candidat.francetravail.fr/offres/recherche/detail/184TLPS            | true",
        "https://www.hellowork.com/fr-fr/emplois/72567121.html                        | true",
        "https://www.aplitrak.com/?adid=Y2FyZXR0ZWcuOTQxNDYuNjcwNkBoYXlzZnJhbmNlLmFwbGl0cmFrLmNvbQ | true",
        "http://example.org/recherche?k=directeur+technique&l=Lyon#top              | true",
        "javascript:alert(1)                                                          | false",
        "file:///etc/passwd                                                           | false",
        "www.hellowork.com/fr-fr/emplois/72567121.html                                | false",
        "https://www.hellowork.com/fr-fr/emplois/74558780.html?a=1 b                  | false",
        "https://                                                                     | false",
        "`=HYPERLINK(\"http://evil.example/\")`                                       | false",
    })
    void onlyAbsoluteWebAddressesAreLinked(String address, boolean linked) {
        assertEquals(linked, Hyperlinks.linkable(address), address);
    }

    @Test
    void tooLongAddressIsNotLinked() {
        String base = "https://candidat.francetravail.fr/offres/recherche/detail/184TLPS?";
        assertTrue(Hyperlinks.linkable(base + "x".repeat(Hyperlinks.MAX_ADDRESS - base.length())));
        assertFalse(Hyperlinks.linkable(base + "x".repeat(Hyperlinks.MAX_ADDRESS - base.length() + 1)));
    }

    @Test
    void capIsRespected() {
        Hyperlinks links = new Hyperlinks(2);
        assertTrue(links.link(1, 5, ReportTables.FT_URL));
        assertFalse(links.link(2, 5, "javascript:alert(1)"));
        assertTrue(links.link(3, 5, ReportTables.FT_URL));
        assertFalse(links.link(4, 5, ReportTables.FT_URL), "cap reached");
        assertEquals(List.of(new Hyperlinks.Link(1, 5, ReportTables.FT_URL), new Hyperlinks.Link(3, 5, ReportTables.FT_URL)),
                links.links());
        assertEquals(65_530, Hyperlinks.MAX_PER_SHEET, "Excel's limit");
    }

    @Test
    void relationshipPartOfASheet() {
        assertEquals("xl/worksheets/_rels/sheet2.xml.rels", HyperlinkEntrySource.relsName("xl/worksheets/sheet2.xml"));
    }

    @Test
    void ampersandsAreEscapedInTheFileAndReadBackIntact() throws IOException {
        String url = "http://example.org/recherche?k=directeur+technique&l=Lyon";
        Table t = Table.builder("links", "Liens", "Links").column("url", "Lien", "Link", ValueFormat.URL)
                .row(url).build();
        Path file = dir.resolve("links.xlsx");
        WorkbookWriter.write(file, List.of(t), List.<Row>of().iterator(), List.of(), Language.EN);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(url, wb.getSheetAt(0).getRow(1).getCell(0).getHyperlink().getAddress());
        }
        assertEquals("a&amp;b&lt;&gt;&quot;&apos;", HyperlinkEntrySource.escape("a&b<>\"'"));
    }

    @Test
    void unexpectedSheetXmlIsRefusedNotCorrupted() {
        List<Hyperlinks.Link> one = List.of(new Hyperlinks.Link(1, 0, ReportTables.FT_URL));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HyperlinkEntrySource.sheetWithLinks(
                "xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"m\"><x:sheetData/></x:worksheet>", one));
        assertEquals("xl/worksheets/sheet1.xml: no <worksheet> root element; expected SpreadsheetML", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> HyperlinkEntrySource.sheetWithLinks("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData/><hyperlinks/></worksheet>", one));
        assertEquals("xl/worksheets/sheet1.xml: sheet already has hyperlinks; expected none from POI", e.getMessage());
    }

    @Test
    void hyperlinksGoBeforePageMargins() throws IOException {
        String xml = "<worksheet xmlns=\"m\"><sheetData/><autoFilter ref=\"A1:B2\"/><pageMargins left=\"0.7\"/></worksheet>";
        try (InputStream in = HyperlinkEntrySource.sheetWithLinks("s", xml,
                List.of(new Hyperlinks.Link(1, 8, ReportTables.FT_URL)))) {
            assertEquals("<worksheet xmlns:r=\"" + HyperlinkEntrySource.RELATIONSHIPS_NS + "\" xmlns=\"m\"><sheetData/>"
                    + "<autoFilter ref=\"A1:B2\"/><hyperlinks><hyperlink ref=\"I2\" r:id=\"rIdLink1\"/></hyperlinks>"
                    + "<pageMargins left=\"0.7\"/></worksheet>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
