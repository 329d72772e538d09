package io.techdir.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the semicolon-separated reference tables of {@code data/reference/} (shipped under
 * {@code /reference/} on the classpath): a header row, {@code #} comment lines, UTF-8.
 * Configuration errors throw {@link IllegalStateException} with {@code file:line}.
 */
final class RoleTables {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    /**
     * One table row.
     *
     * @param file the table's name, for messages
     * @param line the row's line number in the file
     * @param cells column name to trimmed value ("" when empty or missing)
     */
    record Row(String file, long line, Map<String, String> cells) {

        /** The cell, "" when empty. */
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The cell, or null when empty. */
        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        /** The cell; throws naming file, line and column when it is empty. */
        String require(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(column, value, "a value");
            }
            return value;
        }

        /** A configuration error about this row, in the project's message shape. */
        IllegalStateException error(String column, String value, String expected) {
            return new IllegalStateException(file + ":" + line + ": " + column + " '" + value
                    + "'; expected " + expected);
        }
    }

    private RoleTables() {
    }

    /** Reads {@code /reference/NAME} from the classpath. */
    static List<Row> classpath(String name, String... columns) {
        String path = "/reference/" + name;
        InputStream in = RoleTables.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + ": reference table not found on the classpath;"
                    + " expected it in data/reference/");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, reader, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read the reference table", e);
        }
    }

    /** Reads a table; every column of {@code columns} must be in the header. */
    static List<Row> read(String name, Reader reader, String... columns) throws IOException {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new IllegalStateException(name + ":1: header '" + String.join(";", header)
                            + "'; expected a column '" + column + "'");
                }
            }
            List<Row> rows = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (record.size() != header.size()) {
                        throw new IllegalStateException(name + ":" + line + ": row '"
                                + String.join(";", record.values()) + "'; expected " + header.size()
                                + " cells (" + String.join(";", header) + ")");
                    }
                    rows.add(new Row(name, line, record.toMap()));
                }
            } catch (UncheckedIOException e) {
                // a malformed cell (a quote inside an unquoted one): name the table, not only the line
                throw new IllegalStateException(name + ": " + e.getCause().getMessage()
                        + "; expected ';'-separated cells, a cell with quotes or ';' quoted whole", e);
            }
            return rows;
        }
    }
}
