package io.techdir.gather;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens a CSV file for streaming: strict decoding (a byte that is not valid in the charset is an
 * error, not a silent replacement character), a leading byte-order mark skipped, the delimiter
 * detected from the header line unless given, RFC 4180 quoting with multi-line fields.
 */
final class CsvFiles {

    /** How far ahead the header line is looked at to detect the delimiter. */
    private static final int HEADER_LOOKAHEAD = 1 << 16;
    private static final char BOM = '\uFEFF';

    private CsvFiles() {
    }

    /** A parser over the whole file, header line included (empty lines are kept as records). */
    static CSVParser open(String file, Charset charset, Character delimiter) throws IOException {
        return open(file, charset, delimiter, 0);
    }

    /**
     * A parser over the file after its first {@code lines} lines (line ends as Commons CSV counts
     * them: CR, LF or CRLF), the delimiter detected from the header line as {@link #open} does;
     * its line numbers are relative to that point.
     */
    static CSVParser open(String file, Charset charset, Character delimiter, long lines) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(Path.of(file)), charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), HEADER_LOOKAHEAD);
        try {
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            char d = delimiter != null ? delimiter : detectDelimiter(firstLine(reader));
            skipLines(reader, lines);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(d)
                    .setIgnoreEmptyLines(false)
                    .get();
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static void skipLines(BufferedReader reader, long lines) throws IOException {
        for (long done = 0; done < lines; ) {
            int c = reader.read();
            if (c < 0) {
                return;
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                done++;
            } else if (c == '\n') {
                done++;
            }
        }
    }

    /**
     * Where the file first stops being valid text in {@code charset}: {@code {line, byte offset,
     * the byte}} (line 1-based, line ends CR, LF or CRLF), or null when the whole file decodes.
     */
    static long[] firstUndecodable(String file, Charset charset) throws IOException {
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
        long line = 1;
        long consumed = 0;
        boolean cr = false;
        try (java.io.InputStream stream = Files.newInputStream(Path.of(file))) {
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = stream.read(in.array(), in.position(), in.remaining());
                    if (n < 0) {
                        end = true;
                    } else {
                        in.position(in.position() + n);
                    }
                }
                in.flip();
                int before = in.position();
                java.nio.charset.CoderResult r = decoder.decode(in, out, end);
                consumed += in.position() - before;
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\n') {
                        line += cr ? 0 : 1;
                    } else if (c == '\r') {
                        line++;
                    }
                    cr = c == '\r';
                }
                out.clear();
                if (r.isError()) {
                    return new long[] {line, consumed, in.get(in.position()) & 0xff};
                }
                in.compact();
                if (end && r.isUnderflow()) {
                    return null;
                }
            }
        }
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r'
                && line.length() < HEADER_LOOKAHEAD - 1; c = reader.read()) {
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    /**
     * The delimiter of a header line: the more frequent of {@code ;} and {@code ,} outside
     * quotes (comma on a tie), or tab when the line holds neither but has a tab.
     */
    static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (commas == 0 && semicolons == 0 && tabs > 0) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
