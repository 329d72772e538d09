package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.SharedSpark;
import io.techdir.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication dates as boards write them, in a CSV file and in the JSON-LD {@code datePosted} of
 * pages on the fixture board, read alike by the normalizer; one it cannot read is counted per
 * source in the data-quality table and the manifest, never dropped without a trace.
 */
class DatesPostedIT {

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void datesAsBoardsWriteThemAreReadAndThoseThatCannotBeAreCounted(@TempDir Path tmp) throws Exception {
        // Gather audit: JSON-LD datePosted '08/01/2026', '8 janv. 2026', 'Jan 8, 2026', '20260108'
        // gave an empty date_posted, and nothing said a date had been given.
        SharedSpark.get();
        Path file = tmp.resolve("dates.csv");
        Files.writeString(file, """
                source_id,title,company,date_posted
                c1,Directeur technique A,Alpha,08/01/2026
                c2,Directeur technique B,Beta,8 janv. 2026
                c3,Directeur technique C,Gamma,"Jan 8, 2026"
                c4,Directeur technique D,Delta,il y a 3 jours
                c5,Directeur technique E,Epsilon,
                """);
        try (FixtureBoard board = new FixtureBoard().robots(OpenBoardCase.ALLOW_ALL)) {
            Map<String, String> published = Map.of("1", "2026-01-08T10:00:00+01:00", "2", "20260108",
                    "3", "8 janvier 2026", "4", "08/01/26");
            StringBuilder listing = new StringBuilder();
            published.forEach((n, date) -> {
                listing.append("<a href=\"").append(n).append(".html\">").append(n).append("</a> ");
                board.html("/d/" + n + ".html", "<html><script type=\"application/ld+json\">{\"@type\":"
                        + "\"JobPosting\",\"title\":\"CTO " + n + "\",\"hiringOrganization\":\"Org " + n
                        + "\",\"datePosted\":\"" + date + "\"}</script></html>");
            });
            board.html("/d/", listing.toString());
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"run", "--source", "csv:" + file, "--source",
                "web:" + board.base() + "/d/", "--crawl-delay", "0", "--raw", tmp.resolve("raw").toString(),
                "--out", tmp.resolve("out").toString(), "--quiet", "--no-warehouse"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());

            Map<String, String> dates = new TreeMap<>();
            for (CSVRecord r : csv(tmp.resolve("out/postings.csv"))) {
                String id = r.get("source").equals("csv") ? r.get("source_id")
                        : r.get("url").substring(r.get("url").lastIndexOf('/') + 1);
                dates.put(id, r.get("date_posted"));
            }
            assertEquals(Map.of("c1", "2026-01-08", "c2", "2026-01-08", "c3", "2026-01-08", "c4", "", "c5", "",
                    "1.html", "2026-01-08", "2.html", "2026-01-08", "3.html", "2026-01-08", "4.html", ""), dates);

            Map<String, String> unreadable = new TreeMap<>();
            for (CSVRecord r : csv(tmp.resolve("out/data_quality.csv"))) {
                if (r.get("measure").equals("date_posted unreadable")) {
                    unreadable.put(r.get("source"), r.get("count"));
                }
            }
            assertEquals(Map.of("csv", "1", "127.0.0.1", "1"), unreadable, "one each: c4 and 4.html");
            JsonNode bySource = new ObjectMapper().readTree(tmp.resolve("out/manifest.json").toFile())
                    .path("counts").path("by_source");
            assertEquals(1, bySource.path("csv").path("date_posted unreadable").asInt(-1), bySource.toString());
            assertEquals(2, bySource.path("csv").path("date_posted unreadable").asInt(-1)
                    + bySource.path("127.0.0.1").path("date_posted unreadable").asInt(-1));
        }
    }
}
