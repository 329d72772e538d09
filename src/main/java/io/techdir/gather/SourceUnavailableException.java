package io.techdir.gather;

/**
 * A whole source cannot be read: its file or folder is missing, unreadable, or holds no file of
 * the expected kind. The message names the path: {@code "data/x.csv: no such file or folder"}.
 */
public final class SourceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with the given message (which names the path). */
    public SourceUnavailableException(String message) {
        super(message);
    }

    /** An exception with the given message and the I/O error behind it. */
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
