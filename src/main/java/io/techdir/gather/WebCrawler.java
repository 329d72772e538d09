package io.techdir.gather;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one {@code web:} source on the driver into the landing zone: robots.txt first ({@link
 * CrawlRobots}, per host), then the listing pages (following {@code rel="next"}, the profile's
 * next-link selector or its page parameter) and the posting pages they link to, or the pages a
 * sitemap lists. Stays
 * on the configured hosts and on http/https (robots.txt redirects excepted, as RFC 9309 asks);
 * fetches at most {@code maxPages} pages; posting pages of one listing page are fetched by up to
 * {@code maxConcurrent} workers, one request per host at a time. Relative links resolve against
 * the URL that answered. Every failure is written to the landing zone's failures and the crawl
 * goes on; only a first listing page or sitemap that cannot be read, or that robots.txt refuses
 * (disallowed, unreachable, or a {@code Crawl-delay} above the maximum), fails the source.
 *
 * <p>Large because it is the crawl's one state machine (frontier, budget, counts, progress).
 */
final class WebCrawler {

    private static final Logger LOG = LoggerFactory.getLogger(WebCrawler.class);
    private static final String NEXT = "link[rel~=(?i)(^|\\s)next(\\s|$)], a[rel~=(?i)(^|\\s)next(\\s|$)]";
    private static final String PAGER = "[rel~=(?i)(^|\\s)(next|prev|previous)(\\s|$)]";

    private final URI start;
    private final boolean sitemap;
    private final Set<String> hosts;
    private final SiteProfile profile;
    private final String profileName;
    private final String source;
    private final GatherSettings settings;
    private final GatherCounts counts = GatherCounts.web();
    private final HostGate gate;
    private final CrawlRobots robots;
    private final HttpFetcher fetcher;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> malformed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger budget;
    private volatile LandingZone zone;
    private Map<String, LandingZone.Previous> previous = Map.of();

    /**
     * A crawler.
     *
     * @param hosts the hosts ({@code host[:port]}, lower case) it may fetch from
     * @param profileName the profile's name as given (kept in the index), or null
     */
    WebCrawler(URI start, boolean sitemap, Set<String> hosts, SiteProfile profile,
            String profileName, String source, GatherSettings settings) {
        this.start = start;
        this.sitemap = sitemap;
        this.hosts = Set.copyOf(hosts);
        this.profile = profile;
        this.profileName = profileName;
        this.source = source;
        this.settings = settings;
        this.gate = new HostGate(settings.crawlDelayMillis(), settings.maxConcurrent());
        this.robots = new CrawlRobots(settings, gate, () -> zone, source, profileName);
        this.fetcher = new HttpFetcher(settings, gate, u -> !onSite(u) ? RejectCodes.OFF_SITE_REDIRECT
                : robots.allows(u) ? null : Fetch.ROBOTS);
        this.budget = new AtomicInteger(settings.maxPages());
    }

    GatherCounts counts() {
        return counts;
    }

