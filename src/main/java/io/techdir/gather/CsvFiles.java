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
