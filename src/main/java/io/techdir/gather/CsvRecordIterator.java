package io.techdir.gather;

import io.techdir.posting.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one CSV file: the header first (resolved to a {@link CsvLayout}), then
 * one posting or reject per row. Blank lines are not records and are skipped. A record starts
 * on the line after the previous record ended (Commons CSV counts the line breaks it consumed,
 * those inside quoted fields included).
 */
final class CsvRecordIterator extends RecordIterator {

    private final CsvSourceReader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private CsvLayout layout;
    private long lastLine;

    CsvRecordIterator(String file, CsvSourceReader reader) {
        super(file, reader.defaultSource(null));
        this.reader = reader;
    }

    @Override
    protected Closeable open() throws IOException {
        parser = reader.open(file);
        rows = parser.iterator();
        return parser;
    }

    @Override
    protected long currentLine() {
        return lastLine + 1;
    }

    @Override
    protected SourceRecord computeNext() {
        long start = lastLine + 1;
        try {
            if (layout == null) {
                if (!rows.hasNext()) {
                    return fail(1, where(1) + ": empty file; expected a header line");
                }
                CSVRecord header = rows.next();
                lastLine = parser.getCurrentLineNumber();
                try {
                    layout = reader.layout(file, header.toList());
                    source(reader.defaultSource(layout.mapping()));
                } catch (SourceFormatException e) {
                    return fail(1, e.getMessage());
                }
                start = lastLine + 1;
            }
            while (rows.hasNext()) {
                String[] values = rows.next().values();
                lastLine = parser.getCurrentLineNumber();
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
