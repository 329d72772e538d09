package io.techdir.gather;

import static io.techdir.gather.Crawls.posting;
import static io.techdir.gather.Crawls.postings;
import static io.techdir.gather.Crawls.rejectCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Sitemap crawls lose nothing silently: a nested sitemap that cannot be read is a {@code
 * BAD_SITEMAP} reject, gzip sitemaps are read, and only the page limit stops a crawl of many
 * sitemaps, counting what it skips.
 */
class WebSitemapsIT extends OpenBoardCase {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private String urlset(String... pages) {
        return "<?xml version=\"1.0\"?><urlset xmlns=\"" + NS + "\">" + java.util.Arrays.stream(pages)
                .map(p -> "<url><loc>" + board.base() + p + "</loc></url>").collect(Collectors.joining())
                + "</urlset>";
    }

    private String index(List<String> sitemaps) {
        return "<?xml version=\"1.0\"?><sitemapindex xmlns=\"" + NS + "\">" + sitemaps.stream()
                .map(s -> "<sitemap><loc>" + (s.startsWith("http") ? s : board.base() + s)
                        + "</loc></sitemap>").collect(Collectors.joining()) + "</sitemapindex>";
    }

    private FixtureBoard xml(String target, String xml) {
        return board.serve(target, 200, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNestedSitemapThatCannotBeReadIsARejectAndGzipSitemapsAreRead() throws Exception {
        xml("/sm/index.xml", index(List.of("/sm/a.xml", "/sm/b.xml.gz", "/sm/doctype.xml",
                "/sm/broken.xml", "http://elsewhere.example/sm/c.xml")));
        xml("/sm/a.xml", urlset("/sm/p1.html"));
        board.serve("/sm/b.xml.gz", 200, "application/x-gzip", SitemapsTest.gzip(urlset("/sm/p3.html")));
        xml("/sm/doctype.xml", "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x \"y\">]>"
                + urlset("/sm/p4.html").substring("<?xml version=\"1.0\"?>".length()));
        xml("/sm/broken.xml", "<urlset xmlns=\"" + NS + "\"><url><loc>x</url>");
        for (String p : List.of("p1", "p3", "p4")) {
            board.html("/sm/" + p + ".html", posting("CTO " + p, p + ".html"));
        }
        SourceReader reader = Crawls.reader(board, "web:{base}/sm/index.xml", Crawls.settings(raw));
        List<SourceRecord> records = Crawls.records(reader);
        String b = board.base() + "/sm/";

        assertEquals(List.of(b + "p1.html", b + "p3.html"), List.copyOf(postings(records).keySet()));
        assertEquals(Map.of(b + "doctype.xml", RejectCodes.BAD_SITEMAP, b + "broken.xml",
                RejectCodes.BAD_SITEMAP), rejectCodes(records));
        Reject doctype = records.stream().filter(Reject.class::isInstance).map(Reject.class::cast)
                .filter(r -> r.record().equals(b + "doctype.xml")).findFirst().orElseThrow();
        assertTrue(doctype.reason().startsWith(b + "doctype.xml status=200: malformed sitemap '")
                && doctype.reason().contains("DOCTYPE"), doctype.reason());
        assertEquals(1L, reader.gatherCounts().get("links_off_site"));
        // Gather audit: BAD_SITEMAP pages were counted as sitemaps read and pages fetched, never
        // as failed. Each page asked for is counted once: fetched (the 3 sitemaps read and the 2
        // postings), or failed (the 2 that cannot be parsed), one per line of failures.jsonl.
        Map<String, Long> counts = reader.gatherCounts();
        assertEquals(3L, counts.get("sitemaps"));
        assertEquals(2L, counts.get("pages_failed"));
        assertEquals(5L, counts.get("pages_fetched"));
        assertEquals(counts.get("pages_fetched") + counts.get("pages_unchanged"), counts.get("listing_pages")
                + counts.get("posting_pages") + counts.get("sitemaps"));
        assertEquals(2, java.nio.file.Files.readAllLines(raw.resolve("run1/failures.jsonl")).size());
    }

    @Test
    void aFirstSitemapThatCannotBeParsedIsAFailedPageAndFailsTheSource() throws Exception {
        xml("/bad-first.xml", "<urlset xmlns=\"" + NS + "\"><url><loc>x</url>");
        SourceReader reader = Crawls.reader(board, "web:{base}/bad-first.xml", Crawls.settings(raw));
        SourceUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(
                SourceUnavailableException.class, reader::files);
        assertTrue(e.getMessage().startsWith(board.base() + "/bad-first.xml status=200: malformed sitemap '"),
                e.getMessage());
        assertEquals(1L, reader.gatherCounts().get("pages_failed"));
        assertEquals(0L, reader.gatherCounts().get("pages_fetched"));
        assertEquals(0L, reader.gatherCounts().get("sitemaps"));
    }

    @Test
    void aGzipFirstSitemapIsRead() throws Exception {
        board.serve("/first.xml.gz", 200, "application/gzip", SitemapsTest.gzip(urlset("/p1.html")))
                .html("/p1.html", posting("CTO p1", "p1.html"));
        List<SourceRecord> records = Crawls.crawl(board, "web:{base}/first.xml.gz", raw);
        assertEquals(List.of(board.base() + "/p1.html"), List.copyOf(postings(records).keySet()));
    }

    @Test
    void onlyThePageLimitStopsACrawlOfManySitemapsAndItCountsWhatItSkips() throws Exception {
        // the audit's /many/index.xml: 60 sitemaps of one page each; 50 used to be read, 10 dropped
        List<String> maps = IntStream.range(0, 60).mapToObj(i -> "/many/s" + i + ".xml").toList();
        xml("/many/index.xml", index(maps));
        for (int i = 0; i < 60; i++) {
            xml("/many/s" + i + ".xml", urlset("/many/p" + i + ".html"));
            board.html("/many/p" + i + ".html", posting("CTO many " + i, "p" + i + ".html"));
        }
        assertEquals(60, postings(Crawls.crawl(board, "web:{base}/many/index.xml", raw)).size());

        // max-pages=21: the index, then 10 sitemaps and their 10 pages; 50 sitemaps skipped
        try (LogCapture log = new LogCapture(WebCrawler.class)) {
            SourceReader limited = Crawls.reader(board, "web:{base}/many/index.xml?max-pages=21",
                    Crawls.settings(raw.resolve("limited")));
            assertEquals(10, postings(Crawls.records(limited)).size());
            assertEquals(50L, limited.gatherCounts().get("pages_skipped_limit"));
            assertEquals(11L, limited.gatherCounts().get("sitemaps"));
            assertTrue(log.lines().contains("WARN web " + board.base() + "/many/index.xml: the page "
                    + "limit (21 pages, max-pages=) is reached; 50 links and sitemaps not fetched "
                    + "(pages_skipped_limit)"), log.lines().toString());
        }
    }
}
