package io.techdir.gather;

import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one CSV file: the header first (resolved to a {@link CsvLayout}), then
 * one posting or reject per row. Blank lines are not records and are skipped. A record starts
 * on the line after the previous record ended (Commons CSV counts the line breaks it consumed,
 * those inside quoted fields included).
 *
 * <p>Rows are read by a {@link CsvScanner}; where it is unsure (broken quoting, text that cannot
 * be decoded), the file is read again from the start by Commons CSV ({@link CsvFiles#open}),
 * which skips the rows already read and goes on: the rows, line numbers and error messages are
 * Commons CSV's in every case.
 *
 * <p>A row Commons CSV cannot parse (a character after a closing quote, a quote never closed) is
 * rejected ({@code MALFORMED_ROW}, at the line it starts on) and reading goes on at the next line,
 * the file read again after it ({@link CsvSourceReader#openAfter}): a quote never closed no longer
 * takes the rest of the file with it. After {@value #MAX_RECOVERIES} such rows the file is given
 * up ({@code SOURCE_UNREADABLE}). Text that cannot be decoded ends the file, with the line and
 * byte where the decoding failed.
 */
final class CsvRecordIterator extends RecordIterator {

    private final CsvSourceReader reader;
    private final boolean scan;
    private CsvScanner scanner;
    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private CsvLayout layout;
    private long lastLine;
    /** Lines before the Commons CSV parser's text (after a row that could not be parsed). */
    private long lineOffset;
    private int recoveries;

    /** Unparseable rows skipped in one file before it is given up. */
    static final int MAX_RECOVERIES = 100;

    /**
     * An iterator over one file.
     *
     * @param scan whether to read with the {@link CsvScanner} (false: Commons CSV only, as the
     *     tests' reference)
     */
    CsvRecordIterator(String file, CsvSourceReader reader, boolean scan) {
        this(file, file, reader, scan);
    }

    /** An iterator over one file, read at {@code file}, named {@code name} in its records ({@link RecordNames}). */
    CsvRecordIterator(String file, String name, CsvSourceReader reader, boolean scan) {
        super(file, name, reader.defaultSource(null));
        this.reader = reader;
        this.scan = scan;
    }

    @Override
    protected Closeable open() throws IOException {
        try {
            if (scan) {
                scanner = reader.scan(file);
            } else {
                openCommons(0);
            }
        } catch (CsvScanner.Unsure e) {
            openCommons(0);
        }
        return () -> {
            try (Closeable a = scanner; Closeable b = parser) {
                // closes both, whichever is open
            }
        };
    }

    /** Reads the file with Commons CSV from the start, skipping the first {@code skip} rows. */
    private void openCommons(long skip) throws IOException {
        parser = reader.open(file);
        rows = parser.iterator();
        for (long k = 0; k < skip && rows.hasNext(); k++) {
            rows.next();
        }
    }

    /** The next row's fields, or null at the end; {@link #lastLine} is then the line it ended on. */
    private String[] nextRow() throws IOException {
        if (scanner != null) {
            try {
                String[] row = scanner.next();
                lastLine = scanner.line();
                return row;
            } catch (CsvScanner.Unsure e) {
                long done = scanner.rows();
                scanner.close();
                scanner = null;
                openCommons(done);
            }
        }
        if (!rows.hasNext()) {
            return null;
        }
        String[] values = LineEnds.restore(rows.next().values());
        lastLine = lineOffset + parser.getCurrentLineNumber();
        return values;
    }

    @Override
    protected long currentLine() {
        return lastLine + 1;
    }

    @Override
    protected SourceRecord computeNext() throws IOException {
        long start = lastLine + 1;
        try {
            if (layout == null) {
                String[] header = nextRow();
                if (header == null) {
                    return fail(1, where(1) + ": empty file; expected a header line");
                }
                try {
                    layout = reader.layout(name(), Arrays.asList(header));
                    source(reader.defaultSource(layout.mapping()));
                } catch (SourceFormatException e) {
                    return fail(1, e.getMessage());
                }
                start = lastLine + 1;
            }
            for (String[] values = nextRow(); values != null; values = nextRow()) {
                if (values.length == 1 && values[0].isBlank()) {
                    start = lastLine + 1;
                    continue;
                }
                return layout.toRecord(values, start);
            }
            return null;
        } catch (UncheckedIOException e) {
            if (layout == null || RecordIterator.isDecoding(e) || recoveries == MAX_RECOVERIES) {
                return fail(start, where(start) + ": " + (recoveries == MAX_RECOVERIES
                        ? MAX_RECOVERIES + " rows could not be parsed already; " : "") + unreadable(e));
            }
            recoveries++;
            Reject skipped = new Reject(source(), where(start), RejectCodes.MALFORMED_ROW, where(start)
                    + ": cannot parse this row (" + absolute(RecordIterator.describe(e)) + "); expected RFC 4180"
                    + " quoting: the row is left out and reading goes on at the next line");
            reopenAfter(start);
            return skipped;
        }
    }

    /** Reads on with Commons CSV from the line after {@code line}. */
    private void reopenAfter(long line) throws IOException {
        if (scanner != null) {
            scanner.close();
            scanner = null;
        }
        if (parser != null) {
            parser.close();
        }
        parser = reader.openAfter(file, line);
        rows = parser.iterator();
        lineOffset = line;
        lastLine = line;
    }

    /** Commons CSV's message with its line numbers made the file's ("at line: 6" after a skipped row). */
    private String absolute(String message) {
        java.util.regex.Matcher m = LINE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "at line: " + (Long.parseLong(m.group(1)) + lineOffset));
        }
        return m.appendTail(out).toString();
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("at line: (\\d+)");

    /**
     * A decoding error names the line and byte where the file stops being valid in its charset
     * (the text is decoded a buffer ahead of the parser: the records from the parser's line on are
     * not read); anything else is CSV.
     */
    @Override
    protected String unreadable(Exception e) {
        String charset = reader.charsetName();
        if (RecordIterator.isDecoding(e)) {
            String undecodable = reader.undecodable(file);
            return undecodable != null ? "cannot read from here: " + undecodable
                    : "cannot decode " + charset + " text at or after this line (" + describe(e) + "); expected "
                            + charset + " text, or the option encoding=";
        }
        if (e instanceof UncheckedIOException) {
            return "cannot parse CSV (" + describe(e) + "); expected RFC 4180 quoting and "
                    + charset + " text";
        }
        return super.unreadable(e);
    }
}
