package io.techdir.gather;

import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import io.techdir.posting.RawPosting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads one landing-zone file into records, for {@code web:} after a crawl and for {@code
 * html:} replays alike: a stored posting page yields what {@link PageParser} finds, once per URL
 * the run's {@code index.jsonl} lists for it (its record is the URL); {@code failures.jsonl}
 * yields one reject per failed page (record: the URL), but none for a source the run could not
 * read at all (its problem: {@link #sourceProblems}); a page outside a landing zone (a folder of
 * saved pages) has its file as URL. A live source reads only its own lines ({@link #readOwn});
 * a replay reads every source's. Each run's index is read once per JVM and cached.
 *
 * <p>In a replay of a landing zone's root ({@code html:data/raw}, every run), one URL may be in
 * several runs: the run that holds it first keeps the URL as record, a later run's reading of
 * it has the record {@code URL@RUN} ({@code URL#2@RUN} for a page's second posting), so that
 * every record of the replay, and its posting id, is its own; the source id stays the URL, so
 * the later reading is a {@code SAME_POSTING} duplicate.
 */
final class LandingReader {

    /** Source name of saved pages outside a landing zone. */
    static final String DEFAULT_SOURCE = "html";
    private static final Map<Path, Cached> INDEXES = new ConcurrentHashMap<>();

    private LandingReader() {
    }

    /**
     * The records of one file.
     *
     * @param source the source name to use, or null for the one the index recorded
     * @param profile the profile to use, or null for the one the index recorded
     */
    static List<SourceRecord> read(String file, String source, String profile) {
        return read(file, source, profile, false);
    }

    /**
     * The records of one file that the source named {@code source} fetched: only its own lines of
     * the run's index and failures. Every web and API source of a run writes into one run folder
     * (one {@code failures.jsonl}; one stored page for identical bodies fetched by two sources),
     * so each source's reader reads its own part of the shared files.
     *
     * @param profile the profile to use, or null for the one the index recorded
     */
    static List<SourceRecord> readOwn(String file, String source, String profile) {
        return read(file, source, profile, false, e -> source.equals(e.source()));
    }

    /**
     * The records of one file.
     *
     * @param source the source name to use, or null for the one the index recorded
     * @param profile the profile to use, or null for the one the index recorded
     * @param ofRoot whether the file is read in a replay of the root of several runs: a URL an
     *     earlier run of that root holds too gets the record {@code URL@RUN}
     */
    static List<SourceRecord> read(String file, String source, String profile, boolean ofRoot) {
        return read(file, source, profile, ofRoot, e -> true);
    }

    private static List<SourceRecord> read(String file, String source, String profile, boolean ofRoot,
            Predicate<IndexEntry> own) {
        Path path = Path.of(file);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String fallbackSource = source != null ? source : DEFAULT_SOURCE;
        if (name.equals(LandingZone.FAILURES)) {
            List<SourceRecord> out = new ArrayList<>();
            Path run = path.toAbsolutePath().getParent();
            Predicate<String> earlier = ofRoot ? heldEarlier(run) : url -> false;
            List<IndexEntry> lines = LandingZone.readIndex(path);
            Set<String> failed = new HashSet<>();
            sourceFailures(lines).forEach(e -> failed.add(e.source()));
            for (IndexEntry e : lines) {
                if (!own.test(e) || failed.contains(e.source())) {
                    // a source that could not be read at all read none of its pages: it has a
                    // problem (sourceProblems), not rejects
                    continue;
                }
                Reject r = new Reject(source != null ? source : orElse(e.source(), fallbackSource),
                        e.url(), orElse(e.code(), RejectCodes.FETCH_FAILED),
                        orElse(e.reason(), e.url() + " status=" + e.status() + ": failed"));
                out.add(earlier.test(e.url()) ? inRun(r, run) : r);
            }
            return out;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return List.of(new Reject(fallbackSource, file, RejectCodes.PAGE_MISSING, file
                    + ": cannot read (" + RecordIterator.describe(e) + "); expected a stored page"));
        }
        List<IndexEntry> entries = entriesFor(path);
        if (entries.isEmpty()) {
            PageContext page = new PageContext(file, 200, null, null, fallbackSource,
                    SiteProfile.load(profile));
            return PageParser.parse(bytes, page);
        }
        List<SourceRecord> out = new ArrayList<>();
        Path run = path.toAbsolutePath().getParent().getParent();
        Predicate<String> earlier = ofRoot ? heldEarlier(run) : url -> false;
        for (IndexEntry e : entries) {
            if (!own.test(e)) {
                continue;
            }
            PageContext page = new PageContext(e.url(), e.finalUrl(), e.status(), e.contentType(),
                    e.fetchedAt(),
                    source != null ? source : orElse(e.source(), fallbackSource),
                    SiteProfile.load(profile != null ? profile : e.profile()));
            for (SourceRecord r : PageParser.parse(bytes, page)) {
                out.add(earlier.test(e.url()) ? inRun(r, run) : r);
            }
        }
        return out;
    }

    /**
     * The problems of the sources a run could not read at all, as the run reported them: the
     * reason of each {@link LandingZone#SOURCE_FAILED} line of its failures file, in order.
     */
    static List<String> sourceProblems(Path failuresFile) {
        return sourceFailures(LandingZone.readIndex(failuresFile)).stream().map(IndexEntry::reason).toList();
    }

    private static List<IndexEntry> sourceFailures(List<IndexEntry> failures) {
        return failures.stream().filter(e -> LandingZone.SOURCE_FAILED.equals(e.role()) && e.reason() != null)
                .toList();
    }

    /**
     * A record read from {@code run} in a replay of its root whose URL an earlier run of the root
     * holds too: the same with the record {@code RECORD@RUN}.
     */
    private static SourceRecord inRun(SourceRecord r, Path run) {
        String record = r.record() + "@" + run.getFileName();
        return r instanceof RawPosting p ? p.withRecord(record)
                : new Reject(r.source(), record, ((Reject) r).code(), ((Reject) r).reason());
    }

    /**
     * Whether a URL is listed by a run of {@code run}'s root whose folder name sorts before it (the
     * root listed once per file read, the runs' indexes cached).
     */
    private static Predicate<String> heldEarlier(Path run) {
        Path root = run.getParent();
        String name = run.getFileName().toString();
        List<Set<String>> earlier;
        try (Stream<Path> runs = Files.list(root)) {
            earlier = runs.filter(r -> r.getFileName().toString().compareTo(name) < 0)
                    .map(r -> r.resolve(LandingZone.INDEX))
                    .filter(Files::isRegularFile)
                    .map(index -> cached(index).urls())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot list the runs of the landing zone", e);
        }
        return url -> earlier.stream().anyMatch(urls -> urls.contains(url));
    }

    /** The posting entries of a stored page, one per source and URL (the last fetch wins), in index order. */
    static List<IndexEntry> entriesFor(Path page) {
        Path pages = page.toAbsolutePath().getParent();
        if (pages == null || pages.getFileName() == null
                || !pages.getFileName().toString().equals(LandingZone.PAGES)) {
            return List.of();
        }
        Path index = pages.getParent().resolve(LandingZone.INDEX);
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        Map<String, List<IndexEntry>> bySha = load(index);
        String name = page.getFileName().toString();
        int dot = name.indexOf('.');
        return bySha.getOrDefault(dot < 0 ? name : name.substring(0, dot), List.of());
    }

    /** The posting pages of a run folder, as stored files in index order (each once). */
    static List<Path> postingPages(Path runDir) {
        Map<String, List<IndexEntry>> bySha = load(runDir.resolve(LandingZone.INDEX));
        List<Path> out = new ArrayList<>();
        for (List<IndexEntry> entries : bySha.values()) {
            out.add(runDir.resolve(entries.get(0).file()));
        }
        return out;
    }

    private static Map<String, List<IndexEntry>> load(Path index) {
        return cached(index).bySha();
    }

    /** A run's index, read once per JVM (again when it changed). */
    private static Cached cached(Path index) {
        Path key = index.toAbsolutePath().normalize();
        long size;
        long modified;
        try {
            size = Files.size(key);
            modified = Files.getLastModifiedTime(key).toMillis();
        } catch (IOException e) {
            return new Cached(-1, -1, Map.of(), Set.of());
        }
        Cached cached = INDEXES.get(key);
        if (cached != null && cached.size == size && cached.modified == modified) {
            return cached;
        }
        // one entry per source and URL: two sources of a run may fetch one URL, each for itself
        Map<List<String>, IndexEntry> byUrl = new LinkedHashMap<>();
        Set<String> urls = new HashSet<>();
        for (IndexEntry e : LandingZone.readIndex(key)) {
            urls.add(e.url());
            if ("posting".equals(e.role()) && e.sha256() != null && e.file() != null) {
                byUrl.put(Arrays.asList(e.source(), e.url()), e);
            }
        }
        Map<String, List<IndexEntry>> grouped = new LinkedHashMap<>();
        byUrl.values().forEach(e -> grouped.computeIfAbsent(e.sha256(), x -> new ArrayList<>()).add(e));
        Map<String, List<IndexEntry>> bySha = new LinkedHashMap<>();
        grouped.forEach((sha, list) -> bySha.put(sha, List.copyOf(list)));
        cached = new Cached(size, modified, bySha, Set.copyOf(urls));
        INDEXES.put(key, cached);
        return cached;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** An index: its posting pages by SHA-256, and every URL it lists (any role, failed or not). */
    private record Cached(long size, long modified, Map<String, List<IndexEntry>> bySha, Set<String> urls) {
    }
}
