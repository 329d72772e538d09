package io.techdir.gather;

import static io.techdir.gather.Crawls.crawl;
import static io.techdir.gather.Crawls.posting;
import static io.techdir.gather.Crawls.postings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * robots.txt fetched as RFC 9309 says (section 2.3.1): its redirects followed, to other hosts
 * too; its first 500 KiB read when it is larger; a server error or an unreachable host meaning
 * "disallow everything", and said so when it fails the source.
 */
class WebRobotsIT {

    @TempDir
    Path raw;
    private FixtureBoard board;

    @BeforeEach
    void start() throws Exception {
        board = new FixtureBoard()
                .html("/new/", "<a href=\"a.html\">a</a> <a href=\"b.html\">b</a>")
                .html("/new/a.html", posting("CTO a", "a.html"))
                .html("/new/b.html", posting("CTO b", "b.html"));
    }

    @AfterEach
    void stop() {
        board.close();
    }

    private List<String> postingUrls() throws Exception {
        return List.copyOf(postings(crawl(board, "web:{base}/new/", raw)).keySet());
    }

    @Test
    void followsARobotsTxtRedirectToAnotherHost() throws Exception {
        try (FixtureBoard other = new FixtureBoard().robots("")) {
            other.serve("/robots-real.txt", 200, "text/plain",
                    "User-agent: *\nDisallow: /new/b.html\n".getBytes(StandardCharsets.UTF_8));
            board.redirect("/robots.txt", 301, other.base() + "/robots-real.txt");
            assertEquals(List.of(board.base() + "/new/a.html"), postingUrls());
            assertEquals(List.of("/robots-real.txt"), other.targets());
        }
    }

    @Test
    void readsTheFirst500KibOfALargerRobotsTxt() throws Exception {
        // 6 MiB, above the 5 MiB page cap: it used to fail TOO_LARGE and disallow everything
        String rules = "User-agent: *\nDisallow: /new/b.html\n";
        board.serve("/robots.txt", 200, "text/plain",
                (rules + "# pad\n".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(board.base() + "/new/a.html"), postingUrls());
    }

    @Test
    void aRobotsTxtCutAt500KibLosesItsLastPartialLine() {
        String head = "User-agent: *\n" + "#".repeat(RobotsTxt.MAX_BYTES - 30) + "\n";
        byte[] body = (head + "Disallow: /new/b.html\n").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(body, RobotsTxt.MAX_BYTES); // "Disallow: /ne"
        assertEquals(true, RobotsTxt.parse(cut, "techdir").allowed("/new/a.html"));
    }

    @Test
    void aServerErrorOnRobotsTxtFailsTheSourceSayingSo() {
        board.serve("/robots.txt", 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, this::postingUrls);
        assertTrue(e.getMessage().startsWith(board.base() + "/new/: robots.txt unreachable (status 500); "
                + "nothing is fetched"), e.getMessage());
        assertEquals(List.of("/robots.txt"), board.targets());
    }

    @Test
    void tooManyRequestsOnRobotsTxtMeansUnreachableNotAbsent() {
        board.serve("/robots.txt", 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, this::postingUrls);
        assertTrue(e.getMessage().contains("robots.txt unreachable (status 429)"), e.getMessage());
    }

    @Test
    @Timeout(20) // without the maximum, the crawl would wait an hour
    void aCrawlDelayAboveTheMaximumFailsTheSourceAtOnce() {
        // the audit's board: Crawl-delay 3600 would have taken 41 days for 1 000 pages, silently
        board.robots("User-agent: *\nCrawl-delay: 3600\n");
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, this::postingUrls);
        String host = board.base().substring("http://".length());
        assertEquals(board.base() + "/new/: robots.txt of " + host + " asks Crawl-delay 3600 s, above "
                + "the maximum 60 s (max-crawl-delay=60000); nothing is fetched from this host; "
                + "expected a Crawl-delay of at most 60 s, or a larger max-crawl-delay", e.getMessage());
        assertEquals(List.of("/robots.txt"), board.targets());
    }

    @Test
    void aLongerCrawlDelayWithinTheMaximumIsAppliedAndLogged() throws Exception {
        board.robots("User-agent: *\nCrawl-delay: 0.15\n");
        String host = board.base().substring("http://".length());
        try (LogCapture log = new LogCapture(CrawlRobots.class)) {
            assertEquals(2, postings(crawl(board, "web:{base}/new/?max-crawl-delay=150", raw)).size());
            assertTrue(log.lines().contains("INFO robots.txt of " + host + " asks Crawl-delay 0.15 s: "
                    + "150 ms between two requests to it (crawl delay 0 ms)"), log.lines().toString());
        }
        List<FixtureBoard.Request> requests = board.requests();
        for (int i = 2; i < requests.size(); i++) { // after robots.txt and the listing
            long gap = requests.get(i).startMillis() - requests.get(i - 1).endMillis();
            assertTrue(gap >= 140, "gap " + gap + " ms before " + requests.get(i).target());
        }
        board.robots("User-agent: *\nCrawl-delay: 0.151\n");
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> crawl(board, "web:{base}/new/?max-crawl-delay=150", raw.resolve("again")));
        assertTrue(e.getMessage().contains("asks Crawl-delay 0.151 s, above the maximum 0.15 s "
                + "(max-crawl-delay=150)"), e.getMessage());
    }

    @Test
    void aDisallowedFirstSitemapFailsTheSource() {
        board.robots("User-agent: *\nDisallow: /maps/\n");
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> crawl(board, "web:{base}/maps/sitemap.xml", raw));
        assertEquals(board.base() + "/maps/sitemap.xml: disallowed by robots.txt for techdir; "
                + "expected a sitemap robots.txt allows", e.getMessage());
    }
}
