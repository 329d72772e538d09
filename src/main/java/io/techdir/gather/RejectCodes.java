package io.techdir.gather;

/** The reject codes source readers give ({@link io.techdir.posting.Reject#code()}). */
public final class RejectCodes {

    /** The record has no id at its source (CSV {@code source_id}, France Travail {@code id}). */
    public static final String MISSING_SOURCE_ID = "MISSING_SOURCE_ID";
    /** The record has no title (CSV {@code title}, France Travail {@code intitule}). */
    public static final String MISSING_TITLE = "MISSING_TITLE";
    /**
     * The record cannot be read as a posting: wrong number of CSV fields, CSV quoting that cannot
     * be parsed (the row is left out, the next line read on), a non-object offer.
     */
    public static final String MALFORMED_ROW = "MALFORMED_ROW";
    /**
     * The file broke: it could not be opened, decoded or parsed past this point (text not in its
     * encoding, malformed JSON, a bad header, too many CSV rows that cannot be parsed). The rest
     * of the file is not read, and the run reports it as a problem (exit code 4).
     */
    public static final String SOURCE_UNREADABLE = "SOURCE_UNREADABLE";

    /**
     * A web page answered with an HTTP error: {@code HTTP_} and the status, e.g. {@code HTTP_404};
     * {@code HTTP_304} for a 304 to a request that was not conditional.
     */
    public static final String HTTP_PREFIX = "HTTP_";
    /** No response within the timeouts, after every retry. */
    public static final String FETCH_TIMEOUT = "FETCH_TIMEOUT";
    /** The connection failed (refused, reset, DNS), after every retry. */
    public static final String FETCH_FAILED = "FETCH_FAILED";
    /** The page is larger than the size cap. */
    public static final String TOO_LARGE = "TOO_LARGE";
    /** The body is not in its {@code Content-Encoding} (a corrupt gzip), or that is not gzip or deflate. */
    public static final String BAD_ENCODING = "BAD_ENCODING";
    /** A redirect leads back to a URL of the same chain. */
    public static final String REDIRECT_LOOP = "REDIRECT_LOOP";
    /** More redirects than allowed. */
    public static final String TOO_MANY_REDIRECTS = "TOO_MANY_REDIRECTS";
    /** A redirect leaves the configured hosts or http/https. */
    public static final String OFF_SITE_REDIRECT = "OFF_SITE_REDIRECT";
    /** A {@code Retry-After} longer than the longest wait allowed. */
    public static final String RETRY_TOO_LONG = "RETRY_TOO_LONG";
    /** The page is not HTML (a PDF, an image). */
    public static final String NOT_HTML = "NOT_HTML";
    /** An API response is not JSON (an HTML maintenance page, say). */
    public static final String NOT_JSON = "NOT_JSON";
    /** A page holds no JobPosting (JSON-LD, microdata or the profile's selectors). */
    public static final String NO_POSTING = "NO_POSTING";
    /** A page's only JSON-LD is malformed. */
    public static final String BAD_JSON_LD = "BAD_JSON_LD";
    /**
     * A sitemap listed by another one cannot be read: malformed XML, a DOCTYPE, gzip that cannot
     * be decompressed or is larger than 50 MiB once decompressed.
     */
    public static final String BAD_SITEMAP = "BAD_SITEMAP";
    /** A page listed in the landing zone's index is missing from it. */
    public static final String PAGE_MISSING = "PAGE_MISSING";

    /** The code of an HTTP error status: {@code HTTP_404}. */
    public static String http(int status) {
        return HTTP_PREFIX + status;
    }

    private RejectCodes() {
    }
}
