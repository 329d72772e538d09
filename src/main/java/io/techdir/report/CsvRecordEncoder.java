package io.techdir.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;

/**
 * Writes CSV records as UTF-8 bytes straight into a buffer, exactly as {@link CsvFiles}'s
 * Commons CSV printer writes them (RFC 4180, {@code QuoteMode.MINIMAL}, CRLF record ends), with
 * half the CPU: no per-character {@code Appendable} calls, no {@code Writer} encoding step.
 *
 * <p>A field is quoted, its quotes doubled, when it is empty and first in its record, starts
 * with a character at or below {@code #}, holds a CR, LF, quote or the delimiter, or ends with a
 * character at or below space (Commons CSV's MINIMAL rules). An unpaired surrogate is refused,
 * as the UTF-8 writer Commons CSV writes through refuses it. Not thread-safe.
 */
final class CsvRecordEncoder {

    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final char delimiter;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private boolean newRecord = true;

    /** An encoder into {@code out} with the dialect's delimiter. */
    CsvRecordEncoder(OutputStream out, CsvDialect dialect) {
        this.out = out;
        this.delimiter = dialect.delimiter();
    }

    /** Writes a byte-order mark (U+FEFF in UTF-8). */
    void byteOrderMark() throws IOException {
        ensure(3);
        buf[pos++] = (byte) 0xEF;
        buf[pos++] = (byte) 0xBB;
        buf[pos++] = (byte) 0xBF;
    }

    /** Writes one field of the current record. */
    void field(String value) throws IOException {
        int len = value.length();
        // Worst case: every char 3 bytes (a surrogate pair is 4 bytes for 2 chars), quotes doubled, delimiter.
        ensure(3 * len + 3);
        if (!newRecord) {
            buf[pos++] = (byte) delimiter;
        }
        boolean quote = needsQuotes(value, newRecord);
        newRecord = false;
        if (quote) {
            buf[pos++] = '"';
        }
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < len; i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                b[p++] = (byte) ch;
                if (ch == '"' && quote) {
                    b[p++] = '"';
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                if (!Character.isHighSurrogate(ch) || i + 1 >= len || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    pos = p;
                    throw new MalformedInputException(1);
                }
                int cp = Character.toCodePoint(ch, value.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        pos = p;
        if (quote) {
            buf[pos++] = '"';
        }
    }

    /** Ends the current record (CRLF). */
    void endRecord() throws IOException {
        ensure(2);
        buf[pos++] = '\r';
        buf[pos++] = '\n';
        newRecord = true;
        if (pos >= BUFFER) {
            flushBuffer();
        }
    }

    /** Writes the buffered bytes to the stream (the stream is not flushed). */
    void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private boolean needsQuotes(String value, boolean first) {
        int len = value.length();
        if (len == 0) {
            return first;
        }
        if (value.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == delimiter) {
                return true;
            }
        }
        return value.charAt(len - 1) <= ' ';
    }

    private void ensure(int bytes) throws IOException {
        if (buf.length - pos < bytes) {
            flushBuffer();
            if (buf.length < bytes) {
                buf = new byte[bytes];
            }
        }
    }
}
