package io.techdir.gather;

import static io.techdir.gather.Crawls.posting;
import static io.techdir.gather.Crawls.postings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links a listing page holds that are not plain URLs (the audit's /wl/ board). */
class WebLinksIT {

    @TempDir
    Path raw;
    private FixtureBoard board;

    @BeforeEach
    void start() throws Exception {
        board = new FixtureBoard().robots("User-agent: *\nAllow: /\n");
    }

    @AfterEach
    void stop() {
        board.close();
    }

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
}
