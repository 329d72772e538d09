package io.techdir.gather;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of fetching one URL (after redirects and retries): a response, or a failure with
 * a reject code. Bodies are kept whole: they are capped by {@link GatherSettings#maxPageBytes()}.
 *
 * @param url the URL asked for
 * @param finalUrl the URL that answered (after redirects)
 * @param status the HTTP status, or 0 when no response came
 * @param headers the response headers (names lower case; empty without a response)
 * @param body the body, decoded as its {@code Content-Encoding} says (empty for 304, failures and HEAD)
 * @param fetchedAt when the (last) response came
 * @param attempts how many times the URL was tried
 * @param failureCode a {@link RejectCodes} code, or null when the fetch succeeded
 * @param failureReason what went wrong, or null
 */
record Fetch(String url, String finalUrl, int status, Map<String, List<String>> headers,
        byte[] body, Instant fetchedAt, int attempts, String failureCode, String failureReason) {

    /** A code the crawler counts apart: the URL (or a redirect's target) is disallowed by robots.txt. */
    static final String ROBOTS = "ROBOTS_DISALLOWED";

    Fetch {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A failure without a usable response. */
    static Fetch failed(String url, String finalUrl, int status, Map<String, List<String>> headers,
            Instant at, int attempts, String code, String reason) {
        return new Fetch(url, finalUrl, status, headers, null, at, attempts, code, reason);
    }

    /** A 2xx response, or a 304 to a conditional request. */
    boolean ok() {
        return failureCode == null && (status / 100 == 2 || status == 304);
    }

    /** A 304: the stored copy is current. */
    boolean notModified() {
        return failureCode == null && status == 304;
    }

    /** The first value of a header (name in any case). */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The status as reasons write it: {@code status=404}, or {@code status=none}. */
    String statusText() {
        return "status=" + (status == 0 ? "none" : String.valueOf(status));
    }
}
