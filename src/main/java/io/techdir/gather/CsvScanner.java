package io.techdir.gather;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a CSV file exactly as the Commons CSV parser of {@link CsvFiles#open} reads
 * them (same fields, same line numbers), about three times faster: the text is decoded a large
 * block at a time ({@link CsvBlocks}), and fields are cut out of it with {@link String#indexOf}
 * and {@link String#substring} instead of being appended one character at a time.
 *
 * <p>It handles well-formed RFC 4180 text: unquoted fields (a quote inside one is an ordinary
 * character), quoted fields with doubled quotes and line breaks, the file's {@link LineEnds} (LF
 * and CRLF; a lone CR too where the header line ends with one, else it is a character of its
 * field), a leading byte-order mark, an empty line as one empty field, a delimiter before the end
 * of the file as a last empty field. For anything else it throws {@link Unsure} without returning
 * the row concerned, and the caller reads the file again with Commons CSV, skipping the {@link
 * #rows()} rows already returned, so that errors keep Commons CSV's wording and place:
 * <ul>
 *   <li>text that cannot be decoded in the charset. Rows are returned only once the text
 *   {@value #LOOKAHEAD} characters past their end decoded well (or the file ended): Commons CSV
 *   reads through a 64 Ki-character {@link java.io.BufferedReader} and an 8 Ki-character buffer of
 *   its own, so it meets a decoding error no earlier than that and, by then, has returned every row
 *   this scanner returned;</li>
 *   <li>a character other than the delimiter, a line break or the end of the file after a closing
 *   quote (Commons CSV skips white space there, and fails on anything else, a lone CR that ends
 *   no line included);</li>
 *   <li>the end of the file inside a quoted field;</li>
 *   <li>an error while reading the file.</li>
 * </ul>
 */
final class CsvScanner implements Closeable {

    /** Thrown when the scanner cannot vouch for reading the rest as Commons CSV does. */
    static final class Unsure extends Exception {
        private static final long serialVersionUID = 1L;

        Unsure(String why) {
            super(why, null, false, false);
        }
    }

    /** Characters decoded past the end of a row before the row is returned (see the class comment). */
    static final int LOOKAHEAD = 1 << 18;
    private static final char BOM = '\uFEFF';
    private static final char QUOTE = '"';
    private static final char CR = '\r';
    private static final char LF = '\n';

    private final CsvBlocks blocks;
    private char delimiter;
    private LineEnds ends;
    /** The character besides LF that ends an unquoted field's line: CR where a lone CR ends a line, else LF. */
    private char otherBreak;

    /** The decoded text not returned yet, from {@link #pos}. */
    private String text = "";
    private int pos;
    /** Next LF and CR at or after the row being read, -1 for none in {@link #text}. */
    private int nextLf = -1;
    private int nextCr = -1;

    /** Whether the row just read ended at the end of the file (not at a line break). */
    private boolean rowAtEnd;
    /** Commons CSV's line number after the last row returned. */
    private long line;
    private long rows;
    private final List<String> fields = new ArrayList<>();

    private CsvScanner(CsvBlocks blocks) {
        this.blocks = blocks;
    }

    /**
     * Opens a file: skips a leading byte-order mark and takes the delimiter given, or detects it
     * from the header line as {@link CsvFiles#detectDelimiter} does.
     *
     * @throws IOException when the file cannot be opened
     * @throws Unsure when its first block cannot be decoded or read
     */
    static CsvScanner open(String file, Charset charset, Character delimiter) throws IOException, Unsure {
        CsvScanner scanner = new CsvScanner(new CsvBlocks(file, charset));
        try {
            scanner.fill(LOOKAHEAD);
            if (!scanner.text.isEmpty() && scanner.text.charAt(0) == BOM) {
                scanner.pos = 1;
            }
            String header = scanner.headerLine();
            scanner.delimiter = delimiter != null ? delimiter : CsvFiles.detectDelimiter(header);
            scanner.ends = scanner.lineEnds(scanner.pos + header.length());
            scanner.otherBreak = scanner.ends == LineEnds.CR ? CR : LF;
            scanner.rescan();
            return scanner;
        } catch (Unsure | RuntimeException e) {
            scanner.close();
            throw e;
        }
    }

    /** Rows returned so far (the header and empty lines included), as Commons CSV counts records. */
    long rows() {
        return rows;
    }

    /** The line number Commons CSV gives after the last row returned ({@code getCurrentLineNumber}). */
    long line() {
        return line;
    }

    /**
     * The fields of the next row, or null at the end of the file.
     *
     * @throws Unsure when the rest must be read by Commons CSV (the row is not consumed)
     */
    String[] next() throws Unsure {
        while (true) {
            if (!blocks.ended() && text.length() - pos < 2 * LOOKAHEAD) {
                fill(2 * LOOKAHEAD);
            }
            if (pos >= text.length() && blocks.ended()) {
                return null;
            }
            int end = readRow(pos);
            if (end >= 0 && (blocks.ended() || text.length() - end >= LOOKAHEAD)) {
                // Commons CSV counts the end of the file as a line end when no line break is before it
                line += lines(pos, end) + (rowAtEnd ? 1 : 0);
                pos = end;
                rows++;
                return fields.toArray(new String[0]);
            }
            if (blocks.ended()) {
                throw new Unsure("the end of the file inside a quoted field");
            }
            // the row (or the text after it) goes past what is decoded: decode more, read it again
            fill(Math.max(2 * LOOKAHEAD, 2 * (text.length() - pos)));
        }
    }

    /**
     * Reads the row starting at {@code start} into {@link #fields}; returns where the next row
     * starts (after the line break, or the end of the text at the end of the file), or -1 when
     * the row goes past the decoded text.
     */
    private int readRow(int start) throws Unsure {
        fields.clear();
        rowAtEnd = false;
        String t = text;
        int n = t.length();
        int i = start;
        while (true) {
            if (i < n && t.charAt(i) == QUOTE) {
                StringBuilder value = null;
                int from = i + 1;
                int close;
                while (true) {
                    close = t.indexOf(QUOTE, from);
                    if (close < 0 || close + 1 >= n) {
                        if (close >= 0 && blocks.ended()) {
                            break;
                        }
                        return -1;
                    }
                    if (t.charAt(close + 1) != QUOTE) {
                        break;
                    }
                    if (value == null) {
                        value = new StringBuilder(close - i + 64);
                    }
                    value.append(t, from, close + 1);
                    from = close + 2;
                }
                fields.add(value == null ? t.substring(from, close) : value.append(t, from, close).toString());
                i = close + 1;
                if (i < n && t.charAt(i) == delimiter) {
                    i++;
                    continue;
                }
                if (i < n && t.charAt(i) != CR && t.charAt(i) != LF) {
                    throw new Unsure("a character after a closing quote");
                }
            } else {
                int from = i;
                char other = otherBreak;
                while (i < n) {
                    char c = t.charAt(i);
                    if (c == delimiter || c == LF || c == other) {
                        break;
                    }
                    i++;
                }
                if (i == n && !blocks.ended()) {
                    return -1;
                }
                // where only LF ends a line, the CR of a CRLF is not the field's
                boolean crlf = i < n && i > from && t.charAt(i) == LF && t.charAt(i - 1) == CR;
                fields.add(t.substring(from, crlf ? i - 1 : i));
                if (i < n && t.charAt(i) == delimiter) {
                    i++;
                    continue;
                }
            }
            // a line break or the end of the file ends the row
            if (i == n) {
                rowAtEnd = blocks.ended();
                return blocks.ended() ? n : -1;
            }
            if (t.charAt(i) == CR) {
                if (i + 1 == n && !blocks.ended()) {
                    return -1;
                }
                if (i + 1 < n && t.charAt(i + 1) == LF) {
                    return i + 2;
                }
                if (ends == LineEnds.LF) {
                    throw new Unsure("a lone CR after a closing quote");
                }
                return i + 1;
            }
            return i + 1;
        }
    }

    /**
     * Line breaks in {@code text[from, to)} as Commons CSV counts them in the text it reads (see
     * {@link LineEnds}): every LF where only LF and CRLF end a line; else every CR, and every LF
     * not right after a CR.
     */
    private long lines(int from, int to) {
        long count = 0;
        boolean crEnds = ends == LineEnds.CR;
        while (nextLf >= 0 && nextLf < to) {
            if (!crEnds || nextLf == from || text.charAt(nextLf - 1) != CR) {
                count++;
            }
            nextLf = text.indexOf(LF, nextLf + 1);
        }
        while (crEnds && nextCr >= 0 && nextCr < to) {
            count++;
            nextCr = text.indexOf(CR, nextCr + 1);
        }
        return count;
    }

    /** The header line for delimiter detection: up to the first line break, at most 64 Ki - 1 characters. */
    private String headerLine() {
        int end = pos;
        int max = Math.min(text.length(), pos + (1 << 16) - 1);
        while (end < max && text.charAt(end) != LF && text.charAt(end) != CR) {
            end++;
        }
        return text.substring(pos, end);
    }

    /**
     * The line ends of the file, from the header line's line break at {@code end} (as {@link
     * CsvFiles#open} decides them).
     */
    private LineEnds lineEnds(int end) {
        if (end >= text.length() || (text.charAt(end) != CR && text.charAt(end) != LF)) {
            return LineEnds.LF;
        }
        return LineEnds.after(text.charAt(end), end + 1 < text.length() ? text.charAt(end + 1) : -1);
    }

    /** Looks for the next line breaks again from {@link #pos} (after the text changed). */
    private void rescan() {
        nextLf = text.indexOf(LF, pos);
        nextCr = ends == LineEnds.CR ? text.indexOf(CR, pos) : -1;
    }

    /**
     * Decodes blocks until at least {@code wanted} characters are there from {@link #pos}, or the
     * file ended; the text already returned is dropped.
     */
    private void fill(int wanted) throws Unsure {
        String more = text.substring(pos);
        try {
            while (more.length() < wanted && !blocks.ended()) {
                String block = blocks.next();
                more = more.isEmpty() ? block : more.concat(block);
            }
        } catch (IOException e) {
            throw new Unsure("text that cannot be read or decoded: " + e);
        }
        text = more;
        pos = 0;
        rescan();
    }

    @Override
    public void close() throws IOException {
        blocks.close();
    }
}
