package io.techdir.posting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identifiers of postings: one rule, used by every stage. */
public final class PostingIds {

    private PostingIds() {
    }

    /**
     * The posting key: {@code source:sourceId}. Two input records with the same key are the same
     * posting at its source (the second is an exact duplicate).
     */
    public static String key(String source, String sourceId) {
        return source + ":" + (sourceId == null ? "" : sourceId);
    }

    /**
     * The posting id: unique per input record and stable across runs over the same input:
     * the first 16 hex digits of SHA-256 over {@code source}, NUL, {@code record}.
     */
    public static String id(String source, String record) {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        sha.update(source.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(record.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(sha.digest(), 0, 8);
    }

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: looking the algorithm up costs more than hashing a short key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    });
}
