package io.techdir.report;

import io.techdir.posting.PostingSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * Streams posting rows (Spark {@link Row}s in {@link PostingSchema} column order) to a CSV file
 * whose header is {@link PostingSchema#names()}. Memory does not depend on the number of rows.
 * Cells are written as {@link CsvTableWriter} writes them (text neutralized by
 * {@link CsvSafety}, numbers plain) and quoted as {@link CsvFiles}' printer quotes them
 * ({@link CsvRecordEncoder}: the same bytes, without Commons CSV's per-character cost).
 * Not thread-safe.
 */
public final class PostingsCsvWriter implements Closeable {

    private final Path file;
    private final CsvDialect dialect;
    private final int width;
    private final OutputStream stream;
    private final CsvRecordEncoder encoder;
    private long count;
    private boolean closed;

    /** Opens {@code file} (parent folders created, an existing file replaced) and writes the header. */
    public PostingsCsvWriter(Path file, CsvDialect dialect) throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        List<String> header = PostingSchema.names();
        this.width = header.size();
        CsvFiles.createParent(file);
        this.stream = Files.newOutputStream(file);
        this.encoder = new CsvRecordEncoder(stream, dialect);
        try {
            if (dialect.byteOrderMark()) {
                encoder.byteOrderMark();
            }
            for (String name : header) {
                encoder.field(name);
            }
            encoder.endRecord();
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * Writes one posting row.
     *
     * @throws IllegalArgumentException when the row does not have one value per posting column
     */
    public void write(Row row) throws IOException {
        Objects.requireNonNull(row, "row");
        if (closed) {
            throw new IllegalStateException(file + ": writer closed after " + count + " rows");
        }
        if (row.size() != width) {
            throw new IllegalArgumentException(file + ": posting row " + (count + 1) + " has " + row.size()
                    + " values; expected " + width + " (PostingSchema.names())");
        }
        for (int i = 0; i < width; i++) {
            encoder.field(CsvCells.text(row.get(i), dialect));
        }
        encoder.endRecord();
        count++;
    }

    /** Rows written so far (the header not counted). */
    public long count() {
        return count;
    }

    /** Flushes and closes the file; closing twice does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try (OutputStream s = stream) {
                encoder.flushBuffer();
            }
        }
    }
}
