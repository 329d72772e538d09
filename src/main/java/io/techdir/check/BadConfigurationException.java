package io.techdir.check;

/**
 * A configuration file (baseline, job) is missing or holds a bad value. The message names the
 * file and the key; the command line prints it as is and exits with code 3.
 */
public final class BadConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadConfigurationException(String message) {
        super(message);
    }

    /** With the failure that revealed it (printed with {@code --verbose}). */
    public BadConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
