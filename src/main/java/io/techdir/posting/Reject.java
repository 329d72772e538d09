package io.techdir.posting;

import java.util.Objects;

/**
 * An input record that did not become a posting, with the reason.
 *
 * @param source the source name
 * @param record where it came from ({@code file:line}, {@code file#index} or a URL)
 * @param code a stable machine-readable reason code, e.g. {@code MISSING_TITLE}
 * @param reason a human-readable message in the house shape: what, the bad value, what was
 *     expected
 */
public record Reject(String source, String record, String code, String reason) implements SourceRecord {

    public Reject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
