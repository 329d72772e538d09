package io.techdir.report;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.spark.sql.types.DataTypes;

/**
 * Streams posting rows into a sheet, and into further sheets when they are more than one sheet
 * holds ({@link #MAX_POSTINGS} under the header: "Postings", "Postings (2)"...): header =
 * {@link PostingSchema#names()} on each, one row per posting, {@code url} as a hyperlink (up to Excel's per-sheet limit), {@code *_eur} columns in
 * the EUR format, {@code *_years} in the years format, other numbers General, frozen header,
 * autofilter and verdict highlights on the {@code baseline_*} columns; printed landscape with the
 * header row repeated on every page ({@link PrintLayout#postings}).
 *
 * <p>The rows do not go through POI's cell objects (about 2 µs a cell): {@link RowXmlWriter}s
 * write their XML, batches of {@value #BATCH} rows on {@link #ENCODERS} threads at once, handed
 * over in order and deflated on the fly into a temporary file ({@link WrittenSheet}); POI keeps
 * the rest of the sheet (views, columns, autofilter, conditional formatting) and the cell
 * styles, created once. Cell values follow {@link CellWriter}: text as inline strings (never a
 * formula; formula-like text quote-prefixed), numbers with the column's number style, NaN,
 * infinities and null as no cell. Nothing is kept per row but its hyperlink (row, column,
 * address) values, at most 65 530 (decided in row order, before a batch is handed to a thread),
 * and at most {@value #IN_FLIGHT} batches are in flight, so memory stays bounded.
 */
final class PostingsSheetWriter {

    /** Postings a sheet can hold under its header row (Excel: 1 048 576 rows). */
    static final int MAX_POSTINGS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** Rows per batch handed to an encoding thread. */
    static final int BATCH = 1024;

    /** Encoding threads: the available processors, at most 4. */
    static final int ENCODERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Batches encoded or waiting at once. */
    private static final int IN_FLIGHT = 2 * ENCODERS + 2;

    private PostingsSheetWriter() {
    }

    /**
     * Writes the postings on as many sheets as they need, {@link #MAX_POSTINGS} a sheet: the first
     * named {@code sheetName}, the next {@code sheetName (2)}, {@code sheetName (3)}...; always at
     * least the first sheet, with its header. Returns the number of postings written.
     */
    static long write(StreamingWorkbook wb, String sheetName, Iterator<org.apache.spark.sql.Row> postings,
            SheetStyles styles, String where) throws IOException {
        return write(wb, sheetName, postings, styles, where, MAX_POSTINGS);
    }

    /** {@link #write(StreamingWorkbook, String, Iterator, SheetStyles, String)} with {@code perSheet} postings a sheet. */
    static long write(StreamingWorkbook wb, String sheetName, Iterator<org.apache.spark.sql.Row> postings,
            SheetStyles styles, String where, int perSheet) throws IOException {
        if (perSheet < 1 || perSheet > MAX_POSTINGS) {
            throw new IllegalArgumentException("postings a sheet: " + perSheet + "; expected 1 to " + MAX_POSTINGS);
        }
        long written = writeSheet(wb, sheetName, postings, styles, where, perSheet, 0);
        for (int k = 2; postings.hasNext(); k++) {
            written += writeSheet(wb, continuationName(sheetName, k), postings, styles, where, perSheet, written);
        }
        return written;
    }

    /** The name of the {@code k}-th sheet of postings ({@code k} from 2): {@code "Postings (2)"}. */
    static String continuationName(String sheetName, int k) {
        return sheetName + " (" + k + ")";
    }

