package io.techdir.posting;

/**
 * What a source reader yields for each input record: either a {@link RawPosting} or a {@link
 * Reject}. Every input record yields exactly one, so that nothing is lost.
 */
public sealed interface SourceRecord permits RawPosting, Reject {

    /** The source name ({@code francetravail}, {@code hellowork}, {@code synthetic}, ...). */
    String source();

    /** Where the record came from: {@code file:line}, {@code file#index} or a URL. */
    String record();
}
