package io.techdir.gather;

import io.techdir.posting.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
 */
final class CsvRecordIterator extends RecordIterator {

    private final CsvSourceReader reader;
    private final boolean scan;
    private CsvScanner scanner;
    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private CsvLayout layout;
    private long lastLine;

    /**
     * An iterator over one file.
     *
     * @param scan whether to read with the {@link CsvScanner} (false: Commons CSV only, as the
     *     tests' reference)
     */
    CsvRecordIterator(String file, CsvSourceReader reader, boolean scan) {
        super(file, reader.defaultSource(null));
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
        String[] values = rows.next().values();
        lastLine = parser.getCurrentLineNumber();
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
                    layout = reader.layout(file, Arrays.asList(header));
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
            return fail(start, where(start) + ": " + unreadable(e));
        }
    }

    /**
     * A decoding error names the charset (the text is decoded a buffer ahead of the parser, so
     * the line is where the parser was when the bad bytes were met); anything else is CSV.
     */
    @Override
    protected String unreadable(Exception e) {
        String charset = reader.charsetName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "cannot decode " + charset + " text at or after this line ("
                        + describe(t) + "); expected " + charset + " text, or the option encoding=";
            }
        }
        if (e instanceof UncheckedIOException) {
            return "cannot parse CSV (" + describe(e) + "); expected RFC 4180 quoting and "
                    + charset + " text";
        }
        return super.unreadable(e);
    }
}
