package io.techdir.gather;

/**
 * A source is configured wrongly: a bad {@code --source} spec or option, an unknown or invalid CSV
 * mapping or site profile, a bad gather setting. The message names the spec, file or key and what
 * was expected; the command line prints it as is and exits with the "bad input" code. Unlike a
 * plain {@link IllegalArgumentException} (a programming error), this is the user's to fix.
 */
public final class BadSourceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the spec, file or key and what was expected. */
    public BadSourceException(String message) {
        super(message);
    }

    /** With a message naming the spec, file or key and what was expected, and its cause. */
    public BadSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
