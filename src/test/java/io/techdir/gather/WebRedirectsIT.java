package io.techdir.gather;

import static io.techdir.gather.Crawls.crawl;
import static io.techdir.gather.Crawls.posting;
import static io.techdir.gather.Crawls.postings;
import static io.techdir.gather.Crawls.rejectCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pages that answer after a redirect: their relative links, sitemap locations and JSON-LD
 * {@code url}s resolve against the URL that answered, not the one asked for (a board moving its
 * listing from {@code /old} to {@code /new/}).
 */
class WebRedirectsIT extends OpenBoardCase {

    @Test
    void aRedirectedListingResolvesItsLinksAgainstTheUrlThatAnswered() throws Exception {
        board.redirect("/old", 301, "/new/")
                .html("/new/", "<a href=\"a.html\">a</a> <a rel=\"next\" href=\"2.html\">next</a>")
                .html("/new/2.html", "<a href=\"b.html\">b</a>")
                .html("/new/a.html", posting("CTO a", "a.html"))
                .redirect("/new/b.html", 302, "/posted/b.html")
                .html("/posted/b.html", posting("CTO b", "b.html"));
        List<SourceRecord> records = crawl(board, "web:{base}/old", raw);
        String b = board.base();

        assertEquals(Map.of(), rejectCodes(records));
        Map<String, RawPosting> got = postings(records);
        assertEquals(List.of(b + "/new/a.html", b + "/new/b.html"), List.copyOf(got.keySet()));
        // a relative JSON-LD url resolves against the page that answered, after its own redirect
        assertEquals(b + "/posted/b.html", got.get(b + "/new/b.html").attributes().get("canonical_url"));
        assertEquals(null, got.get(b + "/new/a.html").attributes().get("canonical_url"));
    }

    @Test
    void aRedirectedSitemapResolvesItsLocationsAgainstTheUrlThatAnswered() throws Exception {
        board.redirect("/sitemap-old.xml", 301, "/maps/sitemap.xml")
                .serve("/maps/sitemap.xml", 200, "application/xml", """
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <url><loc>a.html</loc></url></urlset>""".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .html("/maps/a.html", posting("CTO map a", "a.html"));
        List<SourceRecord> records = crawl(board, "web:{base}/sitemap-old.xml", raw);

        assertEquals(Map.of(), rejectCodes(records));
        assertEquals(List.of(board.base() + "/maps/a.html"), List.copyOf(postings(records).keySet()));
    }

    @Test
    void anUnsolicited304IsAnHttp304RejectThatSaysSo() throws Exception {
        // Gather audit: a board answering 304 to a request without conditional headers gave the
        // reject FETCH_FAILED 'URL status=304: failed'.
        board.html("/list/", "<a href=\"a.html\">a</a> <a href=\"b.html\">b</a>")
                .serve("/list/a.html", 304, Map.of("ETag", "\"x\""), new byte[0])
                .html("/list/b.html", posting("CTO b", "b.html"));
        List<SourceRecord> records = crawl(board, "web:{base}/list/", raw);
        String a = board.base() + "/list/a.html";

        assertEquals(Map.of(a, RejectCodes.http(304)), rejectCodes(records));
        assertEquals(a + " status=304: 'Not Modified' to a request that sent no If-None-Match or "
                + "If-Modified-Since (no stored copy it can refer to); expected 200 OK",
                records.stream().filter(Reject.class::isInstance).map(Reject.class::cast).findFirst()
                        .orElseThrow().reason());
        assertEquals(List.of(board.base() + "/list/b.html"), List.copyOf(postings(records).keySet()));
    }
}