    /**
     * Writes one sheet of at most {@code limit} postings taken from {@code postings}, whose first
     * is the run's posting number {@code before + 1}; returns how many it took.
     */
    private static int writeSheet(StreamingWorkbook wb, String sheetName, Iterator<org.apache.spark.sql.Row> postings,
            SheetStyles styles, String where, int limit, long before) throws IOException {
        Sheet sheet = wb.createSheet(sheetName);
        List<PostingSchema.Column> columns = PostingSchema.columns();
        int width = columns.size();
        ValueFormat[] formats = new ValueFormat[width];
        int[] numberStyles = new int[width];
        Hyperlinks links = wb.links(sheet);
        ColumnWidths widths = new ColumnWidths(width);
        WrittenSheet written = wb.writtenSheet(sheet);
        DeflatedPart part = written.rows();

        Chunks header = new Chunks(part);
        RowXmlWriter xml = new RowXmlWriter(header, width);
        xml.startRow(0);
        int headerStyle = index(styles.header);
        for (int c = 0; c < width; c++) {
            PostingSchema.Column column = columns.get(c);
            formats[c] = format(column);
            numberStyles[c] = formats[c].numeric() ? index(styles.format(formats[c])) : 0;
            widths.see(c, xml.text(c, column.name(), headerStyle));
        }
        xml.endRow();
        xml.finish();
        header.handTo(part);

        Layout layout = new Layout(width, formats, numberStyles, styles);
        int urlColumn = PostingSchema.indexOf(PostingSchema.URL);
        ExecutorService encoders = Executors.newFixedThreadPool(ENCODERS, r -> {
            Thread t = new Thread(r, "techdir-sheet-rows");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
        int r = 0;
        try {
            while (r < limit && postings.hasNext()) {
                org.apache.spark.sql.Row[] rows = new org.apache.spark.sql.Row[BATCH];
                boolean[] linked = new boolean[BATCH];
                int n = 0;
                while (n < BATCH && r < limit && postings.hasNext()) {
                    org.apache.spark.sql.Row posting = postings.next();
                    if (posting.size() != width) {
                        throw new IllegalArgumentException(where + ": posting row " + (before + r + 1) + " has "
                                + posting.size() + " values; expected " + width + " (PostingSchema.names())");
                    }
                    r++;
                    // in row order: the first 65 530 linkable addresses become links
                    linked[n] = posting.get(urlColumn) instanceof String url && links.link(r, urlColumn, url);
                    rows[n++] = posting;
                }
                int first = r - n + 1;
                int count = n;
                inFlight.add(encoders.submit(() -> encode(part, layout, rows, count, first, linked)));
                while (inFlight.size() >= IN_FLIGHT) {
                    hand(inFlight.remove(), part, widths, where);
                }
            }
            while (!inFlight.isEmpty()) {
                hand(inFlight.remove(), part, widths, where);
            }
        } finally {
            encoders.shutdownNow();
        }
        part.finish();
        written.dimension("A1:" + CellReference.convertNumToColString(width - 1) + (r + 1));
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, width - 1));
        for (int c = 0; c < width; c++) {
            if (VerdictHighlights.applies(columns.get(c).name())) {
                VerdictHighlights.apply(sheet, c, 1, r);
            }
        }
        widths.apply(sheet);
        PrintLayout.postings(sheet);
        return r;
    }

    /** How the columns are written: their formats and number styles, and the sheet's styles (read-only). */
    private record Layout(int width, ValueFormat[] formats, int[] numberStyles, SheetStyles styles) {
    }

    /**
     * Rows {@code rows[0..count)}, sheet rows {@code first..}, as XML chunks (taken from
     * {@code part}'s buffers), with their widths; {@code linked[i]}: whether row {@code i}'s address
     * is a hyperlink.
     */
    private static Batch encode(DeflatedPart part, Layout layout, org.apache.spark.sql.Row[] rows, int count,
            int first, boolean[] linked) {
        Chunks chunks = new Chunks(part);
        Cells cells = new Cells(new RowXmlWriter(chunks, layout.width()), layout.styles());
        ColumnWidths widths = new ColumnWidths(layout.width());
        for (int i = 0; i < count; i++) {
            org.apache.spark.sql.Row posting = rows[i];
            cells.linked = linked[i];
            cells.xml.startRow(first + i);
            for (int c = 0; c < layout.width(); c++) {
                widths.see(c, cells.put(c, posting.get(c), layout.formats()[c], layout.numberStyles()[c]));
            }
            cells.xml.endRow();
        }
        cells.xml.finish();
        return new Batch(chunks, widths);
    }

