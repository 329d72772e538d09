package io.techdir.gather;

import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Reads one landing-zone file into records, for {@code web:} after a crawl and for {@code
 * html:} replays alike: a stored posting page yields what {@link PageParser} finds, once per URL
 * the run's {@code index.jsonl} lists for it (its record is the URL); {@code failures.jsonl}
 * yields one reject per failed page (record: the URL); a page outside a landing zone (a folder of
 * saved pages) has its file as URL. A live source reads only its own lines ({@link #readOwn});
 * a replay reads every source's. Each run's index is read once per JVM and cached.
 */
final class LandingReader {

    /** Source name of saved pages outside a landing zone. */
    static final String DEFAULT_SOURCE = "html";
    private static final Map<Path, Cached> INDEXES = new ConcurrentHashMap<>();

    private LandingReader() {
    }

    /**
     * The records of one file, as a replay ({@code html:}) reads it: every source's.
     *
     * @param source the source name to give every record, or null for the one the index recorded
     * @param profile the profile to use, or null for the one the index recorded
     */
    static List<SourceRecord> read(String file, String source, String profile) {
        return read(file, source, profile, e -> true);
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
        return read(file, source, profile, e -> source.equals(e.source()));
    }

    private static List<SourceRecord> read(String file, String source, String profile, Predicate<IndexEntry> own) {
        Path path = Path.of(file);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String fallbackSource = source != null ? source : DEFAULT_SOURCE;
        if (name.equals(LandingZone.FAILURES)) {
            List<SourceRecord> out = new ArrayList<>();
            for (IndexEntry e : LandingZone.readIndex(path)) {
                if (!own.test(e)) {
                    continue;
                }
                out.add(new Reject(source != null ? source : orElse(e.source(), fallbackSource),
                        e.url(), orElse(e.code(), RejectCodes.FETCH_FAILED),
                        orElse(e.reason(), e.url() + " status=" + e.status() + ": failed")));
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
        for (IndexEntry e : entries) {
            if (!own.test(e)) {
                continue;
            }
            PageContext page = new PageContext(e.url(), e.status(), e.contentType(), e.fetchedAt(),
                    source != null ? source : orElse(e.source(), fallbackSource),
                    SiteProfile.load(profile != null ? profile : e.profile()));
            out.addAll(PageParser.parse(bytes, page));
        }
        return out;
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
        Path key = index.toAbsolutePath().normalize();
        long size;
        long modified;
        try {
            size = Files.size(key);
            modified = Files.getLastModifiedTime(key).toMillis();
        } catch (IOException e) {
            return Map.of();
        }
        Cached cached = INDEXES.get(key);
        if (cached != null && cached.size == size && cached.modified == modified) {
            return cached.bySha;
        }
        // one entry per source and URL: two sources of a run may fetch one URL, each for itself
        Map<List<String>, IndexEntry> byUrl = new LinkedHashMap<>();
        for (IndexEntry e : LandingZone.readIndex(key)) {
            if ("posting".equals(e.role()) && e.sha256() != null && e.file() != null) {
                byUrl.put(Arrays.asList(e.source(), e.url()), e);
            }
        }
        Map<String, List<IndexEntry>> grouped = new LinkedHashMap<>();
        byUrl.values().forEach(e -> grouped.computeIfAbsent(e.sha256(), x -> new ArrayList<>()).add(e));
        Map<String, List<IndexEntry>> bySha = new LinkedHashMap<>();
        grouped.forEach((sha, list) -> bySha.put(sha, List.copyOf(list)));
        INDEXES.put(key, new Cached(size, modified, bySha));
        return bySha;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private record Cached(long size, long modified, Map<String, List<IndexEntry>> bySha) {
    }
}
