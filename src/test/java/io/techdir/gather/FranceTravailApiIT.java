package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.techdir.posting.RawPosting;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code francetravail-api:} reader against a local server speaking the API's protocol
 * (OAuth2 client credentials, {@code range=a-b}, 206 + {@code Content-Range}, 429 +
 * {@code Retry-After}) and serving 7 real offers of ft-2024-11-it-1049.json
 * (src/test/resources/web/francetravail/ft-api-offers.json).
 */
class FranceTravailApiIT {

    @TempDir
    Path raw;
    private HttpServer server;
    private ArrayNode offers;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger searches = new AtomicInteger();
    private volatile boolean rateLimitSecond = true;
    /** {@code token}: the token URL redirects; {@code off-site}, {@code same-origin}: the search does. */
    private volatile String redirect = "";
    /**
     * How the search misbehaves: {@code ignore} (always the first range), {@code short} (one offer
     * a request, as asked), {@code html} (an HTML page from the second request on), {@code
     * expire} (401 on the second and fourth requests); empty: it does not.
     */
    private volatile String mode = "";

    @BeforeEach
    void start() throws IOException {
        offers = (ArrayNode) FranceTravailSourceReader.JSON.readTree(
                Files.readAllBytes(Path.of("src/test/resources/web/francetravail/ft-api-offers.json")));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/search", this::search);
        server.createContext("/moved", this::search);
        server.createContext("/steal", x -> {
            log.add("STOLEN " + x.getRequestMethod() + " auth=" + x.getRequestHeaders().getFirst("Authorization")
                    + " body=" + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(x, 200, "{\"access_token\":\"stolen\"}", null);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void token(HttpExchange x) throws IOException {
        String form = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        log.add("POST /token " + URLDecoder.decode(form, StandardCharsets.UTF_8));
        if (redirect.equals("token")) {
            x.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/steal");
            send(x, 307, "", null);
            return;
        }
        boolean ok = form.contains("grant_type=client_credentials") && form.contains("client_id=app-id")
                && form.contains("client_secret=s3cret");
        send(x, ok ? 200 : 401, ok ? "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":1499}"
                : "{\"error\":\"invalid_client\"}", null);
    }

    private void search(HttpExchange x) throws IOException {
        String query = URLDecoder.decode(x.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        log.add("GET " + x.getRequestURI().getPath() + "?" + query + " auth="
                + x.getRequestHeaders().getFirst("Authorization"));
        String host = redirect.equals("off-site") ? "localhost" : redirect.equals("same-origin") ? "127.0.0.1" : null;
        if (host != null && x.getRequestURI().getPath().equals("/search")) {
            x.getResponseHeaders().add("Location", "http://" + host + ":" + server.getAddress().getPort()
                    + (host.equals("localhost") ? "/steal?" : "/moved?") + x.getRequestURI().getRawQuery());
            send(x, 302, "", null);
            return;
        }
        if (!"Bearer tok-1".equals(x.getRequestHeaders().getFirst("Authorization"))) {
            send(x, 401, "{}", null);
            return;
        }
        if (searches.incrementAndGet() == 2 && rateLimitSecond) {
            x.getResponseHeaders().add("Retry-After", "1");
            send(x, 429, "{\"message\":\"Too Many Requests\"}", null);
            return;
        }
        int n = searches.get();
        if (n > 20) {
            send(x, 500, "{\"message\":\"too many requests from this test\"}", null); // a client that never stops
            return;
        }
        if (mode.equals("expire") && (n == 2 || n == 4) || mode.equals("html") && n >= 2) {
            boolean html = mode.equals("html");
            x.getResponseHeaders().add("Content-Type", html ? "text/html" : "application/json");
            byte[] page = (html ? "<html><body>Maintenance</body></html>" : "{\"message\":\"token expired\"}")
                    .getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(html ? 206 : 401, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
            return;
        }
        String range = query.replaceAll(".*range=(\\d+-\\d+).*", "$1");
        int a = mode.equals("ignore") ? 0 : Integer.parseInt(range.split("-")[0]);
        int b = Math.min(mode.equals("ignore") ? 2 : mode.equals("short") ? a
                : Integer.parseInt(range.split("-")[1]), offers.size() - 1);
        if (a >= offers.size()) {
            send(x, 204, "", null);
            return;
        }
        ObjectNode body = FranceTravailSourceReader.JSON.createObjectNode();
        ArrayNode results = body.putArray("resultats");
        for (int i = a; i <= b; i++) {
            results.add(offers.get(i));
        }
        body.putObject("filtresPossibles");
        boolean all = a == 0 && b == offers.size() - 1;
        send(x, all ? 200 : 206, body.toString(), "offres " + a + "-" + b + "/" + offers.size());
    }

    private static void send(HttpExchange x, int status, String body, String contentRange) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        if (contentRange != null) {
            x.getResponseHeaders().add("Content-Range", contentRange);
        }
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
        x.close();
    }

    private SourceReader reader(String options, Map<String, String> env) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        SourceSpec spec = SourceSpec.parse("francetravail-api:directeur technique?rome=M1801,m1803"
                + "&departement=75&token-url=" + base + "/token&search-url=" + base + "/search" + options);
        return SourceReaders.forSpec(spec, GatherSettings.builder().crawlDelayMillis(0)
                .readTimeout(Duration.ofSeconds(2)).retryBackoffMillis(10).rawRoot(raw).runId("api1")
                .environment(env).quiet(true).get());
    }

    private static final Map<String, String> ENV = Map.of(
            FranceTravailApiReader.CLIENT_ID, "app-id", FranceTravailApiReader.CLIENT_SECRET, "s3cret");

    @Test
    void pagesThroughRangesWaitsOn429AndReadsTheStoredResponses() throws Exception {
        SourceReader reader = reader("&page-size=3", ENV);
        List<String> files = reader.files();
        assertEquals(4, files.size(), files.toString()); // three responses, then failures.jsonl
        assertTrue(files.get(0).matches(".*/api1/pages/[0-9a-f]{64}\\.json"), files.get(0));
        List<SourceRecord> records = new ArrayList<>();
        for (String f : files) {
            reader.check(f);
            reader.read(f).forEachRemaining(records::add);
        }
        List<String> ids = records.stream().map(r -> ((RawPosting) r).sourceId()).toList();
        assertEquals(List.of("184TLPS", "184QNSD", "184HMRJ", "8441395", "184RWQZ", "8470456",
                "183QFKS"), ids);
        RawPosting first = (RawPosting) records.get(0);
        assertEquals("francetravail", first.source());
        assertEquals("Annuel de 45000.0 Euros à 65000.0 Euros sur 12.0 mois", first.salaryText());
        assertTrue(first.record().startsWith(files.get(0) + ":"), first.record());

        List<String> requests = List.copyOf(log);
        assertEquals("POST /token grant_type=client_credentials&client_id=app-id&client_secret=s3cret"
                + "&scope=api_offresdemploiv2 o2dsoffre", requests.get(0));
        assertEquals("GET /search?motsCles=directeur technique&codeROME=M1801,M1803&departement=75"
                + "&range=0-2 auth=Bearer tok-1", requests.get(1));
        assertEquals(List.of("range=0-2", "range=3-5", "range=3-5", "range=6-8"), requests.stream()
                .skip(1).map(r -> r.replaceAll(".*(range=\\d+-\\d+).*", "$1")).toList());
        Map<String, Long> counts = reader.gatherCounts();
        assertEquals(7L, counts.get("results_total"));
        assertEquals(7L, counts.get("results_fetched"));
        assertEquals(3L, counts.get("pages_fetched"));
        assertEquals(1L, counts.get("retries"));
        // The landing zone keeps what the API sent, never the token or the secret.
        String index = Files.readString(raw.resolve("api1/index.jsonl"));
        assertTrue(index.contains("\"status\":206") && index.contains("\"role\":\"api\""), index);
        assertFalse(index.contains("s3cret") || index.contains("tok-1"));
    }

    @Test
    void stopsAtMaxResults() throws Exception {
        rateLimitSecond = false;
        SourceReader reader = reader("&page-size=3&max-results=5", ENV);
        reader.files();
        assertEquals(List.of("range=0-2", "range=3-4"), log.stream().skip(1)
                .map(r -> r.replaceAll(".*(range=\\d+-\\d+).*", "$1")).toList());
        assertEquals(5L, reader.gatherCounts().get("results_fetched"));
    }

    @Test
    void missingCredentialsOrARefusedTokenFailTheSource() {
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> reader("", Map.of()).files());
        assertTrue(e.getMessage().endsWith(": environment variable FRANCE_TRAVAIL_CLIENT_ID not set; "
                + "expected the credentials of a francetravail.io application"), e.getMessage());
        e = assertThrows(SourceUnavailableException.class, () -> reader("", Map.of(
                FranceTravailApiReader.CLIENT_ID, "app-id", FranceTravailApiReader.CLIENT_SECRET, "wrong")).files());
        assertEquals("http://127.0.0.1:" + server.getAddress().getPort() + "/token status=401: HTTP error "
                + "'Unauthorized'; expected 200 OK (OAuth2 token; check FRANCE_TRAVAIL_CLIENT_ID and "
                + "FRANCE_TRAVAIL_CLIENT_SECRET)", e.getMessage());
        assertFalse(e.getMessage().contains("wrong"));
    }

    @Test
    void theTokenRequestIsNeverRedirected() {
        // Audit (api.py tokredir): the token URL answered 307 to another host and the client
        // POSTed client_id and client_secret there.
        redirect = "token";
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, () -> reader("", ENV).files());
        assertTrue(e.getMessage().contains("/token status=307: redirect to 'http://localhost:"), e.getMessage());
        assertTrue(e.getMessage().contains("not followed: a form POST (it may carry credentials) is never "
                + "redirected"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(OAuth2 token)"), "no hint at the credentials: " + e.getMessage());
        assertTrue(log.stream().noneMatch(r -> r.startsWith("STOLEN")), log.toString());
    }

    @Test
    void theBearerTokenFollowsRedirectsWithinItsOriginOnly() throws Exception {
        // Audit (api.py redir): the search redirected to another host, which got the token.
        rateLimitSecond = false;
        redirect = "off-site";
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, () -> reader("", ENV).files());
        assertTrue(e.getMessage().contains("not followed: the request carries credentials (Authorization), "
                + "which never leave http://127.0.0.1:" + server.getAddress().getPort()), e.getMessage());
        assertTrue(log.stream().noneMatch(r -> r.startsWith("STOLEN")), log.toString());
        String failures = Files.readString(raw.resolve("api1/failures.jsonl"));
        assertTrue(failures.contains("\"code\":\"OFF_SITE_REDIRECT\""), failures);

        log.clear();
        redirect = "same-origin";
        SourceReader reader = reader("", ENV);
        reader.files();
        assertEquals(7L, reader.gatherCounts().get("results_fetched"));
        assertTrue(log.stream().anyMatch(r -> r.startsWith("GET /moved?") && r.endsWith("auth=Bearer tok-1")),
                log.toString());
    }

    /** The stored responses read back: postings' ids and rejects' "record code". */
    private static List<String> readBack(SourceReader reader, List<String> files) {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            reader.read(f).forEachRemaining(r -> out.add(r instanceof RawPosting p ? p.sourceId()
                    : r.record() + " " + ((io.techdir.posting.Reject) r).code()));
        }
        return out;
    }

    private List<String> ranges() {
        return log.stream().filter(r -> r.startsWith("GET")).map(r -> r.replaceAll(".*(range=\\d+-\\d+).*", "$1"))
                .toList();
    }

    @Test
    void aServerIgnoringTheRangeEndsThePagingAsAProblemKeepingTheOffersFetched() throws Exception {
        // Audit (api.py ignore, zero): the same range came back forever, the run never ended.
        rateLimitSecond = false;
        mode = "ignore";
        SourceReader reader = reader("&page-size=3", ENV);
        List<String> files;
        try (LogCapture log = new LogCapture(FranceTravailApiReader.class)) {
            files = reader.files();
            // the run names the problem once, at its end (techdir: error:), not also in a WARN line
            assertEquals(List.of(), log.lines().stream().filter(l -> l.startsWith("WARN")).toList());
        }
        assertEquals(List.of("range=0-2", "range=3-5"), ranges());
        List<String> read = readBack(reader, files);
        assertEquals(List.of("184TLPS", "184QNSD", "184HMRJ"), read.subList(0, 3));
        assertTrue(read.get(3).endsWith("range=3-5 SOURCE_UNREADABLE"), read.toString());
        String failures = Files.readString(raw.resolve("api1/failures.jsonl"));
        assertTrue(failures.contains("status=206: Content-Range 'offres 0-2/7' does not answer the range asked "
                + "(3-5); expected offers from 3 on; the 3 offers fetched are kept, those from 3 to 6 are not"),
                failures);
        assertEquals(3L, reader.gatherCounts().get("results_fetched"));
        assertEquals(1L, reader.gatherCounts().get("pages_failed"));
        // The run's sources share its failures file: each reads its own lines, under its own name.
        List<SourceRecord> own = new ArrayList<>();
        reader.read(files.get(files.size() - 1)).forEachRemaining(own::add);
        assertEquals(List.of("francetravail"), own.stream().map(SourceRecord::source).toList());
        List<SourceRecord> other = new ArrayList<>();
        reader("&source=other", ENV).read(files.get(files.size() - 1)).forEachRemaining(other::add);
        assertEquals(List.of(), other, "another source's failures are not its own");
    }

    @Test
    void theRequestsAreBoundedByMaxResultsAndThePageSize() throws Exception {
        rateLimitSecond = false;
        mode = "short";
        SourceReader reader = reader("&page-size=3&max-results=6", ENV);
        List<String> files = reader.files();
        assertEquals(List.of("range=0-2", "range=1-3"), ranges());
        assertEquals(2, readBack(reader, files).stream().filter(r -> !r.contains(" ")).count());
        assertTrue(Files.readString(raw.resolve("api1/failures.jsonl")).contains("range=2-4 status=none: not "
                + "fetched: 2 requests made, the most max-results 6 at 3 offers a request allow"));
    }

    @Test
    void aPageThatIsNotJsonIsARejectAndTheOffersFetchedAreKept() throws Exception {
        // Audit (api.py html): "cannot write the landing zone (JsonParseException...)", every offer lost.
        rateLimitSecond = false;
        mode = "html";
        SourceReader reader = reader("&page-size=3", ENV);
        List<String> files = reader.files();
        List<String> read = readBack(reader, files);
        assertEquals(List.of("184TLPS", "184QNSD", "184HMRJ"), read.subList(0, 3));
        assertEquals(4, read.size(), read.toString());
        assertTrue(read.get(3).endsWith("range=3-5 NOT_JSON"), read.toString());
        String failures = Files.readString(raw.resolve("api1/failures.jsonl"));
        assertTrue(failures.contains("range=3-5 status=206: response not JSON ('text/html', starting "
                + "'<html><body>Maintenance</body></html>'); expected France Travail offers in JSON"), failures);

        mode = "html";
        searches.set(1);
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, () -> reader("", ENV).files());
        assertTrue(e.getMessage().endsWith("range=0-149 status=206: response not JSON ('text/html', starting "
                + "'<html><body>Maintenance</body></html>'); expected France Travail offers in JSON"), e.getMessage());
    }

    @Test
    void anExpiredTokenIsRefreshedOnEach401() throws Exception {
        // Audit (api.py expire): the second 401 lost every later offer.
        rateLimitSecond = false;
        mode = "expire";
        SourceReader reader = reader("&page-size=2", ENV);
        reader.files();
        assertEquals(7L, reader.gatherCounts().get("results_fetched"));
        assertEquals(3, log.stream().filter(r -> r.startsWith("POST /token")).count(), log.toString());
        assertEquals(List.of("range=0-1", "range=2-3", "range=2-3", "range=4-5", "range=4-5", "range=6-7"), ranges());
    }

    @Test
    void badOptionValuesNameTheSpec() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse("francetravail-api:*?max-results=5000")));
        assertEquals("bad --source 'francetravail-api:*?max-results=5000': max-results '5000'; "
                + "expected a whole number from 1 to 3150", e.getMessage());
        JsonNode unused = offers;
        assertEquals(7, unused.size());
    }
}
