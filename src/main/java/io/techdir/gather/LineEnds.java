package io.techdir.gather;

import java.io.IOException;
import java.io.Reader;

/**
 * Which characters end the lines of a CSV file, decided by its header line's own line end. LF and
 * CRLF always do. A CR not followed by LF (a <em>lone CR</em>) does only in a file whose header
 * line ends with one (an old Mac file, CR throughout); anywhere else it is an ordinary character,
 * kept in the field it stands in: a stray CR inside a field of an export whose lines end with LF
 * or CRLF does not cut its record in two, and counts as no line in the records' {@code file:line}.
 * RFC 4180 ends lines with CRLF and has no lone CR; Commons CSV ends a line at every CR.
 *
 * <p>{@link CsvScanner} reads by this rule itself. For Commons CSV, the reader of a file whose
 * lone CRs are ordinary characters goes through {@link #forCommonsCsv}, which stands {@link
 * #HIDDEN_CR} for each of them (so that Commons CSV neither ends a line nor counts one there), and
 * the fields it returns through {@link #restore}. Every CSV input follows it: the postings' files
 * ({@link CsvFiles}, {@link CsvScanner}) and the career-path files ({@code check.CareerCsv}, whose
 * first line, a comment or the header, decides: {@link #of}).
 */
public enum LineEnds {

    /** LF and CRLF end a line; a lone CR is an ordinary character (a header line ending with LF or CRLF). */
    LF,
    /** CR, LF and CRLF end a line, as Commons CSV reads them (a header line ending with a lone CR). */
    CR;

    /**
     * What stands for a lone CR in the text Commons CSV reads: a low surrogate with no high
     * surrogate before it, which no text decoded strictly holds (every surrogate a decoder gives
     * is half of a pair).
     */
    static final char HIDDEN_CR = '\uDFFF';

    /**
     * The line ends of a file from its header line's line break.
     *
     * @param lineBreak the first character of the header line's line break ({@code '\r'} or
     *     {@code '\n'}), or -1 when the header line is the whole file (or longer than is looked at)
     * @param next the character after it, -1 at the end of the file
     */
    static LineEnds after(int lineBreak, int next) {
        return lineBreak == '\r' && next != '\n' ? CR : LF;
    }

    /**
     * The line ends of a whole text, from its first line's line break ({@link #after}); {@link
     * #LF} when the text is one line.
     */
    public static LineEnds of(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return after(c, i + 1 < text.length() ? text.charAt(i + 1) : -1);
            }
        }
        return LF;
    }

    /**
     * Where the line that starts at {@code from} ends: the index of its line break (the CR of a
     * CRLF), or the text's length when it is the last line.
     */
    public int lineEnd(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (this == CR || i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Where the next line starts, after the line break at {@code end} ({@link #lineEnd}): past a
     * CRLF as one break; the text's length when {@code end} is.
     */
    public static int nextLine(CharSequence text, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** {@code reader} as Commons CSV is to read it: with lone CRs hidden ({@link #LF}), or as it is. */
    public Reader forCommonsCsv(Reader reader) {
        return this == LF ? new HidingReader(reader) : reader;
    }

    /** A field as Commons CSV returned it, with its hidden lone CRs made CRs again. */
    public static String restore(String field) {
        int at = field.indexOf(HIDDEN_CR);
        if (at < 0) {
            return field;
        }
        char[] chars = field.toCharArray();
        for (int i = at; i < chars.length; i++) {
            if (chars[i] == HIDDEN_CR && (i == 0 || !Character.isHighSurrogate(chars[i - 1]))) {
                chars[i] = '\r';
            }
        }
        return new String(chars);
    }

    /** {@link #restore} of each field, in place; returns {@code fields}. */
    public static String[] restore(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = restore(fields[i]);
        }
        return fields;
    }

    /** A reader that stands {@link #HIDDEN_CR} for each CR not followed by LF. */
    private static final class HidingReader extends Reader {

        private static final int NONE = -2;

        private final Reader in;
        /** The character read ahead to see what follows a CR (-1: the end), or {@link #NONE}. */
        private int ahead = NONE;

        HidingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            if (ahead == -1) {
                return -1;
            }
            if (ahead != NONE) {
                buf[off] = (char) ahead;
                ahead = NONE;
                n = 1;
            }
            if (n < len) {
                int k = in.read(buf, off + n, len - n);
                if (k < 0 && n == 0) {
                    return -1;
                }
                n += Math.max(k, 0);
            }
            int end = off + n;
            for (int i = off; i < end; i++) {
                if (buf[i] == '\r') {
                    int next;
                    if (i + 1 < end) {
                        next = buf[i + 1];
                    } else {
                        next = in.read();
                        ahead = next;
                    }
                    if (next != '\n') {
                        buf[i] = HIDDEN_CR;
                    }
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