    /** Hands a batch's chunks to the part, in order, and takes its widths. */
    private static void hand(Future<Batch> batch, DeflatedPart part, ColumnWidths widths, String where)
            throws IOException {
        try {
            Batch b = batch.get();
            b.chunks.handTo(part);
            widths.seeAll(b.widths);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(where + ": interrupted while writing the postings");
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException x) {
                throw x;
            }
            if (t instanceof Error x) {
                throw x;
            }
            throw new IllegalStateException(where + ": " + t.getMessage(), t);
        }
    }

    /** A batch's XML and the widths of its cells. */
    private record Batch(Chunks chunks, ColumnWidths widths) {
    }

    /** The buffers a {@link RowXmlWriter} filled, kept until they can be handed over in order. */
    private static final class Chunks implements ChunkSink {
        private final DeflatedPart part;
        private final List<byte[]> buffers = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();

        Chunks(DeflatedPart part) {
            this.part = part;
        }

        @Override
        public byte[] buffer() {
            return part.buffer();
        }

        @Override
        public byte[] submit(byte[] buffer, int len) {
            submitLast(buffer, len);
            return part.buffer();
        }

        @Override
        public void submitLast(byte[] buffer, int len) {
            buffers.add(buffer);
            lengths.add(len);
        }

        /** Submits the chunks to {@code target} (on the thread that owns it). */
        void handTo(DeflatedPart target) {
            for (int i = 0; i < buffers.size(); i++) {
                target.submitLast(buffers.get(i), lengths.get(i));
            }
        }
    }

    private static int index(CellStyle style) {
        return style == null ? 0 : style.getIndex();
    }

    private static ValueFormat format(PostingSchema.Column column) {
        String name = column.name();
        if (name.equals(PostingSchema.URL)) {
            return ValueFormat.URL;
        }
        if (DataTypes.DoubleType.equals(column.type())) {
            if (name.endsWith("_eur")) {
                return ValueFormat.EUR;
            }
            if (name.endsWith("_years")) {
                return ValueFormat.YEARS;
            }
        }
        // Other numbers (salary_min: 11.88 an hour or 45 000 a year) stay General.
        return ValueFormat.TEXT;
    }

    /** One value into one cell, as {@link CellWriter#put} does through POI. */
    private static final class Cells {
        final RowXmlWriter xml;
        /** Whether the current row's address is one of the sheet's hyperlinks. */
        boolean linked;
        private final int link;
        private final int quoted;
        private final int suppressed;
        private final int date;

        Cells(RowXmlWriter xml, SheetStyles styles) {
            this.xml = xml;
            this.link = index(styles.link);
            this.quoted = index(styles.quotedText);
            this.suppressed = index(styles.suppressed);
            this.date = index(styles.format(ValueFormat.DATE));
        }

        /** Writes a value; returns the displayed length (0 for no cell). */
        int put(int column, Object value, ValueFormat format, int numberStyle) {
            if (value == null) {
                return 0;
            }
            if (value instanceof String s) {
                return text(column, s, format);
            }
            if (value instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return 0;
                }
                xml.number(column, d, numberStyle);
                return CellWriter.numberWidth(d, format);
            }
            if (value instanceof Boolean b) {
                xml.bool(column, b);
                return 5;
            }
            if (value instanceof Suppressed) {
                return xml.text(column, Suppressed.LABEL, suppressed);
            }
            if (value instanceof LocalDate d) {
                xml.number(column, DateUtil.getExcelDate(d), date);
                return 10;
            }
            if (value instanceof java.sql.Date d) {
                xml.number(column, DateUtil.getExcelDate(d.toLocalDate()), date);
                return 10;
            }
            if (value instanceof java.sql.Timestamp t) {
                xml.number(column, DateUtil.getExcelDate(t.toLocalDateTime()), date);
                return 10;
            }
            if (value instanceof LocalDateTime t) {
                xml.number(column, DateUtil.getExcelDate(t), date);
                return 10;
            }
            return text(column, value.toString(), ValueFormat.TEXT);
        }

        private int text(int column, String s, ValueFormat format) {
            String shown = s.length() <= CellWriter.MAX_TEXT ? s : CellWriter.cut(s);
            int style = 0;
            if (format == ValueFormat.URL && linked) {
                style = link;
            } else if (CsvSafety.dangerous(shown)) {
                style = quoted;
            }
            return xml.text(column, shown, style);
        }
    }
}
