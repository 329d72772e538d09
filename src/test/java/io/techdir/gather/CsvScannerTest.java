package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner reads what Commons CSV reads (through {@link CsvFiles#open}, with its {@link
 * LineEnds}): every row and line number the same, on random text made of the characters that
 * matter to CSV (quotes, delimiters, CR, LF, spaces); and the reader
 * gives the same records and rejects as with Commons CSV alone, broken files included (the
 * scanner then hands over to Commons CSV).
 */
class CsvScannerTest {

    @TempDir
    Path dir;

    private static final String[] PIECES = {"a", "b", "é", "€", "x y", ",", ",", ";", "\"", "\"", "\"\"", "\r", "\n",
        "\r\n", " ", "\t", "😀", "\u00a0"};

    /** One row per Commons CSV record: the fields and the line number after it, or the error at the end. */
    private static List<String> commonsRows(Path file, Character delimiter) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(file.toString(), StandardCharsets.UTF_8, delimiter)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (rows.hasNext()) {
                out.add(Arrays.toString(LineEnds.restore(rows.next().values())) + " @" + parser.getCurrentLineNumber());
            }
        } catch (IOException | RuntimeException e) {
            out.add("error " + e.getMessage());
        }
        return out;
    }

    /** The scanner's rows, and "unsure" where it hands over. */
    private static List<String> scannerRows(Path file, Character delimiter) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvScanner scanner = CsvScanner.open(file.toString(), StandardCharsets.UTF_8, delimiter)) {
            for (String[] row = scanner.next(); row != null; row = scanner.next()) {
                out.add(Arrays.toString(row) + " @" + scanner.line());
                assertEquals(out.size(), scanner.rows());
            }
        } catch (CsvScanner.Unsure e) {
            out.add("unsure");
        }
        return out;
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void randomTextReadsAsCommonsCsvReadsIt() throws IOException {
        Random random = new Random(42);
        int unsure = 0;
        int same = 0;
        for (int t = 0; t < 1500; t++) {
            String text = (random.nextInt(5) == 0 ? "\uFEFF" : "") + randomText(random, random.nextInt(60));
            Path file = dir.resolve("r" + t + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Character delimiter = random.nextBoolean() ? null : ';';
            List<String> expected = commonsRows(file, delimiter);
            List<String> got = scannerRows(file, delimiter);
            if (!got.isEmpty() && got.get(got.size() - 1).equals("unsure")) {
                unsure++;
                assertEquals(expected.subList(0, got.size() - 1), got.subList(0, got.size() - 1), text);
            } else {
                same++;
                assertEquals(expected, got, text);
            }
        }
        assertTrue(same > 400 && unsure > 100, same + " read alike, " + unsure + " handed over");
    }

    /**
     * A header line ending with CRLF (or LF): a lone CR is a character of its field and no line;
     * one ending with a lone CR: CR ends lines too (old Mac files), also inside quoted fields.
     */
    @Test
    void quotedFieldsLineBreaksAndTheEndOfTheFile() throws IOException {
        Path file = dir.resolve("q.csv");
        Files.writeString(file, "id,text\r\n1,\"a \"\"b\"\"\r\nc\",\n\n2,x\"y\r3,", StandardCharsets.UTF_8);
        assertEquals(List.of("[id, text] @1", "[1, a \"b\"\r\nc, ] @3", "[] @4", "[2, x\"y\r3, ] @5"),
                scannerRows(file, null));
        assertEquals(commonsRows(file, null), scannerRows(file, null));
        Files.writeString(file, "id,text\r1,\"a\rb\",\r\n2,x\"y\r3,", StandardCharsets.UTF_8);
        assertEquals(List.of("[id, text] @1", "[1, a\rb, ] @3", "[2, x\"y] @4", "[3, ] @5"), scannerRows(file, null));
        assertEquals(commonsRows(file, null), scannerRows(file, null));
    }

    @Test
    void handsOverWhereCommonsCsvWouldSkipSpacesOrFail() throws IOException {
        for (String text : List.of("a,b\n\"x\" ,y\n", "a,b\n\"x\"z,y\n", "a,b\n\"never closed\n")) {
            Path file = dir.resolve("h.csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<String> got = scannerRows(file, null);
            assertEquals(List.of("[a, b] @1", "unsure"), got, text);
        }
    }

    /**
     * A generic CSV of {@code rows} rows of about 1 400 characters each, as the generator writes
     * them, and a stray CR in every 89th title.
     */
    private static byte[] bigFile(Random random, int rows, boolean crlf) {
        StringBuilder sb = new StringBuilder("source_id,title,description\r\n");
        for (int r = 0; r < rows; r++) {
            // a stray CR in some titles: a character of the field (the header line ends with CRLF)
            sb.append("id-").append(r).append(",Titre é ").append(r % 89 == 0 ? "\r" : "").append(r).append(",\"");
            for (int w = 0; w < 200; w++) {
                sb.append(w % 37 == 0 ? "\"\"cité\"\"" : w % 53 == 0 ? "\n" : w % 71 == 0 ? "€" : "mot").append(' ');
            }
            sb.append('"').append(crlf || random.nextInt(3) > 0 ? "\r\n" : "\n");
            if (r % 97 == 0) {
                sb.append("\r\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<SourceRecord> records(CsvSourceReader reader, Path file, boolean scan) {
        List<SourceRecord> out = new ArrayList<>();
        new CsvRecordIterator(file.toString(), reader, scan).forEachRemaining(out::add);
        return out;
    }

    /**
     * Files larger than the look-ahead, whole or broken at a place (a byte that is not UTF-8, a
     * character after a closing quote, no closing quote): the same records and the same rejects as
     * with Commons CSV alone.
     */
    @Test
    void bigFilesWholeOrBrokenGiveCommonsCsvsRecords() throws IOException {
        CsvSourceReader reader = new CsvSourceReader(SourceSpec.parse("csv:" + dir));
        Random random = new Random(7);
        byte[] whole = bigFile(random, 3000, false);
        assertTrue(whole.length > 4 * CsvScanner.LOOKAHEAD, "bigger than the look-ahead: " + whole.length);
        List<byte[]> files = new ArrayList<>();
        files.add(whole);
        for (int at : new int[] {10, 70_000, 300_000, 1_100_000, 2_000_000, whole.length - 5_000, whole.length - 2}) {
            byte[] bad = whole.clone();
            bad[at] = (byte) 0xC3;
            bad[at + 1] = (byte) 'x';
            files.add(bad);
            ByteArrayOutputStream quote = new ByteArrayOutputStream();
            int close = indexOf(whole, "\"\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (close > 0) {
                quote.write(whole, 0, close + 1);
                quote.write('z');
                quote.write(whole, close + 1, whole.length - close - 1);
                files.add(quote.toByteArray());
            }
        }
        files.add(Arrays.copyOf(whole, whole.length - 3));
        int unreadable = 0;
        int skipped = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = dir.resolve("big" + i + ".csv");
            Files.write(file, files.get(i));
            List<SourceRecord> expected = records(reader, file, false);
            List<SourceRecord> got = records(reader, file, true);
            assertEquals(expected.size(), got.size(), "file " + i);
            assertEquals(expected, got, "file " + i);
            SourceRecord last = got.get(got.size() - 1);
            unreadable += last instanceof Reject r && r.code().equals(RejectCodes.SOURCE_UNREADABLE) ? 1 : 0;
            // a row that cannot be parsed is left out, and the rows after it are read
            skipped += got.stream().filter(x -> x instanceof Reject r && r.code().equals(RejectCodes.MALFORMED_ROW)
                    && r.reason().contains("cannot parse this row")).count() == 1 ? 1 : 0;
        }
        assertEquals(7, unreadable, "every file broken by a byte that is not UTF-8 ends with its reject");
        assertEquals(files.size() - 1 - 7, skipped, "every file broken by its quoting has its one skipped row");
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i + what.length <= data.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (data[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void otherCharsetsAreDecodedStrictly() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "id;titre\r\n1;Réseau\r\n".getBytes(StandardCharsets.ISO_8859_1));
        try (CsvScanner scanner = CsvScanner.open(file.toString(), java.nio.charset.Charset.forName("windows-1252"), null)) {
            assertEquals(List.of("id", "titre"), Arrays.asList(scanner.next()));
            assertEquals(List.of("1", "Réseau"), Arrays.asList(scanner.next()));
            assertNull(scanner.next());
            assertEquals(2, scanner.line());
        } catch (CsvScanner.Unsure e) {
            throw new AssertionError(e);
        }
        assertThrows(CsvScanner.Unsure.class, () -> CsvScanner.open(file.toString(), StandardCharsets.UTF_8, null).close());
        assertFalse(scannerRows(file, null).isEmpty());
    }
}
