package io.techdir.gather;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread-safe named counters in a fixed order, for {@link SourceReader#gatherCounts()}. A crawl
 * counts each page it asks for (robots.txt aside) once, in {@link #FETCHED}, {@link #UNCHANGED}
 * or {@link #FAILED} (one per failures line of a page: a failed fetch, a page not HTML, a sitemap
 * that cannot be parsed); {@link #LISTINGS}, {@link #POSTINGS} and {@link #SITEMAPS} split the
 * fetched and unchanged ones.
 */
final class GatherCounts {

    static final String FETCHED = "pages_fetched";
    static final String UNCHANGED = "pages_unchanged";
    static final String ROBOTS = "pages_skipped_robots";
    static final String FAILED = "pages_failed";
    static final String LIMIT = "pages_skipped_limit";
    static final String LISTINGS = "listing_pages";
    static final String POSTINGS = "posting_pages";
    static final String SITEMAPS = "sitemaps";
    static final String OFF_SITE = "links_off_site";
    static final String MALFORMED = "links_malformed";
    static final String RETRIES = "retries";
    static final String BYTES = "bytes_fetched";

    private final Map<String, AtomicLong> counts = new LinkedHashMap<>();

    GatherCounts(List<String> names) {
        names.forEach(n -> counts.put(n, new AtomicLong()));
    }

    /** The web crawler's counters. */
    static GatherCounts web() {
        return new GatherCounts(List.of(FETCHED, UNCHANGED, ROBOTS, FAILED, LIMIT, LISTINGS,
                POSTINGS, SITEMAPS, OFF_SITE, MALFORMED, RETRIES, BYTES));
    }

    void add(String name, long n) {
        counts.get(name).addAndGet(n);
    }

    void inc(String name) {
        add(name, 1);
    }

    void set(String name, long n) {
        counts.get(name).set(n);
    }

    long get(String name) {
        return counts.get(name).get();
    }

    /** A snapshot, in order. */
    Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return Collections.unmodifiableMap(out);
    }
}
