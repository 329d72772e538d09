package io.techdir.gather;

import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The streaming skeleton of every reader: opens the file on the first {@link #hasNext()}, asks
 * the subclass for one record at a time, and closes the file when the records run out, when the
 * subclass fails, or when the caller closes it early.
 */
abstract class RecordIterator implements Iterator<SourceRecord>, AutoCloseable {

    /** The file as given to {@code read}: the path it is read at. */
    protected final String file;
    /** The file's name in its records and messages ({@link RecordNames}). */
    private final String name;
    /** The source name for rejects about the file itself. */
    private String source;
    private Closeable resource;
    private SourceRecord next;
    private boolean opened;
    private boolean finished;

    RecordIterator(String file, String name, String source) {
        this.file = file;
        this.name = name;
        this.source = source;
    }

    /** Opens the file; returns what {@link #close()} must close. */
    protected abstract Closeable open() throws IOException;

    /** The next record, or {@code null} at the end; may call {@link #fail} to end early. */
    protected abstract SourceRecord computeNext() throws IOException;

    /** The line the reader is at, for a failure the subclass did not catch itself. */
    protected abstract long currentLine();

    /** The source name of rejects about the file. */
    protected final String source() {
        return source;
    }

    /** Sets the source name of later rejects about the file (once its mapping is known). */
    protected final void source(String name) {
        source = name;
    }

    /** {@code FILE:LINE}, the record of a line of this file, under its name. */
    protected final String where(long line) {
        return name + ":" + line;
    }

    /** The file's name in its records ({@link RecordNames}); its path when the reader was given none. */
    protected final String name() {
        return name;
    }

    /** What went wrong, after {@code FILE:LINE: }, when reading failed with {@code e}. */
    protected String unreadable(Exception e) {
        return "cannot read (" + describe(e) + "); expected a readable file";
    }

    /**
     * Ends the iteration after this {@code SOURCE_UNREADABLE} reject: the file broke at {@code
     * line}; {@code reason} is the whole message, starting with {@code FILE:LINE: }.
     */
    protected final Reject fail(long line, String reason) {
        finished = true;
        return new Reject(source, where(line), RejectCodes.SOURCE_UNREADABLE, reason);
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            try {
                if (!opened) {
                    opened = true;
                    resource = open();
                }
                next = computeNext();
            } catch (IOException | UncheckedIOException e) {
                long line = resource != null ? currentLine() : 1;
                next = fail(line, where(line) + ": " + unreadable(e));
            } finally {
                if (next == null || finished) {
                    finished = true;
                    release();
                }
            }
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException(name + ": no more records");
        }
        SourceRecord record = next;
        next = null;
        return record;
    }

    /** Closes the file now; later calls to {@link #hasNext()} return false. */
    @Override
    public final void close() {
        finished = true;
        next = null;
        release();
    }

    private void release() {
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException ignored) {
                // Everything was read already; a failing close loses nothing.
            }
            resource = null;
        }
    }

    /** An exception as {@code ClassName: message}, without the package. */
    /** Whether {@code e} is, or was caused by, text that cannot be decoded in its charset. */
    static boolean isDecoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root
                && (root instanceof UncheckedIOException || root.getMessage() == null)) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
