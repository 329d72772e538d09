package io.techdir.check;

/**
 * A career-path file cannot be read at all (missing, not UTF-8, no header or a header without a
 * required column). The message names the file (and line) in the house shape; the run reports it
 * as an unreadable input, the way it reports an unreadable posting source.
 */
public final class CareerFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CareerFormatException(String message) {
        super(message);
    }
}
