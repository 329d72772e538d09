package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.SharedSpark;
import io.techdir.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/techdir run --source web:...} end to end, in-process: the real crawler against the
 * fixture board on 127.0.0.1, the real Spark job, then a replay of the landing zone with
 * {@code html:} giving identical postings without a request.
 */
class WebRunIT {

    private static int techdir(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    /** Postings keyed by URL, with the normalized columns a replay must reproduce. */
    private static Map<String, String> byUrl(Path postingsCsv) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (CSVRecord r : csv(postingsCsv)) {
            List<String> cells = new ArrayList<>();
            for (String c : List.of("source", "source_id", "title", "company", "role_family", "salary_min",
                    "salary_max", "salary_period", "salary_currency", "salary_annual_min_eur", "experience_min_years",
                    "degree_level", "region", "contract_type", "duplicate_of")) {
                cells.add(r.get(c));
            }
            out.put(r.get("url"), String.join("|", cells));
        }
        return out;
    }

    @Test
    void crawlsTheBoardWritesPostingsWithUrlsAndFailuresAsRejectsThenReplaysIdentically(@TempDir Path tmp)
            throws Exception {
        SharedSpark.get();
        Path raw = tmp.resolve("raw");
        try (FixtureBoard board = new FixtureBoard()) {
            StringWriter err = new StringWriter();
            int code = techdir(err, "run", "--source", "web:" + board.base() + "/jobs/", "--crawl-delay", "50",
                    "--raw", raw.toString(), "--out", tmp.resolve("web").toString(), "--quiet");
            assertEquals(0, code, err.toString());
            Map<String, String> crawled = byUrl(tmp.resolve("web/postings.csv"));
            assertFalse(crawled.isEmpty());
            assertTrue(crawled.keySet().stream().allMatch(u -> u.startsWith(board.base() + "/")), crawled.keySet().toString());
            List<CSVRecord> rejects = csv(tmp.resolve("web/rejects.csv"));
            assertTrue(rejects.stream().anyMatch(r -> r.get("record").startsWith(board.base())
                    && r.get("reason").contains("404")), rejects.toString());
            assertTrue(board.requests().stream().noneMatch(r -> r.target().startsWith("/jobs/private/")),
                    "robots.txt disallows /jobs/private/");

            int before = board.requests().size();
            StringWriter err2 = new StringWriter();
            int replay = techdir(err2, "run", "--source", "html:" + raw, "--out", tmp.resolve("replay").toString(),
                    "--quiet");
            assertEquals(0, replay, err2.toString());
            assertEquals(before, board.requests().size(), "a replay requests nothing");
            assertEquals(crawled, byUrl(tmp.resolve("replay/postings.csv")));
            assertEquals(rejects.size(), csv(tmp.resolve("replay/rejects.csv")).size());
        }
    }
    /** (source, url) of every row of a CSV with those columns ({@code record} for rejects). */
    private static List<String> sourceAndUrl(Path file, String urlColumn) throws IOException {
        return csv(file).stream().map(r -> r.get("source") + " " + r.get(urlColumn)).sorted().toList();
    }

    @Test
    void twoWebSourcesOfOneRunEachKeepTheirOwnPostingsAndFailures(@TempDir Path tmp) throws Exception {
        SharedSpark.get();
        Path raw = tmp.resolve("raw");
        try (FixtureBoard board = new FixtureBoard()) {
            StringWriter err = new StringWriter();
            // one run folder for both: the same pages (one stored body each) and one failures.jsonl
            int code = techdir(err, "run", "--source", "web:" + board.base() + "/jobs/?source=alpha",
                    "--source", "web:" + board.base() + "/jobs/?source=beta", "--crawl-delay", "0",
                    "--raw", raw.toString(), "--out", tmp.resolve("web").toString(), "--quiet", "--no-warehouse");
            assertEquals(0, code, err.toString());
            List<String> postings = sourceAndUrl(tmp.resolve("web/postings.csv"), "url");
            List<String> alpha = postings.stream().filter(p -> p.startsWith("alpha ")).map(p -> p.substring(6)).toList();
            List<String> beta = postings.stream().filter(p -> p.startsWith("beta ")).map(p -> p.substring(5)).toList();
            assertFalse(alpha.isEmpty());
            assertEquals(alpha, beta, "each source has the postings of its own crawl");
            List<String> rejects = sourceAndUrl(tmp.resolve("web/rejects.csv"), "record");
            List<String> alphaRejects = rejects.stream().filter(r -> r.startsWith("alpha ")).map(r -> r.substring(6))
                    .toList();
            assertTrue(alphaRejects.stream().anyMatch(r -> r.contains("missing")), rejects.toString());
            assertEquals(alphaRejects, rejects.stream().filter(r -> r.startsWith("beta ")).map(r -> r.substring(5))
                    .toList(), "each source has its own failed pages, under its own name");
            assertEquals(postings.size() + rejects.size(), 2 * (alpha.size() + alphaRejects.size()));

            StringWriter err2 = new StringWriter();
            int replay = techdir(err2, "run", "--source", "html:" + raw, "--out", tmp.resolve("replay").toString(),
                    "--quiet", "--no-warehouse");
            assertEquals(0, replay, err2.toString());
            assertEquals(postings, sourceAndUrl(tmp.resolve("replay/postings.csv"), "url"));
            assertEquals(rejects, sourceAndUrl(tmp.resolve("replay/rejects.csv"), "record"));
        }
    }

    @Test
    void aRunWhoseFirstListingPageFailedReplaysWithTheSameProblemAndExitCode(@TempDir Path tmp) throws Exception {
        // Gather audit: live exit 4 and the source's problem; the replay exit 0 and an HTTP_404 reject.
        SharedSpark.get();
        Path raw = tmp.resolve("raw");
        try (FixtureBoard board = new FixtureBoard()) {
            StringWriter err = new StringWriter();
            int code = techdir(err, "run", "--source", "web:" + board.base() + "/nowhere/", "--crawl-delay", "0",
                    "--raw", raw.toString(), "--out", tmp.resolve("web").toString(), "--quiet", "--no-warehouse");
            String problem = "techdir: error: " + board.base() + "/nowhere/ status=404: HTTP error 'Not Found'; "
                    + "expected 200 OK";
            assertEquals(4, code, err.toString());
            assertTrue(err.toString().lines().anyMatch(problem::equals), err.toString());

            StringWriter err2 = new StringWriter();
            int replay = techdir(err2, "run", "--source", "html:" + raw, "--out", tmp.resolve("replay").toString(),
                    "--quiet", "--no-warehouse");
            assertEquals(4, replay, err2.toString());
            assertEquals(err.toString().lines().filter(l -> l.startsWith("techdir: error: ")).toList(),
                    err2.toString().lines().filter(l -> l.startsWith("techdir: error: ")).toList());
            assertEquals(csv(tmp.resolve("web/rejects.csv")).stream().map(CSVRecord::toList).toList(),
                    csv(tmp.resolve("replay/rejects.csv")).stream().map(CSVRecord::toList).toList());
            assertEquals(List.of(), csv(tmp.resolve("replay/rejects.csv")));
        }
    }
}
