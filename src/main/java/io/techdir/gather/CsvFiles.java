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
 * detected from the header line unless given, the line ends from the header line's ({@link
 * LineEnds}: a lone CR ends a line only where the header line ends with one), RFC 4180 quoting
 * with multi-line fields. The fields Commons CSV returns go through {@link LineEnds#restore}.
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
     * A parser over the file after its first {@code lines} lines (the file's {@link LineEnds}),
     * the delimiter and the line ends taken from the header line as {@link #open} does; its line
     * numbers are relative to that point.
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
            StringBuilder header = new StringBuilder();
            LineEnds ends = firstLine(reader, header);
            char d = delimiter != null ? delimiter : detectDelimiter(header.toString());
            skipLines(reader, lines, ends);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(d)
                    .setIgnoreEmptyLines(false)
                    .get();
            return CSVParser.builder().setReader(ends.forCommonsCsv(reader)).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static void skipLines(BufferedReader reader, long lines, LineEnds ends) throws IOException {
        for (long done = 0; done < lines; ) {
            int c = reader.read();
            if (c < 0) {
                return;
            }
            if (c == '\r') {
                reader.mark(1);
                boolean crlf = reader.read() == '\n';
                if (!crlf) {
                    reader.reset();
                }
                done += crlf || ends == LineEnds.CR ? 1 : 0;
            } else if (c == '\n') {
                done++;
            }
        }
    }

    /**
     * Where the file first stops being valid text in {@code charset}: {@code {line, byte offset,
     * the byte}} (line 1-based, its lines ended as its {@link LineEnds} say), or null when the
     * whole file decodes.
     */
    static long[] firstUndecodable(String file, Charset charset) throws IOException {
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
        // lines as CR, LF and CRLF end them, and as LF and CRLF alone do: the header line's line
        // break says which (LineEnds.after), once the character after it is known
        long anyEnd = 1;
        long lfEnd = 1;
        int lineBreak = -1;
        LineEnds ends = null;
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
                    if (ends == null && lineBreak >= 0) {
                        ends = LineEnds.after(lineBreak, c);
                    }
                    if (c == '\n') {
                        anyEnd += cr ? 0 : 1;
                        lfEnd++;
                    } else if (c == '\r') {
                        anyEnd++;
                    }
                    if (lineBreak < 0 && (c == '\n' || c == '\r')) {
                        lineBreak = c;
                    }
                    cr = c == '\r';
                }
                out.clear();
                if (r.isError()) {
                    LineEnds at = ends != null ? ends : LineEnds.after(lineBreak, -1);
                    return new long[] {at == LineEnds.CR ? anyEnd : lfEnd, consumed, in.get(in.position()) & 0xff};
                }
                in.compact();
                if (end && r.isUnderflow()) {
                    return null;
                }
            }
        }
    }

    /**
     * Reads the header line (at most {@value #HEADER_LOOKAHEAD} - 1 characters) into {@code line}
     * and returns the file's line ends; the reader is left where it was.
     */
    private static LineEnds firstLine(BufferedReader reader, StringBuilder line) throws IOException {
        reader.mark(HEADER_LOOKAHEAD + 1);
        int c = reader.read();
        for (; c >= 0 && c != '\n' && c != '\r' && line.length() < HEADER_LOOKAHEAD - 1; c = reader.read()) {
            line.append((char) c);
        }
        LineEnds ends = c == '\r' || c == '\n' ? LineEnds.after(c, c == '\r' ? reader.read() : -1)
                : LineEnds.LF;
        reader.reset();
        return ends;
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
