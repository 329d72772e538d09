package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The row XML of the postings sheet: escaping, cell references, and the deflated part read back
 * by {@link ZipInputStream} (which checks the entry's CRC and sizes).
 */
class RowXmlWriterTest {

    /** The entry {@code <a>} + rows + {@code </a>} as {@link DeflatedPart#writeEntry} stores it, read back. */
    static String entry(int width, Consumer<RowXmlWriter> rows) {
        try (DeflatedPart part = new DeflatedPart(RowXmlWriter.BUFFER)) {
            RowXmlWriter w = new RowXmlWriter(part, width);
            rows.accept(w);
            w.finish();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
                part.writeEntry(zip, "s.xml", "<a>".getBytes(StandardCharsets.US_ASCII),
                        new ByteArrayInputStream("</a>".getBytes(StandardCharsets.US_ASCII)));
            }
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                ZipEntry e = in.getNextEntry();
                assertEquals("s.xml", e.getName());
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8); // checks CRC and size
                assertEquals(xml.getBytes(StandardCharsets.UTF_8).length, e.getSize());
                return xml.substring("<a>".length(), xml.length() - "</a>".length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textCell(String text) {
        return entry(1, w -> {
            w.startRow(0);
            w.text(0, text, 0);
            w.endRow();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // hellowork-2026-01.csv:791 (U+202F narrow no-break space, €)
        "85\u202f800 € / an                  | 85\u202f800 € / an",
        // ft-2024-11-it-1049.json:0
        "DBA SQL/Big Data (H/F)              | DBA SQL/Big Data (H/F)",
        "R&D <Cloud> & IA                    | R&amp;D &lt;Cloud&gt; &amp; IA",
        "`a\rb`                              | a&#xd;b",
        "`a\nb\tc`                           | `a\nb\tc`",
        "`bell\u0007`                        | bell_x0007_",
        "`\u001f`                            | _x001F_",
        "_x0041_ stays text                  | _x005F_x0041_ stays text",
        "_x004_ and snake_case_x             | _x004_ and snake_case_x",
        "`\uffff`                            | _xFFFF_",
        "`broken \ud83d pair`                | broken \ufffd pair",
        "emoji \ud83d\ude00                  | emoji \ud83d\ude00",
    })
    void textIsEscapedForXmlAndExcel(String text, String inXml) {
        assertEquals("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + inXml + "</t></is></c></row>", textCell(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "` lead`   | ` lead`",
        "`trail\n` | `trail\n`",
    })
    void outerWhiteSpaceIsPreserved(String text, String inXml) {
        assertEquals("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + inXml
                + "</t></is></c></row>", textCell(text));
    }

    @Test
    void cellsCarryReferencesStylesAndTypedValues() {
        String xml = entry(30, w -> {
            w.startRow(1_048_575);
            w.number(0, 45000.0, 7); // ft-2024-11-it-1049.json:0 salary_annual_min_eur
            w.number(1, 11.88, 0);   // an hourly rate stays General
            w.number(2, -1, 0);      // glassdoor-2020.csv:24 "salary -1"
            w.bool(26, true);
            w.text(29, "=1+1", 3);
            w.endRow();
        });
        assertEquals("<row r=\"1048576\"><c r=\"A1048576\" s=\"7\"><v>45000</v></c><c r=\"B1048576\"><v>11.88</v></c>"
                + "<c r=\"C1048576\"><v>-1</v></c><c r=\"AA1048576\" t=\"b\"><v>1</v></c>"
                + "<c r=\"AD1048576\" s=\"3\" t=\"inlineStr\"><is><t>=1+1</t></is></c></row>", xml);
    }

    @Test
    void longestLineIsReturnedForColumnWidths() {
        entry(1, w -> {
            w.startRow(0);
            assertEquals(8, w.text(0, "Lyon\nParis 8e\nNice", 0));
            assertEquals(0, w.text(0, "", 0));
            w.endRow();
        });
    }

    @Test
    void manyChunksConcatenateIntoOneDeflateStream() {
        // More chunks than are in flight at once, cells of the maximum length included.
        String big = "é".repeat(CellWriter.MAX_TEXT);
        int rows = 4_000;
        String xml = entry(3, w -> {
            for (int r = 0; r < rows; r++) {
                w.startRow(r);
                w.text(0, r % 100 == 0 ? big : "Directeur technique H/F #" + r, 0);
                w.number(1, r, 0);
                w.endRow();
            }
        });
        assertTrue(xml.length() > DeflatedPart.CHUNK * 4, "length " + xml.length());
        assertTrue(xml.startsWith("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>éé"));
        assertTrue(xml.endsWith("<row r=\"4000\"><c r=\"A4000\" t=\"inlineStr\"><is><t>Directeur technique H/F #3999"
                + "</t></is></c><c r=\"B4000\"><v>3999</v></c></row>"), xml.substring(xml.length() - 200));
        assertEquals(rows, xml.split("</row>", -1).length - 1);
    }

    @Test
    void emptyPartMakesAnEntryOfHeadAndTail() {
        assertEquals("", entry(1, w -> { }));
    }

    @Test
    void crcOfAConcatenationFromItsParts() {
        Random random = new Random(42);
        for (int n : new int[] {0, 1, 7, 1000, 70_000}) {
            byte[] a = new byte[random.nextInt(5000)];
            byte[] b = new byte[n];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertEquals(whole.getValue(), Crc32Combine.combine(crc(a), crc(b), b.length), "len2 " + n);
        }
    }

    @Test
    void submitAfterFinishIsRefused() throws IOException {
        try (DeflatedPart part = new DeflatedPart(16)) {
            part.finish();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> part.submit(new byte[16], 1));
            assertEquals("deflated part: submit after finish; expected submit before finish", e.getMessage());
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }
}
