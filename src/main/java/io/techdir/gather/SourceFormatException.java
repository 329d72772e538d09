package io.techdir.gather;

/**
 * A source file does not have the expected shape (checked cheaply on the driver before any
 * record is read): a CSV header without the required columns, a JSON file that is neither an
 * array nor an object. The message starts with {@code FILE:LINE: }.
 */
public final class SourceFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with the given {@code FILE:LINE: ...} message. */
    public SourceFormatException(String message) {
        super(message);
    }

    /** An exception with the given {@code FILE:LINE: ...} message and its cause. */
    public SourceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
