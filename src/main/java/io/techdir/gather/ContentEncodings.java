package io.techdir.gather;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes a response's {@code Content-Encoding}: {@code gzip} (or {@code x-gzip}) and {@code
 * deflate} (zlib, or raw deflate as some servers send it), in the reverse of the order they were
 * applied; {@code identity} is nothing to undo. The decoded body is capped too, so that a small
 * compressed body cannot expand without limit (a "gzip bomb").
 */
final class ContentEncodings {

    /** The {@code Accept-Encoding} request header: what {@link #decode} undoes. */
    static final String ACCEPTED = "gzip, deflate";

    private ContentEncodings() {
    }

    /**
     * The decoded body, or null when it is longer than {@code cap} bytes.
     *
     * @param header the {@code Content-Encoding} header, or null
     * @throws IOException when the body is not in its encoding, or the encoding is not one of
     *     {@link #ACCEPTED}; the message says which
     */
    static byte[] decode(byte[] body, String header, long cap) throws IOException {
        List<String> codings = new ArrayList<>();
        for (String c : header == null ? new String[0] : header.split(",")) {
            String coding = c.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        Collections.reverse(codings);
        byte[] bytes = body;
        for (String coding : codings) {
            bytes = switch (coding) {
                case "gzip", "x-gzip" -> read(new GZIPInputStream(new ByteArrayInputStream(bytes)), cap);
                case "deflate" -> inflate(bytes, cap);
                default -> throw new IOException("Content-Encoding '" + coding + "' not supported");
            };
            if (bytes == null) {
                return null;
            }
        }
        return bytes;
    }

    /** zlib-wrapped deflate as HTTP says, else raw deflate. */
    private static byte[] inflate(byte[] bytes, long cap) throws IOException {
        try {
            return read(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater()), cap);
        } catch (ZipException e) {
            return read(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true)), cap);
        }
    }

    /** At most {@code cap} bytes of a stream, or null when it holds more. */
    private static byte[] read(InputStream in, long cap) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + (long) n > cap) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
