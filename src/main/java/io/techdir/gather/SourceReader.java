package io.techdir.gather;

import io.techdir.posting.SourceRecord;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one source. The driver calls {@link #files()} and {@link #check(String)}; then each file
 * is read with {@link #read(String)}, possibly inside a Spark {@code flatMap}, so readers are
 * serializable and hold only their configuration.
 */
public interface SourceReader extends Serializable {

    /** The source this reader reads. */
    SourceSpec spec();

    /**
     * Files this source reads: the file itself, or the matching files of a folder (not its
     * sub-folders, not hidden files), sorted by name.
     *
     * @throws SourceUnavailableException {@code "PATH: no such file or folder"} when missing,
     *     or a message naming the path when unreadable or when a folder holds no matching file
     */
    List<String> files() throws SourceUnavailableException;

    /**
     * Cheap check of one file on the driver: a CSV header has the required columns (after
     * mapping), a JSON file starts like an array or an object.
     *
     * @throws SourceFormatException with a {@code FILE:LINE: ...} message, e.g. {@code
     *     data/x.csv:1: missing required column 'title'; expected columns source_id, title (got:
     *     a, b)}
     */
    void check(String file) throws SourceFormatException;

    /**
     * Streams every record of one file: each yields exactly one {@link
     * io.techdir.posting.RawPosting} or {@link io.techdir.posting.Reject}, whose record is
     * {@code FILE:LINE} ({@code FILE} as given here; a run gives a local file's
     * {@link RecordNames name} with {@link #read(String, String)}; {@code LINE} the 1-based line
     * where the record starts). A file that breaks mid-way yields one reject with code {@code SOURCE_UNREADABLE}
     * naming {@code FILE:LINE} and the parser's message, then the iterator ends. The file is
     * opened on the first {@code hasNext()} and closed when the iterator is exhausted; the
     * iterator is also {@link AutoCloseable} for callers that stop early. Never throws for bad
     * input.
     */
    Iterator<SourceRecord> read(String file);

    /**
     * {@link #read(String)}, the records of a local file named {@code name} ({@link RecordNames}:
     * {@code name:LINE}) while the file is read at {@code file}. Readers whose records are not
     * {@code FILE:LINE} of a local file (pages, API answers) ignore the name.
     */
    default Iterator<SourceRecord> read(String file, String name) {
        return read(file);
    }

    /**
     * Which part of a shared file this reader reads, or null when it reads every file of
     * {@link #files()} whole. Web and API sources of one run write into one landing-zone run
     * folder, so two of them may name the same file (the run's {@code failures.jsonl}, a page
     * whose body both fetched) and each reads only its own lines: the run plans such a file once
     * per part, and any other file named twice once.
     */
    default String sharedFilePart() {
        return null;
    }

    /**
     * The problems {@link #files()} found without failing the whole source, once it has run: one
     * message per part that could not be read, each a problem of the run (exit code 4) like a
     * source that could not be read. An {@code html:} replay gives the problem of each web source
     * that could not be read at all in the run it replays, as that run did. Driver-only.
     *
     * @return messages naming the URL or file (never null; empty by default)
     */
    default List<String> problems() {
        return List.of();
    }

    /**
     * What gathering did, for the run manifest, once {@link #files()} has run: web and API
     * readers count {@code pages_fetched}, {@code pages_unchanged}, {@code
     * pages_skipped_robots}, {@code pages_failed}, {@code listing_pages} and more (see {@code
     * docs/sources-web.md}); file readers count nothing. Names are stable, in a fixed order.
     *
     * @return counts by name (never null; empty by default)
     */
    default java.util.Map<String, Long> gatherCounts() {
        return java.util.Map.of();
    }
}
