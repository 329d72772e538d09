package io.techdir.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input file of a run, for the manifest: which source, its size and SHA-256, so anyone can
 * tell whether a report was made from the same data.
 *
 * @param source the source text ({@code KIND:LOCATION})
 * @param file the file as named in records
 * @param bytes its size
 * @param sha256 its SHA-256, hex
 */
public record InputFile(String source, String file, long bytes, String sha256) {

    /** Reads a file once to describe it. */
    public static InputFile describe(String source, String file) {
        Path p = Path.of(file);
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                total += n;
            }
            return new InputFile(source, file, total, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
