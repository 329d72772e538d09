package io.techdir.gather;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * How web and API sources gather: politeness (per-host delay, concurrency, page limit), fetch
 * limits (timeouts, page size, redirects, retries), identity (User-Agent) and where fetched pages
 * land ({@code rawRoot/runId/}). Used on the driver only ({@link SourceReader#files()}); readers
 * keep it out of what they serialize.
 *
 * <p>Built like Commons CSV's {@code CSVFormat}: {@link #defaults()}, {@link #builder()}, {@link
 * #toBuilder()}, fluent setters and one validating {@link Builder#get()}. A source may override
 * {@code crawl-delay}, {@code max-crawl-delay}, {@code max-pages} and {@code max-concurrent}
 * with options.
 *
 * @param crawlDelayMillis the least time between two requests to one host (a robots.txt
 *     {@code Crawl-delay} that is longer wins); default 1000
 * @param maxCrawlDelayMillis the longest robots.txt {@code Crawl-delay} honoured: a host asking
 *     for more is not crawled (its source fails when its first page is there); default 60 000
 * @param maxPages the most pages fetched per source (robots.txt not counted); default 1000
 * @param maxConcurrent the most requests in flight at once (one per host in any case); default 4
 * @param connectTimeout connection timeout; default 10 s
 * @param readTimeout the longest wait for a response's headers and for its body; default 30 s
 * @param maxPageBytes the largest page kept; a larger one fails with {@code TOO_LARGE}; default
 *     5 MiB
 * @param maxRedirects the most redirects followed for one page; default 5
 * @param maxRetries retries after a 429, a 503 or a timeout; default 3
 * @param retryBackoffMillis the first retry's wait, doubled for each later one (a {@code
 *     Retry-After} header wins); default 1000
 * @param maxRetryWaitMillis the longest wait before one retry: a longer {@code Retry-After} fails
 *     the page instead; default 120 000
 * @param userAgent the User-Agent header, naming techdir, its version and a contact URL
 * @param rawRoot the landing zone's root; a run writes to {@code rawRoot/runId/}; default
 *     {@code data/raw}
 * @param runId this run's folder name; default the UTC start time {@code 20250101T120000Z}
 * @param quiet progress lines at DEBUG instead of INFO
 * @param environment where API credentials are looked up (the process environment by default;
 *     tests pass a map); never printed
 */
