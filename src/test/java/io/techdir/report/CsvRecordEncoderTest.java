package io.techdir.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The encoder writes the very bytes Commons CSV's printer writes, record by record. */
class CsvRecordEncoderTest {

    /** Characters that decide quoting, and some that take 2, 3 or 4 bytes in UTF-8. */
    private static final String[] PIECES = {"", "a", "Z", " ", "\t", "\r", "\n", "\r\n", "\"", "\"\"", ",", ";", "#",
        "!", "$", "'", "=", "-", "+", "@", "_", "é", "€", "\u202f", "\u00a0", "😀", "x y", "0", "1.5", "\u0000",
        "\u001f", "\u007f", "\ufeff", "abc,def", "a;b"};

    @ParameterizedTest
    @EnumSource(CsvDialect.class)
    void sameBytesAsCommonsCsv(CsvDialect dialect) throws IOException {
        Random random = new Random(20261126);
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("", "", ""));
        records.add(List.of(""));
        records.add(List.of("a", "", ""));
        records.add(List.of("\"", "a\"b", " lead", "trail ", "#x", "x#"));
        for (int r = 0; r < 20_000; r++) {
            List<String> fields = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int f = 0; f < n; f++) {
                StringBuilder s = new StringBuilder();
                int k = random.nextInt(4);
                for (int i = 0; i < k; i++) {
                    s.append(PIECES[random.nextInt(PIECES.length)]);
                }
                fields.add(s.toString());
            }
            records.add(fields);
        }
        assertArrayEquals(commonsCsv(records, dialect), encoder(records, dialect));
    }

    @Test
    void byteOrderMarkAsTheWriterWritesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecordEncoder e = new CsvRecordEncoder(out, CsvDialect.EXCEL_FR);
        e.byteOrderMark();
        e.flushBuffer();
        assertArrayEquals("\ufeff".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void unpairedSurrogateRefusedLikeTheUtf8Writer() {
        CsvRecordEncoder e = new CsvRecordEncoder(new ByteArrayOutputStream(), CsvDialect.STANDARD);
        assertThrows(MalformedInputException.class, () -> e.field("a\ud800b"));
        assertThrows(MalformedInputException.class, () -> e.field("a\udc00"));
        assertThrows(MalformedInputException.class, () -> commonsCsv(List.of(List.of("a\ud800b")),
                CsvDialect.STANDARD));
    }

    @Test
    void longFieldsGrowTheBuffer() throws IOException {
        String big = "é\"".repeat(100_000);
        List<List<String>> records = List.of(List.of(big, "x"), List.of("y", big));
        assertArrayEquals(commonsCsv(records, CsvDialect.STANDARD), encoder(records, CsvDialect.STANDARD));
    }

    private static byte[] commonsCsv(List<List<String>> records, CsvDialect dialect) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
                CSVPrinter p = new CSVPrinter(w, CsvFiles.format(dialect))) {
            for (List<String> r : records) {
                p.printRecord(r);
            }
        }
        return out.toByteArray();
    }

    private static byte[] encoder(List<List<String>> records, CsvDialect dialect) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecordEncoder e = new CsvRecordEncoder(out, dialect);
        for (List<String> r : records) {
            for (String f : r) {
                e.field(f);
            }
            e.endRecord();
        }
        e.flushBuffer();
        return out.toByteArray();
    }
}
