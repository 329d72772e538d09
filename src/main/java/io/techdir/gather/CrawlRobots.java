package io.techdir.gather;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt of each host one crawl visits, fetched once per origin as RFC 9309 says
 * (section 2.3.1): redirects followed to any http(s) host, its first 500 KiB read, a 4xx (but
 * 429) meaning none, a 5xx, 429 or network error meaning "disallow everything". Each fetch lands
 * in the landing zone. Its {@code Crawl-delay} is applied to the {@link HostGate} when longer than
 * ours (an INFO line says so), and refuses the whole host when above the settings' maximum (a
 * WARN line). Thread-safe.
 */
final class CrawlRobots {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRobots.class);

    private final GatherSettings settings;
    private final HostGate gate;
    private final HttpFetcher fetcher;
    private final Supplier<LandingZone> zone;
    private final String source;
    private final String profileName;
    private final String productToken;
    private final Map<String, RobotsTxt> byOrigin = new ConcurrentHashMap<>();

    /**
     * The robots.txt of a crawl.
     *
     * @param zone the landing zone robots.txt fetches land in (open while the crawl runs)
     * @param source the source name, for the landing zone
     * @param profileName the profile's name, for the landing zone, or null
     */
    CrawlRobots(GatherSettings settings, HostGate gate, Supplier<LandingZone> zone, String source,
            String profileName) {
        this.settings = settings;
        this.gate = gate;
        this.zone = zone;
        this.source = source;
        this.profileName = profileName;
        this.fetcher = HttpFetcher.truncating(settings.toBuilder().maxPageBytes(RobotsTxt.MAX_BYTES)
                .get(), gate, u -> httpOrHttps(u) ? null : RejectCodes.OFF_SITE_REDIRECT);
        this.productToken = productToken(settings.userAgent());
    }

    /** The product token of a User-Agent: {@code techdir} of {@code techdir/1.0 (+URL)}. */
    static String productToken(String userAgent) {
        String ua = userAgent.strip();
        int end = 0;
        while (end < ua.length() && ua.charAt(end) != '/' && !Character.isWhitespace(ua.charAt(end))) {
            end++;
        }
        return ua.substring(0, end);
    }

    /** Whether an http(s) URL with a host. */
    static boolean httpOrHttps(URI u) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && u.getAuthority() != null;
    }

    /** How many retries the robots.txt fetches made. */
    long retries() {
        return fetcher.retries();
    }

    /** Whether robots.txt lets us fetch this URL (fetching the robots.txt of its host first). */
    boolean allows(URI u) {
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return of(u).allowed(u.getRawQuery() == null ? path : path + "?" + u.getRawQuery());
    }

    /**
     * The failure of a source whose first page ({@code what}: "a listing page", "a sitemap")
     * robots.txt refuses: disallowed by its rules, unreachable, or a Crawl-delay above the maximum.
     */
    SourceUnavailableException refusal(URI first, String what) {
        return new SourceUnavailableException(first + ": " + of(first).refusal()
                .orElse("disallowed by robots.txt for " + productToken + "; expected " + what
                        + " robots.txt allows"));
    }

    private RobotsTxt of(URI u) {
        return byOrigin.computeIfAbsent(u.getScheme().toLowerCase(Locale.ROOT) + "://"
                + u.getAuthority().toLowerCase(Locale.ROOT), this::fetch);
    }

    private RobotsTxt fetch(String origin) {
        URI uri = URI.create(origin + "/robots.txt");
        Fetch f = fetcher.get(uri, Map.of());
        try {
            if (f.ok()) {
                zone.get().store(f, "robots", source, profileName);
                return withCrawlDelay(uri.getAuthority(), RobotsTxt.parse(f.body(), productToken));
            }
            if (f.failureCode().startsWith(RejectCodes.HTTP_PREFIX)
                    && f.status() >= 400 && f.status() < 500 && f.status() != 429) {
                return RobotsTxt.allowAll();
            }
            zone.get().fail(f, "robots", source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.warn("{}: robots.txt unreachable ({}); nothing is fetched from this host "
                + "(RFC 9309)", origin, f.failureReason());
        return RobotsTxt.refuseAll("robots.txt unreachable ("
                + (f.failureCode().startsWith(RejectCodes.HTTP_PREFIX) ? "status " + f.status()
                : f.failureCode()) + "); nothing is fetched from a host whose robots.txt cannot "
                + "be read (RFC 9309); expected robots.txt to answer 200, or 4xx for none");
    }

    /**
     * Applies a robots.txt {@code Crawl-delay} to its host, saying so when it slows the crawl;
     * one above the maximum refuses the whole host instead (a crawl of days is not polite, it is
     * stuck).
     */
    private RobotsTxt withCrawlDelay(String host, RobotsTxt r) {
        long asked = r.crawlDelayMillis().orElse(0);
        long max = settings.maxCrawlDelayMillis();
        if (asked > max) {
            String why = "robots.txt of " + host + " asks Crawl-delay " + seconds(asked)
                    + " s, above the maximum " + seconds(max) + " s (max-crawl-delay=" + max + ")";
            LOG.warn("{}; nothing is fetched from this host", why);
            return RobotsTxt.refuseAll(why + "; nothing is fetched from this host; expected a "
                    + "Crawl-delay of at most " + seconds(max) + " s, or a larger max-crawl-delay");
        }
        if (asked > gate.delayMillis(host)) {
            LOG.info("robots.txt of {} asks Crawl-delay {} s: {} ms between two requests to it "
                    + "(crawl delay {} ms)", host, seconds(asked), asked, settings.crawlDelayMillis());
            gate.atLeast(host, asked);
        }
        return r;
    }

    /** Milliseconds as seconds, without trailing zeros: {@code 3600}, {@code 0.25}. */
    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
