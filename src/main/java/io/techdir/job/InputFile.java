package io.techdir.job;

import io.techdir.check.Baseline;
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
        return describe(source, file, file);
    }

    /**
     * {@link #describe(String, String)} of the file read at {@code file}, named {@code name} (its
     * records' name: {@link io.techdir.gather.RecordNames}).
     */
    public static InputFile describe(String source, String file, String name) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return digest(source, name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads {@code in} to its end to describe it as {@code file}; does not close it. */
    static InputFile digest(String source, String file, InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                total += n;
            }
            return new InputFile(source, file, total, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The baseline a run used, described like an input: its file ({@code Baseline#source()}), or
     * the shipped one read from the classpath ({@code classpath:/reference/baseline.properties});
     * null when it can no longer be read.
     */
    static InputFile baseline(Baseline b) {
        String source = b.source();
        String classpath = "classpath:";
        try (InputStream in = source.startsWith(classpath)
                ? InputFile.class.getResourceAsStream(source.substring(classpath.length()))
                : Files.newInputStream(Path.of(source))) {
            return in == null ? null : digest("baseline", source, in);
        } catch (IOException e) {
            return null;
        }
    }
}
