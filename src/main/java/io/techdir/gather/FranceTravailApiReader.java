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
            String token = token(fetcher, id, secret);
            c.inc("api_requests");
            int start = 0;
            boolean refreshed = false;
            while (start < maxResults) {
                int end = Math.min(start + pageSize, maxResults) - 1;
                URI uri = URI.create(searchUrl + (searchUrl.contains("?") ? "&" : "?")
                        + encode(query) + (query.isEmpty() ? "" : "&") + "range=" + start + "-" + end);
                Fetch f = fetcher.get(uri, Map.of("Authorization", "Bearer " + token,
                        "Accept", "application/json"));
                c.inc("api_requests");
                if (f.status() == 401 && !refreshed) {
                    refreshed = true;
                    token = token(fetcher, id, secret);
                    c.inc("api_requests");
                    continue;
                }
                if (f.status() == 204) {
                    break;
                }
                if (!f.ok()) {
                    zone.fail(f, "api", source);
                    c.inc(GatherCounts.FAILED);
                    if (start == 0) {
                        throw new SourceUnavailableException(f.failureReason());
                    }
                    LOG.warn("{}", f.failureReason());
                    break;
                }
                files.add(zone.store(f, "api", source, null).toString());
                c.inc(GatherCounts.FETCHED);
                int got = FranceTravailSourceReader.JSON.readTree(f.body()).path("resultats").size();
                c.add("results_fetched", got);
                Matcher range = CONTENT_RANGE.matcher(f.header("content-range").orElse(""));
                long total = range.find() ? Long.parseLong(range.group(3)) : -1;
                if (total >= 0) {
                    if (start == 0) {
                        c.set("results_total", total);
                        if (total > Math.min(CAP, maxResults)) {
                            LOG.warn("{}: {} offers match; the API returns at most {} a query "
                                    + "(max-results {}): narrow the query (departement, rome)",
                                    spec, total, CAP, maxResults);
                        }
                    }
                    start = (range.find(0) ? Integer.parseInt(range.group(2)) : end) + 1;
                    if (start >= total) {
                        break;
                    }
                } else {
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
        if (file.endsWith(LandingZone.FAILURES)) {
            return LandingReader.read(file, source, null).iterator();
        }
        return new FranceTravailIterator(file, source);
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
