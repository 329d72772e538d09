package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The raw landing zone of one run, {@code RAW/RUN/}: every body kept as fetched under {@code
 * pages/SHA256.EXT} (content-addressed: one file per distinct body), one metadata line per fetch
 * in {@code index.jsonl}, and one line per failed page in {@code failures.jsonl}, plus one line
 * for a source that could not be read at all ({@link #failSource}). Also finds the
 * previous run's copies, for conditional requests. Thread-safe.
 */
final class LandingZone implements AutoCloseable {

    static final String INDEX = "index.jsonl";
    static final String FAILURES = "failures.jsonl";
    static final String PAGES = "pages";
    /**
     * The role of a failures line that is not a page's: the source could not be read at all (its
     * first listing page or sitemap failed, or robots.txt refused it), its reason the run's
     * problem. Written to {@code failures.jsonl} only.
     */
    static final String SOURCE_FAILED = "source";

    private final Path dir;
    private final BufferedWriter index;
    private final BufferedWriter failures;

    /** Opens (creating) a run folder; appends to its index and failures. */
    LandingZone(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve(PAGES));
        index = Files.newBufferedWriter(dir.resolve(INDEX), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        failures = Files.newBufferedWriter(dir.resolve(FAILURES), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    Path dir() {
        return dir;
    }

    Path failuresFile() {
        return dir.resolve(FAILURES);
    }

    /** Keeps a fetched body and writes its index line; returns the stored file. */
    synchronized Path store(Fetch f, String role, String source, String profile) throws IOException {
        String sha = sha256(f.body());
        String name = PAGES + "/" + sha + extension(f.header("content-type").orElse(null));
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Path tmp = dir.resolve(PAGES).resolve(sha + ".part");
            Files.write(tmp, f.body());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        line(index, new IndexEntry(f.url(), f.finalUrl(), f.status(), f.fetchedAt().toString(), sha,
                f.body().length, name, f.header("content-type").orElse(null),
                f.header("etag").orElse(null), f.header("last-modified").orElse(null), role, source,
                profile, false, null, null, f.attempts()));
        return file;
    }

    /** A 304: copies the previous run's body into this run and writes its index line. */
    synchronized Path reuse(Fetch f, Previous previous, String role, String source, String profile)
            throws IOException {
        IndexEntry old = previous.entry();
        Path file = dir.resolve(old.file());
        if (!Files.exists(file)) {
            Files.copy(previous.file(), file, StandardCopyOption.REPLACE_EXISTING);
        }
        line(index, new IndexEntry(f.url(), f.finalUrl(), f.status(), f.fetchedAt().toString(),
                old.sha256(), old.bytes(), old.file(), old.contentType(),
                f.header("etag").orElse(old.etag()), f.header("last-modified").orElse(old.lastModified()),
                role, source, profile, true, null, null, f.attempts()));
        return file;
    }

    /** Writes a failed fetch to the index and to the failures. */
    synchronized void fail(Fetch f, String role, String source) throws IOException {
        IndexEntry e = new IndexEntry(f.url(), f.finalUrl(), f.status(), f.fetchedAt().toString(),
                null, 0, null, f.header("content-type").orElse(null), null, null, role, source, null,
                false, f.failureCode(), f.failureReason(), f.attempts());
        line(index, e);
        line(failures, e);
    }

    /**
     * Writes that a source could not be read at all, after the failures line of the page that
     * failed it if any: a {@value #SOURCE_FAILED} line with its start URL, code {@code
     * SOURCE_UNREADABLE} and the problem as its reason, so that a replay reports what the run did.
     */
    synchronized void failSource(String url, String source, String reason) throws IOException {
        line(failures, new IndexEntry(url, url, 0, Instant.now().toString(), null, 0, null, null,
                null, null, SOURCE_FAILED, source, null, false, RejectCodes.SOURCE_UNREADABLE, reason, 1));
    }

    private static void line(BufferedWriter w, IndexEntry e) throws IOException {
        w.write(e.toJson());
        w.write('\n');
        w.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            index.close();
        } finally {
            failures.close();
        }
    }

    /**
     * A stored copy from an earlier run.
     *
     * @param entry its index line
     * @param file the stored body
     */
    record Previous(IndexEntry entry, Path file) {
    }

    /**
     * The pages the latest earlier run under {@code root} stored, by URL (the last fetch of a URL
     * wins); empty when there is none.
     */
    static Map<String, Previous> previous(Path root, String runId) {
        Optional<Path> last;
        try (Stream<Path> runs = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            last = runs.filter(p -> !p.getFileName().toString().equals(runId))
                    .filter(p -> Files.isRegularFile(p.resolve(INDEX)))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
        Map<String, Previous> out = new HashMap<>();
        if (last.isEmpty()) {
            return out;
        }
        for (IndexEntry e : readIndex(last.get().resolve(INDEX))) {
            if (e.file() != null && e.sha256() != null) {
                Path file = last.get().resolve(e.file());
                if (Files.isRegularFile(file)) {
                    out.put(e.url(), new Previous(e, file));
                }
            }
        }
        return out;
    }

    /** The lines of an index or failures file that parse; others are skipped. */
    static List<IndexEntry> readIndex(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(LandingZone::parseLine)
                    .flatMap(Optional::stream).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static Optional<IndexEntry> parseLine(String line) {
        try {
            JsonNode o = FranceTravailSourceReader.JSON.readTree(line);
            return Optional.of(IndexEntry.fromJson(o));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The file extension for a content type: .html, .json, .xml, .txt or .bin. */
    static String extension(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (t.contains("html")) {
            return ".html";
        }
        if (t.contains("json")) {
            return ".json";
        }
        if (t.contains("xml")) {
            return ".xml";
        }
        if (t.startsWith("text/")) {
            return ".txt";
        }
        return contentType == null ? ".html" : ".bin";
    }
}
