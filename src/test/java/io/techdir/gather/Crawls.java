package io.techdir.gather;

import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Crawls of a {@link FixtureBoard} for tests: fast settings, records by URL. */
final class Crawls {

    private Crawls() {
    }

    /** No crawl delay, short timeouts, no retries, quiet; the run folder {@code raw/run1}. */
    static GatherSettings settings(Path raw) {
        return GatherSettings.builder().crawlDelayMillis(0).connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofMillis(500)).maxRetries(0).rawRoot(raw).runId("run1")
                .quiet(true).get();
    }

    /** A reader of {@code spec}, {@code {base}} standing for the board's URL. */
    static SourceReader reader(FixtureBoard board, String spec, GatherSettings settings) {
        return SourceReaders.forSpec(SourceSpec.parse(spec.replace("{base}", board.base())), settings);
    }

    /** Every record the reader's files give, after its crawl. */
    static List<SourceRecord> records(SourceReader reader) throws Exception {
        List<SourceRecord> out = new ArrayList<>();
        for (String f : reader.files()) {
            reader.read(f).forEachRemaining(out::add);
        }
        return out;
    }

    /** Every record of a crawl of {@code spec} with {@link #settings}. */
    static List<SourceRecord> crawl(FixtureBoard board, String spec, Path raw) throws Exception {
        return records(reader(board, spec, settings(raw)));
    }

    /** The postings by record. */
    static Map<String, RawPosting> postings(List<SourceRecord> records) {
        Map<String, RawPosting> out = new TreeMap<>();
        records.stream().filter(RawPosting.class::isInstance).map(RawPosting.class::cast)
                .forEach(p -> out.put(p.record(), p));
        return out;
    }

    /** The rejects' codes by record. */
    static Map<String, String> rejectCodes(List<SourceRecord> records) {
        Map<String, String> out = new TreeMap<>();
        records.stream().filter(Reject.class::isInstance).map(Reject.class::cast)
                .forEach(r -> out.put(r.record(), r.code()));
        return out;
    }

    /** A page holding one JSON-LD JobPosting with this title and {@code url}. */
    static String posting(String title, String url) {
        return "<html><head><title>" + title + "</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"JobPosting\",\"title\":\"" + title + "\",\"url\":\"" + url + "\"}"
                + "</script></head><body></body></html>";
    }
}
