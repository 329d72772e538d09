package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.posting.PostingIds;
import io.techdir.posting.RawPosting;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code html:} replays of a landing zone: of its root holding several runs, and of a run whose
 * web source could not be read at all.
 */
class HtmlReplayTest {

    private static final String BOARD = "http://board.example/jobs/";
    private static final String RUN1 = "20261127T210200Z-market-report";
    private static final String RUN2 = "20261127T210228Z-market-report";

    /** A run folder holding a posting page for each URL and a failed fetch of {@code failed}. */
    private static void run(Path root, String run, String failed, String... urls) throws IOException {
        try (LandingZone zone = new LandingZone(root.resolve(run))) {
            for (String u : urls) {
                String page = "<html><script type=\"application/ld+json\">{\"@type\":\"JobPosting\","
                        + "\"title\":\"CTO " + u + "\"}</script></html>";
                zone.store(new Fetch(u, u, 200, Map.of("content-type", List.of("text/html")),
                        page.getBytes(StandardCharsets.UTF_8), Instant.now(), 1, null, null),
                        "posting", "board", null);
            }
            zone.fail(Fetch.failed(failed, failed, 404, null, Instant.now(), 1, "HTTP_404",
                    failed + " status=404: HTTP error 'Not Found'; expected 200 OK"), "posting", "board");
        }
    }

    private static List<SourceRecord> replay(Path location) throws Exception {
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse("html:" + location));
        List<SourceRecord> out = new ArrayList<>();
        for (String file : reader.files()) {
            out.addAll(Records.readAll(reader, file));
        }
        return out;
    }

    @Test
    void aUrlInSeveralRunsOfTheRootHasARecordPerRunAndOneSourceId(@TempDir Path root) throws Exception {
        // Audit runs 28-30: the same two pages crawled twice, the root replayed: 4 records had
        // 2 posting ids, and the deduplication made 6 rows of them, without SAME_POSTING.
        run(root, RUN1, BOARD + "gone", BOARD + "1", BOARD + "2");
        run(root, RUN2, BOARD + "gone", BOARD + "1", BOARD + "2", BOARD + "3");
        List<SourceRecord> records = replay(root);
        assertEquals(List.of(BOARD + "1", BOARD + "2", BOARD + "gone", BOARD + "1@" + RUN2,
                BOARD + "2@" + RUN2, BOARD + "3", BOARD + "gone@" + RUN2),
                records.stream().map(SourceRecord::record).toList());
        assertEquals(List.of(BOARD + "1", BOARD + "2", BOARD + "1", BOARD + "2", BOARD + "3"),
                Records.postings(records).stream().map(RawPosting::sourceId).toList(),
                "a later run's reading is the same posting");
        assertEquals(5, Records.postings(records).stream()
                .map(p -> PostingIds.id(p.source(), p.record())).distinct().count());
        // One run replayed alone reads as the crawl did: the URL is the record.
        assertEquals(List.of(BOARD + "1", BOARD + "2", BOARD + "3", BOARD + "gone"),
                replay(root.resolve(RUN2)).stream().map(SourceRecord::record).toList());
    }

    @Test
    void aSourceTheRunCouldNotReadIsTheSameProblemInAReplayWithoutRejects(@TempDir Path tmp) throws Exception {
        // Gather audit: a run whose first listing page answered 404 exited 4 (the source's
        // problem, no reject); its replay gave an HTTP_404 reject and exit 0.
        Map<String, java.util.function.Consumer<FixtureBoard>> cases = new java.util.LinkedHashMap<>();
        cases.put("web:{base}/nowhere/", b -> { });
        cases.put("web:{base}/jobs/", b -> b.serve("/robots.txt", 500, "text/plain",
                "down".getBytes(StandardCharsets.UTF_8)));
        cases.put("web:{base}/bad.xml", b -> b.robots("User-agent: *\nAllow: /\n").serve("/bad.xml", 200,
                "application/xml", "<urlset><url><loc>x</url>".getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        for (var c : cases.entrySet()) {
            Path raw = tmp.resolve("raw" + n++);
            try (FixtureBoard board = new FixtureBoard()) {
                c.getValue().accept(board);
                SourceReader live = Crawls.reader(board, c.getKey(), Crawls.settings(raw));
                SourceUnavailableException e = assertThrows(SourceUnavailableException.class, live::files,
                        c.getKey());
                int requests = board.requests().size();

                SourceReader replay = SourceReaders.forSpec(SourceSpec.parse("html:" + raw.resolve("run1")));
                List<SourceRecord> records = new ArrayList<>();
                for (String file : replay.files()) {
                    records.addAll(Records.readAll(replay, file));
                }
                assertEquals(List.of(), records, c.getKey() + ": the run read none of its pages");
                assertEquals(List.of(e.getMessage()), replay.problems(), c.getKey());
                assertEquals(List.of(e.getMessage()), rootProblems(raw), c.getKey() + ": in a replay of the root");
                assertEquals(requests, board.requests().size(), "a replay requests nothing");
            }
        }
    }

    private static List<String> rootProblems(Path root) throws Exception {
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse("html:" + root));
        reader.files();
        return reader.problems();
    }
}
