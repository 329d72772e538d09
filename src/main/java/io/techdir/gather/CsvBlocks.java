package io.techdir.gather;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file, decoded a block at a time and strictly (a byte that is not valid in the
 * charset is an error, as {@link CsvFiles#open} decodes): {@code new String} for UTF-8, checked
 * again by a strict decoder only when it gave a replacement character (in the text, or standing
 * for bytes that are not UTF-8); a reporting {@link CharsetDecoder} for other charsets. A
 * character split between two blocks is decoded with the second.
 */
final class CsvBlocks implements Closeable {

    /** Bytes read and decoded at a time. */
    private static final int BLOCK = 1 << 20;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder strict;
    private final byte[] bytes;
    /** Bytes read but not decoded yet (an incomplete character at the end of a block). */
    private int pending;
    private boolean ended;

    /**
     * Opens a file.
     *
     * @throws IOException when it cannot be opened
     */
    CsvBlocks(String file, Charset charset) throws IOException {
        Path path = Path.of(file);
        this.bytes = new byte[(int) Math.min(BLOCK, Math.max(1 << 12, Files.size(path) + 1))];
        this.in = Files.newInputStream(path);
        this.charset = charset;
        this.strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the whole file was decoded. */
    boolean ended() {
        return ended;
    }

    /**
     * The next block of text (empty at the end of the file).
     *
     * @throws CharacterCodingException for bytes that are not valid in the charset
     * @throws IOException when the file cannot be read
     */
    String next() throws IOException {
        int n = pending;
        while (n < bytes.length && !ended) {
            int k = in.read(bytes, n, bytes.length - n);
            if (k < 0) {
                ended = true;
            } else {
                n += k;
            }
        }
        int cut;
        String block;
        if (charset.equals(StandardCharsets.UTF_8)) {
            cut = ended ? n : characterBoundary(n);
            block = new String(bytes, 0, cut, StandardCharsets.UTF_8);
            if (block.indexOf('\uFFFD') >= 0) {
                strict.reset().decode(ByteBuffer.wrap(bytes, 0, cut));
            }
        } else {
            ByteBuffer source = ByteBuffer.wrap(bytes, 0, n);
            CharBuffer target = CharBuffer.allocate(n + 16);
            CoderResult result = strict.decode(source, target, ended);
            if (result.isError()) {
                result.throwException();
            }
            if (result.isOverflow()) {
                throw new IOException("more characters than bytes in a block of " + charset.name());
            }
            if (ended) {
                strict.flush(target);
            }
            cut = source.position();
            block = target.flip().toString();
        }
        pending = n - cut;
        System.arraycopy(bytes, cut, bytes, 0, pending);
        return block;
    }

    /** Where the last UTF-8 character that may be incomplete starts ({@code n} if none). */
    private int characterBoundary(int n) {
        int i = n - 1;
        while (i >= 0 && i > n - 4 && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return i >= 0 && bytes[i] < 0 ? i : n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
