package io.techdir.report;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.SequenceInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A sheet whose rows were written by {@link RowXmlWriter} rather than by SXSSF: its
 * {@code <sheetData>} content is a {@link DeflatedPart}. When the package is saved, the
 * sheet's template (everything POI writes for an empty sheet: views, columns, autofilter,
 * conditional formatting, and the hyperlinks that {@link HyperlinkEntrySource} added) is split
 * around its empty {@code <sheetData/>}, its {@code <dimension>} set to the written range, and
 * the three parts stored as one zip entry.
 */
final class WrittenSheet implements Closeable {

    private static final byte[] SHEET_DATA = "<sheetData".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[^\"]*\"\\s*/>");

    private final String part;
    private final DeflatedPart rows;
    private String dimension = "A1";

    WrittenSheet(String part) throws IOException {
        this.part = part;
        this.rows = new DeflatedPart(RowXmlWriter.BUFFER);
    }

    /** Where the row XML goes. */
    DeflatedPart rows() {
        return rows;
    }

    /** The range the rows cover, e.g. {@code A1:BC101}, for the sheet's {@code <dimension>}. */
    void dimension(String ref) {
        this.dimension = ref;
    }

    /** Writes the sheet entry: {@code template} with the rows in its {@code <sheetData>}. */
    void write(ZipArchiveOutputStream zip, InputStream source) throws IOException {
        InputStream template = new BufferedInputStream(source, 1 << 16);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int c;
        while (matched < SHEET_DATA.length && (c = template.read()) >= 0) {
            head.write(c);
            matched = c == SHEET_DATA[matched] ? matched + 1 : (c == SHEET_DATA[0] ? 1 : 0);
        }
        if (matched < SHEET_DATA.length) {
            throw new IllegalStateException(part + ": no <sheetData> in the sheet template; expected SpreadsheetML");
        }
        // The rest of the start tag: "/>" (empty, as POI writes a sheet without rows) or ">...</sheetData>".
        StringBuilder tag = new StringBuilder();
        while ((c = template.read()) >= 0 && c != '>') {
            tag.append((char) c);
        }
        if (c < 0 || !(tag.toString().isBlank() || tag.toString().strip().equals("/"))) {
            throw new IllegalStateException(part + ": sheet template has '<sheetData" + tag
                    + "'; expected an empty <sheetData/> (rows written by RowXmlWriter only)");
        }
        String headText = head.toString(StandardCharsets.UTF_8);
        if (!tag.toString().strip().equals("/")) {
            skipTo(template, "</sheetData>");
        }
        Matcher m = DIMENSION.matcher(headText);
        headText = m.find()
                ? headText.substring(0, m.start()) + "<dimension ref=\"" + dimension + "\"/>" + headText.substring(m.end())
                : headText;
        byte[] headBytes = (headText + ">").getBytes(StandardCharsets.UTF_8);
        InputStream tail = new SequenceInputStream(
                new ByteArrayInputStream("</sheetData>".getBytes(StandardCharsets.US_ASCII)), template);
        rows.writeEntry(zip, part, headBytes, tail);
    }

    private void skipTo(InputStream in, String end) throws IOException {
        StringBuilder between = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            between.append((char) c);
            if (between.length() >= end.length() && between.indexOf(end, between.length() - end.length()) >= 0) {
                if (!between.substring(0, between.length() - end.length()).isBlank()) {
                    break;
                }
                return;
            }
            if (between.length() > 4096) {
                break;
            }
        }
        throw new IllegalStateException(part + ": sheet template has rows; expected an empty <sheetData>");
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
