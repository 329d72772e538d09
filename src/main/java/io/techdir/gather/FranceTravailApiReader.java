package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code francetravail-api:KEYWORDS} sources from the France Travail "Offres d'emploi v2"
 * search API. {@link #files()} gets an OAuth2 token (client credentials from the environment
 * variables {@value #CLIENT_ID} and {@value #CLIENT_SECRET}), then pages through the search with
 * {@code range=a-b} (150 offers a request; 206 Partial Content with {@code Content-Range: offres
 * a-b/TOTAL}; 204 for none), up to the API's cap of {@value #CAP} results per query, waiting on 429
 * as {@code Retry-After} says; each response is kept raw in the landing zone ({@code RAW/RUN/
 * pages/SHA.json}), and {@link #read(String)} reads them with the {@code francetravail:} code.
 * Options: {@code rome}, {@code appellation}, {@code departement} (comma-separated), {@code
 * max-results}, {@code page-size} (default and most 150), {@code crawl-delay}, {@code source}, {@code token-url}, {@code search-url},
 * {@code scope}. Keywords {@code *} search without keywords.
 */
final class FranceTravailApiReader implements SourceReader {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FranceTravailApiReader.class);
    /** The environment variable holding the francetravail.io application's client id. */
    static final String CLIENT_ID = "FRANCE_TRAVAIL_CLIENT_ID";
    /** The environment variable holding its secret. */
    static final String CLIENT_SECRET = "FRANCE_TRAVAIL_CLIENT_SECRET";
    static final String TOKEN_URL =
            "https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire";
    static final String SEARCH_URL = "https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search";
    static final String SCOPE = "api_offresdemploiv2 o2dsoffre";
    /** Offers per request (the API's largest range). */
    static final int PAGE = 150;
    /** The most offers the API returns for one query (ranges end at 3149). */
    static final int CAP = 3150;
    private static final Pattern CONTENT_RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern CODES = Pattern.compile("[A-Za-z0-9]+(,[A-Za-z0-9]+)*");

    private final SourceSpec spec;
    private final String source;
    private final String tokenUrl;
    private final String searchUrl;
    private final String scope;
    private final int maxResults;
    private final int pageSize;
    private final Map<String, String> query;
    private final transient GatherSettings settings;
    private transient Map<String, Long> counts = Map.of();

    /**
     * A reader for a {@code francetravail-api:} spec.
     *
     * @throws IllegalArgumentException for a bad option value, naming the spec
     */
    FranceTravailApiReader(SourceSpec spec, GatherSettings base) {
        this.spec = spec;
        String name = spec.option("source");
        if (name != null && !SOURCE_NAME.matcher(name).matches()) {
            throw bad("source '" + name + "'; expected a lower-case name such as francetravail");
        }
        this.source = name == null ? FranceTravailOffer.SOURCE : name;
        this.tokenUrl = url("token-url", TOKEN_URL);
        this.searchUrl = url("search-url", SEARCH_URL);
        this.scope = spec.option("scope") == null ? SCOPE : spec.option("scope");
        Map<String, String> q = new LinkedHashMap<>();
        String keywords = spec.location().strip();
        if (!keywords.equals("*")) {
            q.put("motsCles", keywords);
        }
        codes(q, "rome", "codeROME");
        codes(q, "appellation", "appellation");
        codes(q, "departement", "departement");
        this.query = java.util.Collections.unmodifiableMap(q);
        int max = CAP;
        String m = spec.option("max-results");
        if (m != null) {
            try {
                max = Integer.parseInt(m.strip());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > CAP) {
                throw bad("max-results '" + m + "'; expected a whole number from 1 to " + CAP);
            }
        }
        this.maxResults = max;
        String size = spec.option("page-size");
        int page = PAGE;
        if (size != null) {
            try {
                page = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                page = -1;
            }
            if (page < 1 || page > PAGE) {
                throw bad("page-size '" + size + "'; expected a whole number from 1 to " + PAGE);
            }
        }
        this.pageSize = page;
        GatherSettings.Builder b = base.toBuilder();
        String delay = spec.option("crawl-delay");
        if (delay != null) {
            try {
                b.crawlDelayMillis(Long.parseLong(delay.strip()));
            } catch (NumberFormatException e) {
                throw bad("crawl-delay '" + delay + "'; expected a whole number of at least 0");
            }
        }
        try {
            this.settings = b.get();
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    private void codes(Map<String, String> q, String option, String parameter) {
        String v = spec.option(option);
        if (v != null) {
            if (!CODES.matcher(v.strip()).matches()) {
                throw bad(option + " '" + v + "'; expected codes separated by commas, such as M1801,M1803");
            }
            q.put(parameter, v.strip().toUpperCase(Locale.ROOT));
        }
    }

    private String url(String option, String fallback) {
        String v = spec.option(option);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw bad(option + " '" + v + "'; expected an http or https URL");
        }
        return v;
    }

    private IllegalArgumentException bad(String what) {
        return new BadSourceException("bad --source '" + spec + "': " + what);
    }

    @Override
    public SourceSpec spec() {
        return spec;
    }

    @Override
    public List<String> files() throws SourceUnavailableException {
        if (settings == null) {
            throw new IllegalStateException(spec + ": files() runs on the driver, before serialization");
        }
        String id = settings.environment().get(CLIENT_ID);
        String secret = settings.environment().get(CLIENT_SECRET);
        for (String[] v : new String[][] {{CLIENT_ID, id}, {CLIENT_SECRET, secret}}) {
            if (v[1] == null || v[1].isBlank()) {
                throw new SourceUnavailableException(spec + ": environment variable " + v[0]
                        + " not set; expected the credentials of a francetravail.io application");
            }
        }
        GatherCounts c = new GatherCounts(List.of("api_requests", GatherCounts.FETCHED,
                GatherCounts.FAILED, "results_total", "results_fetched", GatherCounts.RETRIES));
        HostGate gate = new HostGate(settings.crawlDelayMillis(), settings.maxConcurrent());
        HttpFetcher fetcher = new HttpFetcher(settings, gate, u -> {
            String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? null : RejectCodes.OFF_SITE_REDIRECT;
        });
        List<String> files = new ArrayList<>();
        Path dir = settings.runDir();
        try (LandingZone zone = new LandingZone(dir)) {
            Search search = new Search(fetcher, id, secret, c);
            page(search, zone, c, files);
            files.add(zone.failuresFile().toString());
        } catch (IOException e) {
            throw new SourceUnavailableException(dir + ": cannot write the landing zone ("
                    + RecordIterator.describe(e) + "); expected a writable folder", e);
        } finally {
            c.set(GatherCounts.RETRIES, fetcher.retries());
            counts = c.snapshot();
        }
        return files;
    }

    /**
     * Pages through the search, adding each stored response to {@code files}: at most {@link
     * #maxPages()} requests (not counting a token refresh or a retry), each asking the range
     * after the last one answered. Paging stops at the end of the results, at {@code
     * max-results}, at a failed page (a reject; the whole source fails if it is the first),
     * or, as a problem of the source ({@code SOURCE_UNREADABLE}: the run exits with code 4), when
     * the API's answer does not advance: a {@code Content-Range} that does not start where asked,
     * a page without offers although more are announced, or the request bound reached.
     */
    private void page(Search search, LandingZone zone, GatherCounts c, List<String> files)
            throws IOException, SourceUnavailableException {
        int start = 0;
        long total = -1;
        for (int page = 0; start < maxResults; page++) {
            int end = Math.min(start + pageSize, maxResults) - 1;
            URI uri = URI.create(searchUrl + (searchUrl.contains("?") ? "&" : "?")
                    + encode(query) + (query.isEmpty() ? "" : "&") + "range=" + start + "-" + end);
            if (page == maxPages()) {
                stop(zone, c, Fetch.failed(uri.toString(), uri.toString(), 0, null, java.time.Instant.now(), 0,
                        RejectCodes.SOURCE_UNREADABLE, uri + " status=none: not fetched: " + page + " requests made, "
                        + "the most max-results " + maxResults + " at " + pageSize + " offers a request allow, "
                        + "and the API answered fewer offers than asked; expected full pages"), start, total);
                return;
            }
            Fetch f = search.get(uri, start);
            if (f.status() == 204) {
                break;
            }
            JsonNode json = f.ok() ? json(f.body()) : null;
            if (f.ok() && json == null) {
                f = Fetch.failed(f.url(), f.finalUrl(), f.status(), f.headers(), f.fetchedAt(), f.attempts(),
                        RejectCodes.NOT_JSON, f.url() + " " + f.statusText() + ": response not JSON ('"
                        + f.header("content-type").orElse("no Content-Type") + "', starting '" + opening(f.body())
                        + "'); expected France Travail offers in JSON");
            }
            if (!f.ok()) {
                zone.fail(f, "api", source);
                c.inc(GatherCounts.FAILED);
                if (start == 0) {
                    throw new SourceUnavailableException(f.failureReason());
                }
                LOG.warn("{}: {}; the {} offers fetched are kept", spec, f.failureReason(), c.get("results_fetched"));
                break;
            }
            int got = json.path("resultats").size();
            Matcher range = CONTENT_RANGE.matcher(f.header("content-range").orElse(""));
            if (range.find()) {
                total = Long.parseLong(range.group(3));
                long from = Long.parseLong(range.group(1));
                long to = Long.parseLong(range.group(2));
                String stalled = from != start || to < start ? "Content-Range '" + f.header("content-range").get()
                        + "' does not answer the range asked (" + start + "-" + end + ")"
                        : got == 0 && start < total ? "no offers in the page although Content-Range '"
                        + f.header("content-range").get() + "' announces them" : null;
                if (stalled != null) {
                    stop(zone, c, Fetch.failed(f.url(), f.finalUrl(), f.status(), f.headers(), f.fetchedAt(),
                            f.attempts(), RejectCodes.SOURCE_UNREADABLE, f.url() + " " + f.statusText() + ": "
                            + stalled + "; expected offers from " + start + " on"), start, total);
                    return;
                }
                files.add(zone.store(f, "api", source, null).toString());
                c.inc(GatherCounts.FETCHED);
                c.add("results_fetched", got);
                if (start == 0) {
                    c.set("results_total", total);
                    if (total > maxResults) {
                        LOG.warn("{}: {} offers match; the API returns at most {} a query "
                                + "(max-results {}): narrow the query (departement, rome)",
                                spec, total, CAP, maxResults);
                    }
                }
                start = (int) Math.min(to + 1, Integer.MAX_VALUE);
                if (start >= total) {
                    break;
                }
            } else {
                files.add(zone.store(f, "api", source, null).toString());
                c.inc(GatherCounts.FETCHED);
                c.add("results_fetched", got);
                if (f.status() == 200 || got < end - start + 1) {
                    c.set("results_total", c.get("results_fetched"));
                    break;
                }
                start = end + 1;
            }
            String line = "francetravail-api {}: {} of {} offers fetched ({} requests)";
            Object[] args = {spec.location(), c.get("results_fetched"),
                    total >= 0 ? total : "?", c.get("api_requests")};
            if (settings.quiet()) {
                LOG.debug(line, args);
            } else {
                LOG.info(line, args);
            }
        }
    }

    /** The most search requests a source makes: the pages {@code max-results} needs at {@code page-size}. */
    int maxPages() {
        return (maxResults + pageSize - 1) / pageSize;
    }

    /**
     * Ends the paging early as a problem of the source: {@code failed} (code {@code
     * SOURCE_UNREADABLE}) goes to the failures, hence to the rejects, and its reason says what
     * was kept.
     */
    private void stop(LandingZone zone, GatherCounts c, Fetch failed, int start, long total) throws IOException {
        String kept = "; the " + c.get("results_fetched") + " offers fetched are kept, those from " + start
                + (total >= 0 ? " to " + (Math.min(total, maxResults) - 1) : " on") + " are not";
        Fetch f = Fetch.failed(failed.url(), failed.finalUrl(), failed.status(), failed.headers(), failed.fetchedAt(),
                failed.attempts(), failed.failureCode(), failed.failureReason() + kept);
        zone.fail(f, "api", source);
        c.inc(GatherCounts.FAILED);
        // the run names the problem (its SOURCE_UNREADABLE reject) once, when it ends
        LOG.info("{}: paging stopped, the {} offers fetched are kept (the problem is reported when the run ends)",
                spec, c.get("results_fetched"));
    }

    /** The body as JSON, or null when it is not JSON. */
    private static JsonNode json(byte[] body) {
        try {
            return FranceTravailSourceReader.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The first characters of a body, for a message. */
    private static String opening(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8).strip();
        return text.replaceAll("\\s+", " ");
    }

    /**
     * The search requests of one source with their OAuth2 token: a 401 gets a new token and the
     * request once more (once per request: a 401 with a fresh token fails the page).
     */
    private final class Search {
        private final HttpFetcher fetcher;
        private final String id;
        private final String secret;
        private final GatherCounts c;
        private String token;

        Search(HttpFetcher fetcher, String id, String secret, GatherCounts c) throws SourceUnavailableException {
            this.fetcher = fetcher;
            this.id = id;
            this.secret = secret;
            this.c = c;
            this.token = token(fetcher, id, secret);
            c.inc("api_requests");
        }

        /**
         * The response to a search request; when the token cannot be refreshed after a 401, a
         * failed fetch ({@code HTTP_401}) saying so.
         *
         * @param start the range's first offer: at 0, a failed refresh fails the source
         * @throws SourceUnavailableException when the first page's token cannot be refreshed
         */
        Fetch get(URI uri, int start) throws SourceUnavailableException {
            Fetch f = send(uri);
            if (f.status() != 401) {
                return f;
            }
            try {
                token = token(fetcher, id, secret);
            } catch (SourceUnavailableException e) {
                if (start == 0) {
                    throw e;
                }
                return Fetch.failed(uri.toString(), uri.toString(), 401, f.headers(), f.fetchedAt(), f.attempts(),
                        RejectCodes.http(401), f.failureReason() + "; token refresh failed: " + e.getMessage());
            } finally {
                c.inc("api_requests");
            }
            return send(uri);
        }

        private Fetch send(URI uri) {
            c.inc("api_requests");
            return fetcher.get(uri, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
        }
    }

    private String token(HttpFetcher fetcher, String id, String secret) throws SourceUnavailableException {
        String form = "grant_type=client_credentials&client_id=" + enc(id) + "&client_secret="
                + enc(secret) + "&scope=" + enc(scope);
        Fetch f = fetcher.postForm(URI.create(tokenUrl), form, Map.of("Accept", "application/json"));
        if (!f.ok()) {
            boolean refused = f.status() == 400 || f.status() == 401 || f.status() == 403;
            throw new SourceUnavailableException(f.failureReason() + " (OAuth2 token" + (refused
                    ? "; check " + CLIENT_ID + " and " + CLIENT_SECRET : "") + ")");
        }
        try {
            JsonNode json = FranceTravailSourceReader.JSON.readTree(f.body());
            String token = JobPostingMapper.text(json.path("access_token"));
            if (token != null) {
                return token;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new SourceUnavailableException(tokenUrl + " status=" + f.status()
                + ": no access_token in the response; expected an OAuth2 token response");
    }

    private static String encode(Map<String, String> q) {
        List<String> parts = new ArrayList<>();
        q.forEach((k, v) -> parts.add(k + "=" + enc(v)));
        return String.join("&", parts);
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Override
    public void check(String file) throws SourceFormatException {
        if (file.endsWith(LandingZone.FAILURES)) {
            return;
        }
        new FranceTravailSourceReader(new SourceSpec(SourceSpec.FRANCE_TRAVAIL, file, Map.of()))
                .check(file);
    }

    @Override
    public Iterator<SourceRecord> read(String file) {
        return read(file, file);
    }

    @Override
    public Iterator<SourceRecord> read(String file, String name) {
        if (file.endsWith(LandingZone.FAILURES)) {
            // the sources of a run share its failures: each reads its own
            return LandingReader.readOwn(file, source, null).iterator();
        }
        return new FranceTravailIterator(file, name, source);
    }

    /** Its source name: the run folder it writes into is shared with the run's other sources. */
    @Override
    public String sharedFilePart() {
        return source;
    }

    @Override
    public Map<String, Long> gatherCounts() {
        return counts == null ? Map.of() : counts;
    }

    @Override
    public String toString() {
        return "FranceTravailApiReader[" + spec + "]";
    }
}
