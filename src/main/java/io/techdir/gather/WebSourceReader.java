package io.techdir.gather;

import io.techdir.posting.SourceRecord;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code web:URL} sources: {@link #files()} crawls on the driver ({@link WebCrawler}) into
 * the landing zone {@code RAW/RUN/} and returns the stored posting pages plus the run's {@code
 * failures.jsonl}; {@link #read(String)} parses one of them ({@link LandingReader}), so a page
 * yields its postings (record: its URL) and the failures file one reject per failed page.
 * Options: {@code source}, {@code profile}, {@code crawl-delay}, {@code max-crawl-delay}, {@code
 * max-pages}, {@code max-concurrent}, {@code hosts}, {@code sitemap}.
 */
final class WebSourceReader implements SourceReader {

    private static final long serialVersionUID = 1L;
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private final SourceSpec spec;
    private final String url;
    private final boolean sitemap;
    private final String source;
    private final String profileName;
    private final SiteProfile profile;
    private final Set<String> hosts;
    /** Driver-only: the crawl's settings and counts are not needed to read pages. */
    private final transient GatherSettings settings;
    private transient Map<String, Long> counts = Map.of();

    /**
     * A reader for a {@code web:} spec.
     *
     * @throws IllegalArgumentException for a bad URL or option value, naming the spec
     */
    WebSourceReader(SourceSpec spec, GatherSettings base) {
        this.spec = spec;
        URI uri;
        try {
            uri = new URI(spec.location().strip());
        } catch (URISyntaxException e) {
            throw bad("URL '" + spec.location() + "'; expected an http or https URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getAuthority() == null) {
            throw bad("URL '" + spec.location() + "'; expected an http or https URL");
        }
        this.url = uri.toString();
        String sitemapOption = spec.option("sitemap");
        if (sitemapOption != null && !sitemapOption.equals("true") && !sitemapOption.equals("false")) {
            throw bad("sitemap '" + sitemapOption + "'; expected true or false");
        }
        this.sitemap = sitemapOption != null ? sitemapOption.equals("true")
                : uri.getPath() != null
                        && uri.getPath().toLowerCase(Locale.ROOT).matches(".*\\.xml(\\.gz)?");
        this.profileName = spec.option("profile");
        try {
            this.profile = SiteProfile.load(profileName);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        Set<String> allowed = new LinkedHashSet<>();
        allowed.add(uri.getAuthority().toLowerCase(Locale.ROOT));
        String more = spec.option("hosts");
        if (more != null) {
            for (String h : more.split(",")) {
                if (!h.isBlank()) {
                    allowed.add(h.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        this.hosts = Set.copyOf(allowed);
        String name = spec.option("source");
        if (name == null) {
            name = profile.source();
        }
        if (name == null) {
            name = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
        if (!SOURCE_NAME.matcher(name).matches()) {
            throw bad("source '" + name + "'; expected a lower-case name such as hellowork");
        }
        this.source = name;
        GatherSettings.Builder b = base.toBuilder();
        Long delay = number("crawl-delay", 0);
        if (delay != null) {
            b.crawlDelayMillis(delay);
        }
        Long maxDelay = number("max-crawl-delay", 0);
        if (maxDelay != null) {
            b.maxCrawlDelayMillis(maxDelay);
        }
        Long max = number("max-pages", 1);
        if (max != null) {
            b.maxPages((int) Math.min(Integer.MAX_VALUE, max));
        }
        Long concurrent = number("max-concurrent", 1);
        if (concurrent != null) {
            b.maxConcurrent((int) Math.min(64, concurrent));
        }
        this.settings = b.get();
    }

    private Long number(String option, long least) {
        String v = spec.option(option);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(option + " '" + v + "'; expected a whole number of at least " + least);
    }

    private IllegalArgumentException bad(String what) {
        return new BadSourceException("bad --source '" + spec + "': " + what);
    }

    @Override
    public SourceSpec spec() {
        return spec;
    }

    /** The settings this reader crawls with (the spec's options applied). */
    GatherSettings settings() {
        return settings;
    }

    /** The source name of its postings. */
    String source() {
        return source;
    }

    @Override
    public List<String> files() throws SourceUnavailableException {
        if (settings == null) {
            throw new IllegalStateException(spec + ": files() runs on the driver, before serialization");
        }
        WebCrawler crawler = new WebCrawler(URI.create(url), sitemap, hosts, profile, profileName,
                source, settings);
        try {
            return crawler.crawl();
        } finally {
            counts = crawler.counts().snapshot();
        }
    }

    @Override
    public void check(String file) throws SourceFormatException {
        if (!Files.isReadable(Path.of(file))) {
            throw new SourceFormatException(file + ":1: not readable; expected a stored page");
        }
    }

    @Override
    public Iterator<SourceRecord> read(String file) {
        return LandingReader.readOwn(file, source, profileName).iterator();
    }

    /** Its source name: the run folder it crawls into is shared with the run's other sources. */
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
        return "WebSourceReader[" + spec + "]";
    }
}
