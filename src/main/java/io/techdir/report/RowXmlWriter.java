package io.techdir.report;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes SpreadsheetML {@code <row>} elements as UTF-8 bytes straight into the buffers of a
 * {@link ChunkSink} (a {@link DeflatedPart}, or a batch's chunks): no per-cell objects, cell
 * references from precomputed column letters and the row number, text as inline strings
 * ({@code t="inlineStr"}, never a formula).
 *
 * <p>Text escaping: {@code & < >} as entities, CR as {@code &#xd;} (an XML parser would turn a
 * raw CR into LF), other control characters that XML 1.0 refuses as Excel's {@code _xHHHH_}
 * escape, a literal {@code _xHHHH_} in the text protected as {@code _x005F_xHHHH_} (so that
 * readers do not decode it), an unpaired surrogate as U+FFFD. Text with leading or trailing
 * white space gets {@code xml:space="preserve"}.
 */
final class RowXmlWriter {

    /** The longest cell: {@link CellWriter#MAX_TEXT} characters of 7 bytes ({@code _xHHHH_}) and markup. */
    static final int MAX_CELL_BYTES = CellWriter.MAX_TEXT * 7 + 256;

    /** Buffer size: a chunk plus one cell of the worst case, under G1's humongous object size. */
    static final int BUFFER = DeflatedPart.CHUNK + MAX_CELL_BYTES;

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_END = ascii("</row>");
    private static final byte[] CELL_START = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii("\"><v>");
    private static final byte[] BOOLEAN = ascii("\" t=\"b\"><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] CR = ascii("&#xd;");

    private final ChunkSink out;
    private final byte[][] columns;
    private final byte[] row = new byte[12];
    private int rowLength;
    private byte[] buf;
    private int pos;

    /** A writer for rows of {@code width} columns into {@code out}. */
    RowXmlWriter(ChunkSink out, int width) {
        this.out = out;
        this.columns = new byte[width][];
        for (int c = 0; c < width; c++) {
            columns[c] = ascii(CellReference.convertNumToColString(c));
        }
        this.buf = out.buffer();
    }

    /** Starts row {@code index} (0-based). */
    void startRow(int index) {
        if (pos >= DeflatedPart.CHUNK) {
            buf = out.submit(buf, pos);
            pos = 0;
        }
        ensure(64);
        put(ROW_START);
        int start = pos;
        putLong(index + 1L);
        rowLength = pos - start;
        System.arraycopy(buf, start, row, 0, rowLength);
        buf[pos++] = '"';
        buf[pos++] = '>';
    }

    /** Ends the current row. */
    void endRow() {
        ensure(16);
        put(ROW_END);
    }

    /** Hands the last bytes over; the writer is not used afterwards. */
    void finish() {
        out.submitLast(buf, pos);
        buf = null;
        pos = 0;
    }

    /**
     * An inline string cell ({@code text} at most {@link CellWriter#MAX_TEXT} characters).
     *
     * @param style the cell style index (0: default)
     * @return the length of the longest line of the text
     */
    int text(int column, String text, int style) {
        if (text.length() > CellWriter.MAX_TEXT) {
            throw new IllegalArgumentException("cell text of " + text.length() + " characters; expected at most "
                    + CellWriter.MAX_TEXT + " (CellWriter.cut)");
        }
        ensure(text.length() * 7 + 256);
        cellStart(column, style);
        int len = text.length();
        boolean preserve = len > 0 && (space(text.charAt(0)) || space(text.charAt(len - 1)));
        put(preserve ? INLINE_PRESERVE : INLINE);
        int longest = 0;
        int lineStart = 0;
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < len; i++) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                if (ch >= 0x20 && ch != '&' && ch != '<' && ch != '>' && ch != '_') {
                    b[p++] = (byte) ch;
                    continue;
                }
                switch (ch) {
                    case '&' -> p = copy(AMP, b, p);
                    case '<' -> p = copy(LT, b, p);
                    case '>' -> p = copy(GT, b, p);
                    case '_' -> p = underscore(text, i, b, p);
                    case '\t' -> b[p++] = '\t';
                    case '\n' -> {
                        b[p++] = '\n';
                        longest = Math.max(longest, i - lineStart);
                        lineStart = i + 1;
                    }
                    case '\r' -> p = copy(CR, b, p);
                    default -> p = escape(ch, b, p);
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(ch, text.charAt(++i));
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    p = utf8(0xFFFD, b, p);
                }
            } else if (ch >= 0xFFFE) {
                p = escape(ch, b, p); // U+FFFE and U+FFFF are not XML characters
            } else {
                p = utf8(ch, b, p);
            }
        }
        pos = p;
        put(INLINE_END);
        return Math.max(longest, len - lineStart);
    }

    /** A number cell; {@code value} is finite. */
    void number(int column, double value, int style) {
        ensure(96);
        cellStart(column, style);
        put(NUMBER);
        long whole = (long) value;
        if (whole == value && Math.abs(value) < 1e15) {
            putLong(whole);
        } else {
            String s = Double.toString(value);
            for (int i = 0; i < s.length(); i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
        }
        put(VALUE_END);
    }

    /** A boolean cell. */
    void bool(int column, boolean value) {
        ensure(64);
        cellStart(column, 0);
        put(BOOLEAN);
        buf[pos++] = (byte) (value ? '1' : '0');
        put(VALUE_END);
    }

    private void cellStart(int column, int style) {
        put(CELL_START);
        put(columns[column]);
        System.arraycopy(row, 0, buf, pos, rowLength);
        pos += rowLength;
        if (style != 0) {
            put(STYLE);
            putLong(style);
        }
    }

    private void ensure(int bytes) {
        if (buf.length - pos < bytes) {
            buf = out.submit(buf, pos);
            pos = 0;
        }
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** Decimal digits without a String (|value| < 1e15 or a style index). */
    private void putLong(long value) {
        long v = value;
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** An underscore; {@code _x} + 4 hex digits + {@code _} in the text would be decoded by readers. */
    private static int underscore(String text, int i, byte[] b, int p) {
        if (i + 6 < text.length() && text.charAt(i + 1) == 'x' && hex(text.charAt(i + 2)) && hex(text.charAt(i + 3))
                && hex(text.charAt(i + 4)) && hex(text.charAt(i + 5)) && text.charAt(i + 6) == '_') {
            return escape('_', b, p);
        }
        b[p++] = '_';
        return p;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Excel's {@code _xHHHH_}. */
    private static int escape(char c, byte[] b, int p) {
        b[p++] = '_';
        b[p++] = 'x';
        b[p++] = HEX[c >> 12 & 0xF];
        b[p++] = HEX[c >> 8 & 0xF];
        b[p++] = HEX[c >> 4 & 0xF];
        b[p++] = HEX[c & 0xF];
        b[p++] = '_';
        return p;
    }

    private static int utf8(int c, byte[] b, int p) {
        b[p++] = (byte) (0xE0 | c >> 12);
        b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[p++] = (byte) (0x80 | c & 0x3F);
        return p;
    }

    private static int copy(byte[] from, byte[] b, int p) {
        System.arraycopy(from, 0, b, p, from.length);
        return p + from.length;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
