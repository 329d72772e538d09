package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** {@code html:} replays of a landing zone's root holding several runs. */
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
}
