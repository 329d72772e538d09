package io.techdir.gather;

import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code html:DIR} sources: replays a landing zone offline with the same parser as {@code
 * web:}, so a parser fix can be re-run over stored pages without fetching anything. {@code DIR}
 * is one run folder (with {@code index.jsonl}), the landing zone's root (every run folder in it,
 * oldest first), or a plain folder of saved {@code .html}/{@code .htm} pages (record: the file).
 * A run yields its stored posting pages and its {@code failures.jsonl}, so replay gives the
 * crawl's postings and rejects, and the problem of a source it could not read at all ({@link
 * #problems()}, exit code 4 as in the run); in a replay of the root, a URL an earlier run holds too has the
 * record {@code URL@RUN} (see {@link LandingReader}). Options: {@code source}, {@code profile} (override what the index
 * recorded).
 */
final class HtmlSourceReader implements SourceReader {

    private static final long serialVersionUID = 1L;
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private final SourceSpec spec;
    private final String source;
    private final String profile;
    /** Driver-only: the problems of the runs {@link #files()} lists. */
    private transient List<String> problems = List.of();

    /**
     * A reader for an {@code html:} spec.
     *
     * @throws IllegalArgumentException for a bad option value, naming the spec
     */
    HtmlSourceReader(SourceSpec spec) {
        this.spec = spec;
        this.source = spec.option("source");
        if (source != null && !SOURCE_NAME.matcher(source).matches()) {
            throw new BadSourceException("bad --source '" + spec + "': source '" + source
                    + "'; expected a lower-case name such as hellowork");
        }
        this.profile = spec.option("profile");
        try {
            SiteProfile.load(profile);
        } catch (IllegalArgumentException e) {
            throw new BadSourceException("bad --source '" + spec + "': " + e.getMessage(), e);
        }
    }

    @Override
    public SourceSpec spec() {
        return spec;
    }

    @Override
    public List<String> files() throws SourceUnavailableException {
        Path dir = Path.of(spec.location());
        if (!Files.isDirectory(dir)) {
            if (Files.isRegularFile(dir)) {
                return List.of(spec.location());
            }
            throw new SourceUnavailableException(spec.location() + ": no such file or folder");
        }
        List<String> out = new ArrayList<>();
        List<String> found = new ArrayList<>();
        problems = found;
        if (Files.isRegularFile(dir.resolve(LandingZone.INDEX))) {
            addRun(dir, out, found);
            return out;
        }
        List<Path> runs;
        try (Stream<Path> children = Files.list(dir)) {
            runs = children.filter(p -> Files.isRegularFile(p.resolve(LandingZone.INDEX))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceUnavailableException(spec.location() + ": cannot list folder ("
                    + RecordIterator.describe(e) + ")", e);
        }
        if (!runs.isEmpty()) {
            runs.forEach(r -> addRun(r, out, found));
            return out;
        }
        List<String> pages = new ArrayList<>();
        for (String ext : List.of(".html", ".htm")) {
            try {
                pages.addAll(SourceFiles.list(spec.location(), ext));
            } catch (SourceUnavailableException e) {
                // a folder may hold only one of the two kinds
            }
        }
        if (pages.isEmpty()) {
            throw new SourceUnavailableException(spec.location() + ": no landing zone (index.jsonl) "
                    + "and no .html file in folder; expected a run folder of data/raw or saved pages");
        }
        return pages.stream().distinct().sorted().toList();
    }

    /** Adds a run's posting pages and failures file to {@code out}, the problems it recorded to {@code problems}. */
    private static void addRun(Path run, List<String> out, List<String> problems) {
        for (Path page : LandingReader.postingPages(run)) {
            out.add(page.toString());
        }
        Path failures = run.resolve(LandingZone.FAILURES);
        if (Files.isRegularFile(failures)) {
            out.add(failures.toString());
            problems.addAll(LandingReader.sourceProblems(failures));
        }
    }

    /** The problems of the sources the replayed runs could not read at all, as they reported them. */
    @Override
    public List<String> problems() {
        return problems == null ? List.of() : List.copyOf(problems);
    }

    @Override
    public void check(String file) throws SourceFormatException {
        if (!Files.isReadable(Path.of(file))) {
            throw new SourceFormatException(file + ":1: not readable; expected a stored page");
        }
    }

    @Override
    public Iterator<SourceRecord> read(String file) {
        Path location = Path.of(spec.location());
        boolean ofRoot = Files.isDirectory(location) && !Files.isRegularFile(location.resolve(LandingZone.INDEX));
        return LandingReader.read(file, source, profile, ofRoot).iterator();
    }

    @Override
    public String toString() {
        return "HtmlSourceReader[" + spec + "]";
    }
}