    /**
     * Crawls; returns the stored posting pages (each once, in discovery order), then the failures
     * file.
     *
     * @throws SourceUnavailableException when the landing zone cannot be written, or the first
     *     listing page or sitemap cannot be fetched, naming the URL and status (then written to
     *     the landing zone's failures, {@link LandingZone#failSource})
     */
    List<String> crawl() throws SourceUnavailableException {
        Path dir = settings.runDir();
        previous = LandingZone.previous(settings.rawRoot(), settings.runId());
        Set<String> files = new LinkedHashSet<>();
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxConcurrent(), r -> {
            Thread t = new Thread(r, "techdir-crawl");
            t.setDaemon(true);
            return t;
        });
        try (LandingZone z = new LandingZone(dir)) {
            zone = z;
            try {
                if (sitemap) {
                    crawlSitemaps(files, workers);
                } else {
                    crawlListings(files, workers);
                }
            } catch (SourceUnavailableException e) {
                // the run's problem, kept for a replay of the landing zone to report it alike
                z.failSource(start.toString(), source, e.getMessage());
                throw e;
            } finally {
                counts.set(GatherCounts.RETRIES, robots.retries() + fetcher.retries());
            }
            if (counts.get(GatherCounts.LIMIT) > 0) {
                LOG.warn("web {}: the page limit ({} pages, max-pages=) is reached; {} links and "
                        + "sitemaps not fetched (pages_skipped_limit)", start, settings.maxPages(),
                        counts.get(GatherCounts.LIMIT));
            }
            progress("done", null, 0);
            List<String> out = new ArrayList<>(files);
            out.add(z.failuresFile().toString());
            return out;
        } catch (IOException e) {
            throw new SourceUnavailableException(dir + ": cannot write the landing zone ("
                    + RecordIterator.describe(e) + "); expected a writable folder", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private void crawlListings(Set<String> files, ExecutorService workers)
            throws IOException, SourceUnavailableException {
        URI listing = start;
        int pageNo = 1;
        while (listing != null) {
            if (!robots.allows(listing)) {
                counts.inc(GatherCounts.ROBOTS);
                if (pageNo == 1) {
                    throw robots.refusal(listing, "a listing page");
                }
                break;
            }
            if (budget.getAndDecrement() <= 0) {
                counts.inc(GatherCounts.LIMIT);
                break;
            }
            seen.add(key(listing));
            Page page = fetchPage(listing, "listing");
            if (page == null) {
                if (pageNo == 1) {
                    throw new SourceUnavailableException(lastFailure);
                }
                break;
            }
            counts.inc(GatherCounts.LISTINGS);
            // links are relative to the page that answered, after any redirect
            URI answered = page.uri();
            seen.add(key(answered));
            Document doc = PageParser.document(page.bytes, page.contentType, page.url);
            List<URI> links = postingLinks(doc, answered);
            fetchPostings(links, files, workers);
            progress("listing page " + pageNo, listing, links.size());
            listing = nextListing(doc, answered, pageNo, links.isEmpty());
            pageNo++;
        }
    }

    /**
     * Reads the sitemap and the sitemaps it lists, breadth first, fetching the pages they list.
     * Bounded by the page budget only (each sitemap takes a page): sitemaps still queued when it
     * runs out are counted as skipped by the limit. A nested sitemap that cannot be read is a
     * {@code BAD_SITEMAP} failure (see {@link #fetchPage}); only the first one fails the source.
     */
    private void crawlSitemaps(Set<String> files, ExecutorService workers)
            throws IOException, SourceUnavailableException {
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        int read = 0;
        while (!queue.isEmpty()) {
            URI next = queue.poll();
            if (!seen.add(key(next))) {
                continue;
            }
            if (!robots.allows(next)) {
                counts.inc(GatherCounts.ROBOTS);
                if (read == 0) {
                    throw robots.refusal(next, "a sitemap");
                }
                continue;
            }
            if (budget.getAndDecrement() <= 0) {
                skipSitemaps(next, queue);
                break;
            }
            Page page = fetchPage(next, "sitemap");
            if (page == null) {
                if (read == 0) {
                    throw new SourceUnavailableException(lastFailure);
                }
                continue;
            }
            read++;
            counts.inc(GatherCounts.SITEMAPS);
            Sitemaps.Sitemap map = page.sitemap();
            URI answered = page.uri();
            for (String loc : map.sitemaps()) {
                link(answered, loc).ifPresent(u -> addSitemap(u, queue));
            }
            List<URI> links = new ArrayList<>();
            for (String loc : map.pages()) {
                link(answered, loc).ifPresent(u -> addLink(u, links));
            }
            fetchPostings(links, files, workers);
            progress("sitemap " + read, next, links.size());
        }
    }

    /** Queues a nested sitemap on the configured hosts; one elsewhere is counted off-site. */
    private void addSitemap(URI u, Deque<URI> queue) {
        if (followable(u)) {
            queue.add(u);
        }
    }

    /**
     * Whether a link may be followed: http or https, on the configured hosts; a link elsewhere is
     * counted off-site (once).
     */
    private boolean followable(URI u) {
        if (!CrawlRobots.httpOrHttps(u)) {
            return false;
        }
        if (!onSite(u)) {
            if (seen.add(key(u))) {
                counts.inc(GatherCounts.OFF_SITE);
            }
            return false;
        }
        return true;
    }

    /** The page budget ran out: this sitemap and the queued ones are counted as skipped. */
    private void skipSitemaps(URI first, Deque<URI> queue) {
        Set<String> skipped = new LinkedHashSet<>(List.of(key(first)));
        queue.forEach(u -> {
            if (!seen.contains(key(u))) {
                skipped.add(key(u));
            }
        });
        counts.add(GatherCounts.LIMIT, skipped.size());
        LOG.debug("web {}: sitemaps not read for the page limit: {}", start, skipped);
    }

    private void fetchPostings(List<URI> links, Set<String> files, ExecutorService workers)
            throws IOException {
        List<Future<Path>> futures = new ArrayList<>();
        for (URI link : links) {
            // the page budget is taken here, in discovery order, not by the workers: under a page
            // limit the same first links are fetched on every run, whatever the threads' timing
            if (budget.getAndDecrement() <= 0) {
                counts.inc(GatherCounts.LIMIT);
                continue;
            }
            futures.add(workers.submit(() -> fetchPosting(link)));
        }
        for (Future<Path> f : futures) {
            try {
                Path file = f.get();
                if (file != null) {
                    files.add(file.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Fetches one posting page within the budget already taken for it; its file, or null. */
    private Path fetchPosting(URI link) throws IOException {
        Page page = fetchPage(link, "posting");
        if (page == null) {
            return null;
        }
        counts.inc(GatherCounts.POSTINGS);
        return page.file;
    }

    /**
     * A fetched (or unchanged) page stored in the landing zone.
     *
     * @param url the URL that answered, after redirects: the base of its relative links
     * @param sitemap what it lists, for a sitemap; else null
     */
    private record Page(String url, int status, String contentType, byte[] bytes, Path file,
            Sitemaps.Sitemap sitemap) {

        URI uri() {
            return URI.create(url);
        }
    }

    private volatile String lastFailure;

    /**
     * Fetches, stores and counts one page; null (and a failure line) when it failed. Each page
     * asked for is counted once: {@code pages_fetched}, {@code pages_unchanged} (a 304, its
     * earlier copy reused) or {@code pages_failed} (a failed fetch, a listing or posting page
     * that is not HTML, a sitemap that cannot be parsed: {@code BAD_SITEMAP}); a failed page
     * is not stored, only its index and failures lines.
     */
    private Page fetchPage(URI uri, String role) throws IOException {
        LandingZone.Previous prev = previous.get(uri.toString());
        Map<String, String> conditional = new HashMap<>();
        if (prev != null) {
            if (prev.entry().etag() != null) {
                conditional.put("If-None-Match", prev.entry().etag());
            }
            if (prev.entry().lastModified() != null) {
                conditional.put("If-Modified-Since", prev.entry().lastModified());
            }
        }
        Fetch f = fetcher.get(uri, conditional);
        if (Fetch.ROBOTS.equals(f.failureCode())) {
            counts.inc(GatherCounts.ROBOTS);
            lastFailure = f.failureReason();
            LOG.debug("{}", f.failureReason());
            return null;
        }
        // a 304 only answers a conditional request (HttpFetcher), sent with a stored copy
        byte[] body = f.notModified() ? Files.readAllBytes(prev.file()) : f.body();
        String type = f.notModified() ? prev.entry().contentType() : f.header("content-type").orElse(null);
        if (f.ok() && !f.notModified() && ("posting".equals(role) || "listing".equals(role))
                && type != null && !type.toLowerCase(Locale.ROOT).contains("html")) {
            f = Fetch.failed(f.url(), f.finalUrl(), f.status(), f.headers(), f.fetchedAt(),
                    f.attempts(), RejectCodes.NOT_HTML, f.url() + " " + f.statusText()
                    + ": content type '" + type + "'; expected text/html");
        }
        Sitemaps.Sitemap sitemap = null;
        if (f.ok() && "sitemap".equals(role)) {
            try {
                sitemap = Sitemaps.parse(body);
            } catch (IllegalArgumentException e) {
                f = Fetch.failed(f.url(), f.finalUrl(), f.status(), f.headers(), f.fetchedAt(),
                        f.attempts(), RejectCodes.BAD_SITEMAP, f.url() + " " + f.statusText()
                        + ": malformed sitemap '" + e.getMessage() + "'; expected sitemaps.org XML "
                        + "without a DOCTYPE (gzip: at most 50 MiB decompressed)");
                LOG.warn("{}", f.failureReason());
            }
        }
        if (!f.ok()) {
            zone.fail(f, role, source);
            counts.inc(GatherCounts.FAILED);
            lastFailure = f.failureReason();
            LOG.debug("{}", lastFailure);
            return null;
        }
        if (f.notModified()) {
            Path file = zone.reuse(f, prev, role, source, profileName);
            counts.inc(GatherCounts.UNCHANGED);
            return new Page(f.finalUrl(), 304, type, body, file, sitemap);
        }
        Path file = zone.store(f, role, source, profileName);
        counts.inc(GatherCounts.FETCHED);
        counts.add(GatherCounts.BYTES, f.body().length);
        return new Page(f.finalUrl(), f.status(), type, f.body(), file, sitemap);
    }

    /** Links to posting pages on a listing page, new ones only, robots.txt and site checked. */
    private List<URI> postingLinks(Document doc, URI listing) {
        List<URI> links = new ArrayList<>();
        String selector = profile.get("listing.links");
        if (selector != null) {
            for (Element e : doc.select(SiteProfile.selector(selector))) {
                Element a = e.hasAttr("href") ? e : e.selectFirst("a[href]");
                if (a != null) {
                    link(listing, a.attr("href")).ifPresent(u -> addLink(u, links));
                }
            }
            return links;
        }
        // ItemList JSON-LD urls, then links below the listing's folder that are not pagination.
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                var root = JsonLd.LENIENT.readTree(script.data());
                for (var item : root.findValues("itemListElement")) {
                    for (var el : item.isArray() ? item : List.of(item)) {
                        String url = JobPostingMapper.text(el.path("url"));
                        if (url == null) {
                            url = JobPostingMapper.text(el.path("item").path("url"));
                        }
                        if (url != null) {
                            link(listing, url).ifPresent(u -> addLink(u, links));
                        }
                    }
                }
            } catch (IOException e) {
                LOG.debug("{}: unreadable JSON-LD on a listing page ({})", listing, e.getMessage());
            }
        }
        String folder = listing.getPath() == null ? "/" : listing.getPath()
                .substring(0, listing.getPath().lastIndexOf('/') + 1);
        for (Element a : doc.select("a[href]")) {
            if (a.is(PAGER)) {
                continue;
            }
            link(listing, a.attr("href")).ifPresent(u -> {
                String path = u.getPath() == null ? "" : u.getPath();
                if (path.startsWith(folder) && !path.equals(listing.getPath())
                        && !path.equals(folder)) {
                    addLink(u, links);
                }
            });
        }
        return links;
    }

    private void addLink(URI u, List<URI> links) {
        if (!followable(u) || !seen.add(key(u))) {
            return;
        }
        if (!robots.allows(u)) {
            counts.inc(GatherCounts.ROBOTS);
            LOG.debug("{}: disallowed by robots.txt, not fetched", u);
            return;
        }
        links.add(u);
    }

    private URI nextListing(Document doc, URI listing, int pageNo, boolean noNewLinks) {
        String param = profile.get("listing.page_param");
        URI next;
        if (param != null) {
            if (noNewLinks) {
                return null;
            }
            next = withParam(start, param, String.valueOf(pageNo + 1));
        } else {
            String selector = profile.get("listing.next");
            Element e = doc.selectFirst(selector != null ? SiteProfile.selector(selector) : NEXT);
            if (e == null) {
                return null;
            }
            Element a = e.hasAttr("href") ? e : e.selectFirst("[href]");
            next = a == null ? null : link(listing, a.attr("href")).orElse(null);
        }
        if (next == null || !onSite(next) || seen.contains(key(next))) {
            return null;
        }
        return next;
    }

    private static URI withParam(URI base, String name, String value) {
        String query = base.getRawQuery();
        StringBuilder q = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.equals(name) && !pair.startsWith(name + "=") && !pair.isEmpty()) {
                    q.append(q.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(value);
        String s = base.toString();
        int cut = s.indexOf('?');
        int hash = s.indexOf('#');
        String head = cut >= 0 ? s.substring(0, cut) : hash >= 0 ? s.substring(0, hash) : s;
        return URI.create(head + "?" + q);
    }

    private boolean onSite(URI u) {
        return CrawlRobots.httpOrHttps(u) && hosts.contains(u.getAuthority().toLowerCase(Locale.ROOT));
    }

    private void progress(String what, URI url, int links) {
        String line = "web {}: {}{}: {} new posting links; running: {} pages fetched, {} unchanged, "
                + "{} failed, {} skipped by robots.txt";
        Object[] args = {start, what, url == null ? "" : " " + url, links,
                counts.get(GatherCounts.FETCHED), counts.get(GatherCounts.UNCHANGED),
                counts.get(GatherCounts.FAILED), counts.get(GatherCounts.ROBOTS)};
        if (settings.quiet()) {
            LOG.debug(line, args);
        } else {
            LOG.info(line, args);
        }
    }

    /** A URL's key in the seen-sets: one for its spellings that are one page ({@link CrawlKey}). */
    private static String key(URI u) {
        return CrawlKey.of(u);
    }

    /**
     * A link of a page resolved against it; a malformed one is counted ({@code links_malformed},
     * each distinct link once) and logged at DEBUG.
     */
    private java.util.Optional<URI> link(URI page, String href) {
        java.util.Optional<URI> u = resolve(page, href);
        String h = href == null ? "" : href.strip();
        if (u.isEmpty() && !h.isEmpty() && !h.startsWith("#") && malformed.add(h)) {
            counts.inc(GatherCounts.MALFORMED);
            LOG.debug("{}: malformed link '{}', not followed", page, h);
        }
        return u;
    }

    /**
     * A link resolved against a page, without its fragment; empty when blank, a bare fragment or
     * malformed. Tabs and line breaks are left out and spaces encoded, as browsers do.
     */
    static java.util.Optional<URI> resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return java.util.Optional.empty();
        }
        String h = href.strip().replaceAll("[\t\n\r]", "").replace(" ", "%20");
        int hash = h.indexOf('#');
        h = hash >= 0 ? h.substring(0, hash) : h;
        if (h.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            if (h.startsWith("?")) {
                String b = base.toString();
                int q = b.indexOf('?');
                return java.util.Optional.of(URI.create((q >= 0 ? b.substring(0, q) : b) + h));
            }
            return java.util.Optional.of(base.resolve(new URI(h)));
        } catch (IllegalArgumentException | URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
