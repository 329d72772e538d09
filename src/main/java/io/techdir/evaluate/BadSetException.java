package io.techdir.evaluate;

/**
 * The evaluation set is broken: a missing folder or input file, a bad labels header or cell, a
 * record number past its file's end, a label whose title is not its record's, no labelled titles.
 * The message names the labels file and line (or the folder) and what was expected; it is the
 * set's to fix, not a bug.
 */
public final class BadSetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the file and line (or folder) and what was expected. */
    public BadSetException(String message) {
        super(message);
    }
}
