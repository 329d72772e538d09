package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real crawler against {@link FixtureBoard} on 127.0.0.1: fixture boards made from real
 * postings (France Travail offers, HelloWork and Glassdoor rows; see
 * src/test/resources/web/README.md). Each case asserts what was gathered, what was rejected
 * with which URL and status, and what was never requested.
 */
class WebGatherIT {

    @TempDir
    Path raw;
    private FixtureBoard board;

    @BeforeEach
    void start() throws Exception {
        board = new FixtureBoard();
    }

    @AfterEach
    void stop() {
        board.close();
    }

    private GatherSettings settings(String runId) {
        return GatherSettings.builder()
                .crawlDelayMillis(0)
                .connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofMillis(300))
                .maxRetries(2)
                .retryBackoffMillis(10)
                .maxRetryWaitMillis(5000)
                .maxPageBytes(100_000)
                .maxConcurrent(2)
                .rawRoot(raw)
                .runId(runId)
                .quiet(true)
                .get();
    }

    private SourceReader reader(String spec, String runId) {
        return SourceReaders.forSpec(SourceSpec.parse(spec.replace("{base}", board.base())), settings(runId));
    }

    private static List<SourceRecord> readAll(SourceReader reader, List<String> files) throws Exception {
        List<SourceRecord> out = new ArrayList<>();
        for (String f : files) {
            reader.check(f);
            reader.read(f).forEachRemaining(out::add);
        }
        return out;
    }

    private static Map<String, RawPosting> postings(List<SourceRecord> records) {
        return records.stream().filter(RawPosting.class::isInstance).map(RawPosting.class::cast)
                .collect(Collectors.toMap(RawPosting::record, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Reject> rejects(List<SourceRecord> records) {
        return records.stream().filter(Reject.class::isInstance).map(Reject.class::cast)
                .collect(Collectors.toMap(Reject::record, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void crawlsTheJsonLdBoardAndAccountsForEveryPage() throws Exception {
        SourceReader reader = reader("web:{base}/jobs/?crawl-delay=20", "run1");
        List<String> files = reader.files();
        String b = board.base() + "/jobs/";
        List<SourceRecord> records = readAll(reader, files);
        Map<String, RawPosting> got = postings(records);
        Map<String, Reject> rejected = rejects(records);

        assertEquals(List.of(b + "183QFKS.html", b + "184TLPS.html", b + "8402151.html",
                b + "8441395.html", b + "8470456.html#1", b + "8470456.html#2", b + "busy.html",
                b + "flaky.html", b + "latin1.html"), List.copyOf(got.keySet()));
        assertEquals(Map.of(
                b + "missing.html", RejectCodes.http(404),
                b + "slow.html", RejectCodes.FETCH_TIMEOUT,
                b + "loop.html", RejectCodes.REDIRECT_LOOP,
                b + "big.html", RejectCodes.TOO_LARGE,
                b + "no-posting.html", RejectCodes.NO_POSTING,
                b + "broken.html", RejectCodes.BAD_JSON_LD),
                rejected.values().stream().collect(Collectors.toMap(Reject::record, Reject::code)));
        assertEquals(b + "missing.html status=404: HTTP error 'Not Found'; expected 200 OK",
                rejected.get(b + "missing.html").reason());
        assertEquals(b + "slow.html status=none: no response within 300 ms after 3 attempts; "
                + "expected a response", rejected.get(b + "slow.html").reason());
        assertEquals(b + "loop.html status=302: redirect to '" + b + "loop.html' loops back ("
                + b + "loop.html -> " + b + "loop-b.html -> " + b + "loop.html); expected a page",
                rejected.get(b + "loop.html").reason());
        assertEquals(b + "big.html status=200: page of more than 100000 bytes; expected at most 100000",
                rejected.get(b + "big.html").reason());
        assertEquals(b + "no-posting.html status=200: no JobPosting in page 'Nos engagements'; "
                + "expected JSON-LD or microdata JobPosting", rejected.get(b + "no-posting.html").reason());
        assertTrue(rejected.get(b + "broken.html").reason().startsWith(b + "broken.html status=200: "
                + "malformed JSON-LD 'Unexpected character"), rejected.get(b + "broken.html").reason());
        assertTrue(rejected.values().stream().allMatch(r -> r.source().equals("127.0.0.1")));

        // Never requested: robots.txt disallows /jobs/private/; off-site and mailto links.
        List<String> targets = board.targets();
        assertFalse(targets.contains("/jobs/private/secret.html"), targets.toString());
        assertTrue(targets.stream().noneMatch(t -> t.contains("elsewhere") || t.contains("mailto")));
        assertEquals("/robots.txt", targets.get(0));
        assertEquals(1, targets.stream().filter("/jobs/184TLPS.html"::equals).count());
        assertEquals(2, targets.stream().filter("/jobs/flaky.html"::equals).count());
        assertEquals(3, targets.stream().filter("/jobs/slow.html"::equals).count());
        assertEquals(1, targets.stream().filter("/jobs/big.html"::equals).count());
        // Retry-After: 1 was honoured.
        List<FixtureBoard.Request> busy = board.requests().stream()
                .filter(r -> r.target().equals("/jobs/busy.html"))
                .sorted(Comparator.comparingLong(FixtureBoard.Request::startMillis)).toList();
        assertEquals(2, busy.size());
        assertTrue(busy.get(1).startMillis() - busy.get(0).endMillis() >= 950,
                "waited " + (busy.get(1).startMillis() - busy.get(0).endMillis()) + " ms");
        // Politeness: one request at a time, the User-Agent names techdir and its contact URL.
        List<FixtureBoard.Request> answered = board.requests().stream()
                .filter(r -> !r.target().equals("/jobs/slow.html")) // still sleeping after our timeout
                .sorted(Comparator.comparingLong(FixtureBoard.Request::startMillis)).toList();
        for (int i = 1; i < answered.size(); i++) {
            assertTrue(answered.get(i).startMillis() >= answered.get(i - 1).endMillis(),
                    "overlapping requests " + answered.get(i - 1) + " " + answered.get(i));
        }
        assertTrue(board.requests().stream().allMatch(r -> r.userAgent().startsWith("techdir/")
                && r.userAgent().endsWith("(+https://github.com/techdir/techdir)")));

        Map<String, Long> counts = reader.gatherCounts();
        assertEquals(2L, counts.get("listing_pages"));
        assertEquals(10L, counts.get("posting_pages"));
        assertEquals(12L, counts.get("pages_fetched"));
        assertEquals(4L, counts.get("pages_failed"));
        assertEquals(1L, counts.get("pages_skipped_robots"));
        assertEquals(1L, counts.get("links_off_site"));
        assertEquals(0L, counts.get("pages_unchanged"));
        assertTrue(counts.get("retries") >= 4, counts.toString());

        // The landing zone: content-addressed pages, an index line per fetch, the failures file.
        Path run = raw.resolve("run1");
        assertEquals(run.resolve("failures.jsonl").toString(), files.get(files.size() - 1));
        assertEquals(4, Files.readAllLines(run.resolve("failures.jsonl")).size());
        String page = Files.readString(run.resolve(Path.of(files.get(0)).getFileName()).getParent() == null
                ? Path.of(files.get(0)) : Path.of(files.get(0)));
        assertTrue(page.contains("application/ld+json"));
        assertTrue(Path.of(files.get(0)).getFileName().toString().matches("[0-9a-f]{64}\\.html"));
        assertTrue(Files.readString(run.resolve("index.jsonl")).contains("\"etag\":"));
    }

    @Test
    void mapsStructuredValuesCharsetsAndMicrodata() throws Exception {
        SourceReader reader = reader("web:{base}/jobs/?crawl-delay=0", "run1");
        Map<String, RawPosting> got = postings(readAll(reader, reader.files()));
        String b = board.base() + "/jobs/";

        // ft-2024-11-it-1049.json offer 184TLPS: "Annuel de 45000.0 Euros à 65000.0 Euros"
        RawPosting p = got.get(b + "184TLPS.html");
        assertEquals("184TLPS", p.sourceId());
        assertEquals("DBA SQL/Big Data (H/F)", p.title());
        assertEquals("INFORMATIS TECHNOLOGY SYSTM", p.company());
        assertEquals("78 - Limay", p.location());
        assertEquals("78520", p.postalCode());
        assertEquals("FR", p.country());
        assertEquals("CDI", p.contract());
        assertEquals("45000-65000 EUR per year", p.salaryText());
        assertEquals("5 An(s)", p.experienceText());
        assertEquals(b + "184TLPS.html", p.url());
        assertEquals("2024-11-28", p.datePosted());
        assertEquals("Conseil en systèmes et logiciels informatiques", p.sectorLabel());
        assertEquals("45000", p.attributes().get("salary_min"));
        assertEquals("65000", p.attributes().get("salary_max"));
        assertEquals("EUR", p.attributes().get("salary_currency"));
        assertEquals("EUR", p.attributes().get("currency"));
        assertEquals("YEAR", p.attributes().get("salary_unit"));
        assertEquals("json-ld", p.attributes().get("extracted_by"));
        assertTrue(p.attributes().get("fetched_at").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));

        // A JSON-LD array: 8470456 and 8471103 on one page.
        assertEquals("8470456", got.get(b + "8470456.html#1").sourceId());
        assertEquals("35000-50000 EUR per year", got.get(b + "8470456.html#2").salaryText());
        // @graph with a description HTML-escaped twice: text with its line breaks, no markup.
        RawPosting graph = got.get(b + "183QFKS.html");
        assertEquals("38000-70000 EUR per year", graph.salaryText());
        assertFalse(graph.description().contains("<") || graph.description().contains("&lt;"),
                graph.description());
        // MONTH value, HOUR value (after a 503), text salary (after a 429).
        assertEquals("2118 EUR per month", got.get(b + "8402151.html").salaryText());
        assertEquals("11.88 EUR per hour", got.get(b + "flaky.html").salaryText());
        assertEquals("184RWQZ", got.get(b + "busy.html").sourceId());
        // windows-1252 page whose charset is only in its meta tag.
        RawPosting latin = got.get(b + "latin1.html");
        assertEquals("Responsable fonction clé gestion des risques (H/F)", latin.title());
        assertTrue(latin.description().contains("é"), latin.description());
        // Microdata (8441395).
        RawPosting micro = got.get(b + "8441395.html");
        assertEquals("microdata", micro.attributes().get("extracted_by"));
        assertEquals("8441395", micro.sourceId());
        assertEquals("Responsable du pilotage des contrats IT F/H (H/F)", micro.title());
        assertEquals("35900 EUR per year", micro.salaryText());
        assertEquals("28 - MONTREUIL", micro.location());
    }

    @Test
    void replayingTheLandingZoneGivesIdenticalRecords() throws Exception {
        SourceReader web = reader("web:{base}/jobs/?crawl-delay=0", "run1");
        List<SourceRecord> crawled = readAll(web, web.files());
        Thread.sleep(1600); // the slow page's handler ends
        int requests = board.targets().size();

        SourceReader html = SourceReaders.forSpec(SourceSpec.parse("html:" + raw.resolve("run1")));
        List<String> files = html.files();
        List<SourceRecord> replayed = readAll(html, files);
        assertEquals(postings(crawled), postings(replayed));
        assertEquals(rejects(crawled), rejects(replayed));
        assertEquals(crawled.size(), replayed.size());
        assertEquals(requests, board.targets().size(), "replay fetched nothing");

        // The landing zone's root replays every run; a serialized reader reads the same.
        assertEquals(files, SourceReaders.forSpec(SourceSpec.parse("html:" + raw)).files());
        SourceReader copy = roundTrip(web);
        assertEquals(postings(crawled), postings(readAll(copy, files)));
    }

    @Test
    void aSecondRunSendsConditionalRequestsAndKeepsUnchangedPages() throws Exception {
        SourceReader first = reader("web:{base}/jobs/?crawl-delay=0", "run1");
        List<SourceRecord> one = readAll(first, first.files());
        int before = board.targets().size();
        SourceReader second = reader("web:{base}/jobs/?crawl-delay=0", "run2");
        List<SourceRecord> two = readAll(second, second.files());

        assertEquals(withoutFetchTime(one), withoutFetchTime(two));
        Map<String, Long> counts = second.gatherCounts();
        assertEquals(12L, counts.get("pages_unchanged"), counts.toString()); // 2 listings, 10 postings
        assertEquals(0L, counts.get("pages_fetched"));
        assertTrue(board.requests().subList(before, board.requests().size()).stream()
                .filter(r -> r.target().equals("/jobs/184TLPS.html"))
                .allMatch(r -> r.ifNoneMatch() != null));
        assertTrue(Files.readString(raw.resolve("run2/index.jsonl")).contains("\"unchanged\":true"));
    }

    @Test
    void cardsLayoutWithAProfileAndAPageParameter() throws Exception {
        SourceReader reader = reader("web:{base}/cards/?profile=example-cards&crawl-delay=0", "run1");
        Map<String, RawPosting> got = postings(readAll(reader, reader.files()));
        String b = board.base() + "/cards/offre-";
        assertEquals(6, got.size(), got.keySet().toString());
        // hellowork-2026-01.csv, offer 74517954
        RawPosting p = got.get(b + "74517954.html");
        assertEquals("cards", p.source());
        assertEquals("74517954", p.sourceId());
        assertEquals("Ingénieur Qualité Documentaire Nucléaire H/F", p.title());
        assertEquals("NGEN", p.company());
        assertEquals("Nord - 59", p.location());
        assertEquals("CDI", p.contract());
        assertEquals("42\u202F000 € / an", p.salaryText()); // U+202F as published
        assertEquals("FR", p.country());
        assertEquals("EUR", p.attributes().get("currency"));
        assertEquals("profile", p.attributes().get("extracted_by"));
        List<String> targets = board.targets();
        assertTrue(targets.containsAll(List.of("/cards/", "/cards/?page=2", "/cards/?page=3")), targets.toString());
        assertFalse(targets.contains("/cards/?page=4"));
        assertEquals(3L, reader.gatherCounts().get("listing_pages"));
    }

    @Test
    void tableLayoutWithAProfileAndANextLinkSelector() throws Exception {
        SourceReader reader = reader("web:{base}/table/index.html?profile=example-table&crawl-delay=0", "run1");
        Map<String, RawPosting> got = postings(readAll(reader, reader.files()));
        String b = board.base() + "/table/job-";
        assertEquals(List.of(b + "0.html", b + "1.html", b + "2.html", b + "48.html"), List.copyOf(got.keySet()));
        // glassdoor-2020.csv, index 0
        RawPosting p = got.get(b + "0.html");
        assertEquals("0", p.sourceId());
        assertEquals("Data Scientist", p.title());
        assertEquals("Tecolote Research", p.company());
        assertEquals("Albuquerque, NM", p.location());
        assertEquals("$53K-$91K (Glassdoor est.)", p.salaryText());
        assertEquals("501 to 1000 employees", p.companySize());
        assertEquals("Aerospace & Defense", p.sectorLabel());
        assertEquals("US", p.country());
        assertTrue(p.description().startsWith("Data Scientist\nLocation: Albuquerque, NM"), p.description());
        assertTrue(board.targets().contains("/table/liste-2.html"));
    }

    @Test
    void stopsAtThePageLimit() throws Exception {
        SourceReader reader = reader("web:{base}/jobs/?crawl-delay=0&max-pages=3", "run1");
        List<String> files = reader.files();
        assertEquals(3, files.size(), files.toString()); // two posting pages, then the failures file
        List<String> targets = board.targets();
        assertEquals(List.of("/robots.txt", "/jobs/"), targets.subList(0, Math.min(2, targets.size())),
                targets.toString());
        // the budget goes to the first links in discovery order, whatever the fetch threads' timing
        // (the two pages may still reach the server in either order)
        assertEquals(Set.of("/jobs/184TLPS.html", "/jobs/8470456.html"), Set.copyOf(targets.subList(2, targets.size())),
                targets.toString());
        assertEquals(4, targets.size(), targets.toString());
        assertTrue(reader.gatherCounts().get("pages_skipped_limit") > 0);
    }

    @Test
    void readsASitemapAndStillObeysRobots() throws Exception {
        SourceReader reader = reader("web:{base}/sitemap.xml?crawl-delay=0", "run1");
        Map<String, RawPosting> got = postings(readAll(reader, reader.files()));
        assertEquals(List.of(board.base() + "/jobs/184TLPS.html", board.base() + "/jobs/8402151.html"),
                List.copyOf(got.keySet()));
        assertFalse(board.targets().contains("/jobs/private/secret.html"));
        assertEquals(1L, reader.gatherCounts().get("pages_skipped_robots"));
    }

    @Test
    void honoursRobotsCrawlDelayLongerThanOurs() throws Exception {
        board.robots("User-agent: techdir\nCrawl-delay: 0.2\nDisallow: /cards/offre-74517975.html\n");
        SourceReader reader = reader("web:{base}/cards/?profile=example-cards&crawl-delay=0", "run1");
        reader.files();
        List<FixtureBoard.Request> requests = board.requests();
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).startMillis() - requests.get(i - 1).endMillis();
            assertTrue(gap >= 190, "gap " + gap + " ms before " + requests.get(i).target());
        }
        assertFalse(board.targets().contains("/cards/offre-74517975.html"));
    }

    @Test
    void anUnreachableFirstListingPageFailsTheSource() {
        SourceReader reader = reader("web:{base}/nowhere/?crawl-delay=0", "run1");
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, reader::files);
        assertEquals(board.base() + "/nowhere/ status=404: HTTP error 'Not Found'; expected 200 OK",
                e.getMessage());
    }

    @Test
    void robotsDisallowingEverythingForUsFailsTheSourceWithoutFetching() {
        board.robots("User-agent: TechDir\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
        SourceReader reader = reader("web:{base}/jobs/?crawl-delay=0", "run1");
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, reader::files);
        assertTrue(e.getMessage().startsWith(board.base() + "/jobs/: disallowed by robots.txt"), e.getMessage());
        assertEquals(List.of("/robots.txt"), board.targets());
    }

    private static Map<String, RawPosting> withoutFetchTime(List<SourceRecord> records) {
        Map<String, RawPosting> out = new TreeMap<>();
        postings(records).forEach((k, p) -> {
            Map<String, String> a = new TreeMap<>(p.attributes());
            assertTrue(a.remove("fetched_at") != null);
            out.put(k, new RawPosting(p.source(), p.sourceId(), p.record(), p.title(), p.company(),
                    p.location(), p.postalCode(), p.country(), p.contract(), p.salaryText(),
                    p.experienceText(), p.experienceRequirement(), p.educationText(), p.description(),
                    p.url(), p.datePosted(), p.nafCode(), p.sectorLabel(), p.companySize(),
                    p.romeCode(), a));
        });
        return out;
    }

    private static SourceReader roundTrip(SourceReader reader) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(reader);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SourceReader copy = (SourceReader) in.readObject();
            assertNull(copy.gatherCounts().isEmpty() ? null : "counts stay on the driver");
            return copy;
        }
    }
}