public record GatherSettings(
        long crawlDelayMillis,
        long maxCrawlDelayMillis,
        int maxPages,
        int maxConcurrent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxPageBytes,
        int maxRedirects,
        int maxRetries,
        long retryBackoffMillis,
        long maxRetryWaitMillis,
        String userAgent,
        Path rawRoot,
        String runId,
        boolean quiet,
        Map<String, String> environment) {

    /** The project's contact URL, named in the default User-Agent. */
    public static final String CONTACT_URL = "https://github.com/techdir/techdir";
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Checks every value, naming the bad one. */
    public GatherSettings {
        atLeast("crawl delay", crawlDelayMillis, 0);
        atLeast("max crawl delay", maxCrawlDelayMillis, 0);
        atLeast("max pages", maxPages, 1);
        atLeast("max concurrent", maxConcurrent, 1);
        positive("connect timeout", connectTimeout);
        positive("read timeout", readTimeout);
        atLeast("max page bytes", maxPageBytes, 1);
        atLeast("max redirects", maxRedirects, 0);
        atLeast("max retries", maxRetries, 0);
        atLeast("retry backoff", retryBackoffMillis, 0);
        atLeast("max retry wait", maxRetryWaitMillis, 0);
        if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 32)) {
            throw new BadSourceException("bad user agent '" + userAgent
                    + "'; expected a one-line product token such as techdir/1.0 (+URL)");
        }
        Objects.requireNonNull(rawRoot, "rawRoot");
        if (runId == null || !runId.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new BadSourceException("bad run id '" + runId
                    + "'; expected a folder name of letters, digits, '_', '.', '-'");
        }
        environment = environment == null ? Map.of() : environment;
    }

    /** The defaults: see the components; the run id is the current UTC time. */
    public static GatherSettings defaults() {
        return builder().get();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The default User-Agent for a techdir version: {@code techdir/VERSION (+CONTACT_URL)}. */
    public static String defaultUserAgent(String version) {
        return "techdir/" + version + " (+" + CONTACT_URL + ")";
    }

    /** A run id for an instant: {@code uuuuMMdd'T'HHmmss'Z'} in UTC. */
    public static String runIdAt(Instant instant) {
        return RUN_ID.format(instant);
    }

    /** This run's landing folder: {@code rawRoot/runId}. */
    public Path runDir() {
        return rawRoot.resolve(runId);
    }

    /** The settings without the environment (which may hold secrets). */
    @Override
    public String toString() {
        return "GatherSettings[crawlDelayMillis=" + crawlDelayMillis + ", maxCrawlDelayMillis="
                + maxCrawlDelayMillis + ", maxPages=" + maxPages
                + ", maxConcurrent=" + maxConcurrent + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxPageBytes=" + maxPageBytes
                + ", maxRedirects=" + maxRedirects + ", maxRetries=" + maxRetries
                + ", retryBackoffMillis=" + retryBackoffMillis + ", maxRetryWaitMillis="
                + maxRetryWaitMillis + ", userAgent=" + userAgent + ", rawRoot=" + rawRoot
                + ", runId=" + runId + ", quiet=" + quiet + "]";
    }

    private static void atLeast(String name, long value, long least) {
        if (value < least) {
            throw new BadSourceException("bad " + name + " '" + value
                    + "'; expected a number of at least " + least);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new BadSourceException("bad " + name + " '" + value
                    + "'; expected a positive duration");
        }
    }

    /** Fluent builder of {@link GatherSettings}; {@link #get()} validates. */
    public static final class Builder {
        private long crawlDelayMillis = 1000;
        private long maxCrawlDelayMillis = 60_000;
        private int maxPages = 1000;
        private int maxConcurrent = 4;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private long maxPageBytes = 5L * 1024 * 1024;
        private int maxRedirects = 5;
        private int maxRetries = 3;
        private long retryBackoffMillis = 1000;
        private long maxRetryWaitMillis = 120_000;
        private String userAgent = defaultUserAgent(Version.VALUE);
        private Path rawRoot = Path.of("data", "raw");
        private String runId;
        private boolean quiet;
        private Map<String, String> environment = System.getenv();

        private Builder() {
        }

        private Builder(GatherSettings s) {
            crawlDelayMillis = s.crawlDelayMillis;
            maxCrawlDelayMillis = s.maxCrawlDelayMillis;
            maxPages = s.maxPages;
            maxConcurrent = s.maxConcurrent;
            connectTimeout = s.connectTimeout;
            readTimeout = s.readTimeout;
            maxPageBytes = s.maxPageBytes;
            maxRedirects = s.maxRedirects;
            maxRetries = s.maxRetries;
            retryBackoffMillis = s.retryBackoffMillis;
            maxRetryWaitMillis = s.maxRetryWaitMillis;
            userAgent = s.userAgent;
            rawRoot = s.rawRoot;
            runId = s.runId;
            quiet = s.quiet;
            environment = s.environment;
        }

        /** Least time between two requests to one host, in milliseconds (--crawl-delay). */
        public Builder crawlDelayMillis(long v) { crawlDelayMillis = v; return this; }
        /** Longest robots.txt Crawl-delay honoured, in milliseconds (--max-crawl-delay). */
        public Builder maxCrawlDelayMillis(long v) { maxCrawlDelayMillis = v; return this; }
        /** Most pages fetched per source (--max-pages). */
        public Builder maxPages(int v) { maxPages = v; return this; }
        /** Most requests in flight at once. */
        public Builder maxConcurrent(int v) { maxConcurrent = v; return this; }
        /** Connection timeout. */
        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        /** Read timeout (headers, then body). */
        public Builder readTimeout(Duration v) { readTimeout = v; return this; }
        /** Largest page kept, in bytes. */
        public Builder maxPageBytes(long v) { maxPageBytes = v; return this; }
        /** Most redirects followed for one page. */
        public Builder maxRedirects(int v) { maxRedirects = v; return this; }
        /** Retries after 429, 503 or a timeout. */
        public Builder maxRetries(int v) { maxRetries = v; return this; }
        /** First retry's wait in milliseconds, doubled for each later one. */
        public Builder retryBackoffMillis(long v) { retryBackoffMillis = v; return this; }
        /** Longest wait before one retry, in milliseconds. */
        public Builder maxRetryWaitMillis(long v) { maxRetryWaitMillis = v; return this; }
        /** The User-Agent header. */
        public Builder userAgent(String v) { userAgent = v; return this; }
        /** The landing zone's root (--raw DIR). */
        public Builder rawRoot(Path v) { rawRoot = v; return this; }
        /** This run's folder name under the root; null for the current UTC time. */
        public Builder runId(String v) { runId = v; return this; }
        /** Progress at DEBUG instead of INFO (--quiet). */
        public Builder quiet(boolean v) { quiet = v; return this; }
        /** Where API credentials are looked up (default: the process environment). */
        public Builder environment(Map<String, String> v) { environment = v; return this; }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException naming the first bad value
         */
        public GatherSettings get() {
            return new GatherSettings(crawlDelayMillis, maxCrawlDelayMillis, maxPages, maxConcurrent, connectTimeout,
                    readTimeout, maxPageBytes, maxRedirects, maxRetries, retryBackoffMillis,
                    maxRetryWaitMillis, userAgent, rawRoot,
                    runId == null ? runIdAt(Instant.now()) : runId, quiet, environment);
        }
    }

    /** techdir's version, from the build properties (gather must not depend on job). */
    private static final class Version {
        static final String VALUE = load();

        private static String load() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in =
                    GatherSettings.class.getResourceAsStream("/techdir-build.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (java.io.IOException e) {
                return "unknown";
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        }
    }
}
