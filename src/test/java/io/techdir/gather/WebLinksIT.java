package io.techdir.gather;

import static io.techdir.gather.Crawls.posting;
import static io.techdir.gather.Crawls.postings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Links a listing page holds that are not plain URLs (the audit's /wl/ board). */
class WebLinksIT extends OpenBoardCase {

    @Test
    void tabsInALinkAreLeftOutAsBrowsersDoAndMalformedLinksAreCounted() throws Exception {
        board.html("/wl/", "<a href=\"a%zz.html\">1</a> <a href=\"x\ty.html\">2</a> "
                        + "<a href=\"/wl/[x].html\">3</a> <a href=\"ok.html\">4</a> <a href=\"a%zz.html\">5</a>")
                .html("/wl/xy.html", posting("CTO tab", "xy.html"))
                .html("/wl/ok.html", posting("CTO ok", "ok.html"));
        SourceReader reader = Crawls.reader(board, "web:{base}/wl/", Crawls.settings(raw));
        assertEquals(List.of(board.base() + "/wl/ok.html", board.base() + "/wl/xy.html"),
                List.copyOf(postings(Crawls.records(reader)).keySet()));
        assertEquals(2L, reader.gatherCounts().get("links_malformed")); // a%zz.html once, [x].html
    }
    @Test
    void urlsThatDifferOnlyInTheOrderOfTheirParametersAreFetchedOnceUnderTheFirstSpelling() throws Exception {
        // a board linking one posting with its parameters in two orders gave two postings of one page
        String job = posting("CTO job", "job");
        board.html("/wq/", "<a href=\"job?id=1&amp;ref=a\">1</a> <a href=\"job?ref=a&amp;id=1\">2</a>"
                        + " <a href=\"job?ref=a&amp;id=1#apply\">3</a> <a href=\"job?&amp;id=1&amp;ref=a&amp;\">4</a>"
                        + " <a href=\"other\">5</a> <a href=\"other?\">6</a>"
                        + " <a href=\"multi?a=1&amp;a=2\">7</a> <a href=\"multi?a=2&amp;a=1\">8</a>")
                .html("/wq/job?id=1&ref=a", job).html("/wq/job?ref=a&id=1", job)
                .html("/wq/job?&id=1&ref=a&", job)
                .html("/wq/other", posting("CTO other", "other")).html("/wq/other?", posting("CTO other", "other"))
                .html("/wq/multi?a=1&a=2", posting("CTO a12", "multi")).html("/wq/multi?a=2&a=1", posting("CTO a21", "m"));
        SourceReader reader = Crawls.reader(board, "web:{base}/wq/", Crawls.settings(raw));
        // a name's values keep their order: multi?a=1&a=2 and multi?a=2&a=1 may be two pages
        assertEquals(List.of(board.base() + "/wq/job?id=1&ref=a", board.base() + "/wq/multi?a=1&a=2",
                board.base() + "/wq/multi?a=2&a=1", board.base() + "/wq/other"),
                List.copyOf(postings(Crawls.records(reader)).keySet()));
        assertEquals(List.of("/wq/", "/wq/job?id=1&ref=a", "/wq/multi?a=1&a=2", "/wq/multi?a=2&a=1", "/wq/other"),
                board.targets().stream().filter(t -> t.startsWith("/wq/")).sorted().toList());
        assertEquals(4L, reader.gatherCounts().get("posting_pages"));
    }

    @Test
    void aSchemeWrittenInCapitalsIsTheSamePage() throws Exception {
        // links a board writes absolute, with the scheme in capitals, gave a second fetch of one page
        String base = board.base();
        board.html("/wc/", "<a href=\"" + base + "/wc/job\">1</a> <a href=\"" + base.replace("http:", "HTTP:")
                        + "/wc/job\">2</a> <a href=\"job#apply\">3</a>")
                .html("/wc/job", posting("CTO caps", "job"));
        SourceReader reader = Crawls.reader(board, "web:{base}/wc/", Crawls.settings(raw));
        assertEquals(List.of(base + "/wc/job"), List.copyOf(postings(Crawls.records(reader)).keySet()));
        assertEquals(List.of("/wc/", "/wc/job"),
                board.targets().stream().filter(t -> t.startsWith("/wc/")).sorted().toList());
    }
}
