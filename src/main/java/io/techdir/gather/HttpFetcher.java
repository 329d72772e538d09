package io.techdir.gather;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Fetches URLs politely and robustly with the JDK's {@link HttpClient}: through the {@link
 * HostGate}, with the settings' User-Agent and timeouts, following redirects itself (so each hop
 * is checked: http/https on a configured host, allowed by robots.txt, no loop, at most
 * {@code maxRedirects}), retrying 429, 503 and timeouts with exponential backoff or the server's
 * {@code Retry-After}, and reading at most {@code maxPageBytes} of a body, sent and decoded
 * (the body is decoded as its {@code Content-Encoding} says, gzip or deflate, which it asks for:
 * a {@link Fetch} holds the decoded body). A 304 is a response only to a conditional request
 * ({@code If-None-Match}, {@code If-Modified-Since}); to any other it is a failure, {@code
 * HTTP_304}, whose reason says so. Never throws for a
 * failing URL: the {@link Fetch} carries the failure's code and reason.
 *
 * <p>Credentials never leave their origin (scheme, host and port): a request with an {@code
 * Authorization} header follows a redirect only within its origin (another origin fails the
 * fetch, {@link RejectCodes#OFF_SITE_REDIRECT}, and nothing is sent there), and a form POST (an
 * OAuth2 token request carries the client secret in its body) follows no redirect at all.
 */
final class HttpFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> RETRIED = Set.of(429, 503);
    /** The request headers that make a GET conditional, lower case: only such a request may get a 304. */
    private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since");

    private final GatherSettings settings;
    private final HostGate gate;
    private final Function<URI, String> policy;
    private final HttpClient client;
    private final AtomicLong retries = new AtomicLong();
    private final boolean truncate;

    /**
     * A fetcher.
     *
     * @param policy for a URL (the first or a redirect's target), null when it may be fetched,
     *     else {@link Fetch#ROBOTS} or {@link RejectCodes#OFF_SITE_REDIRECT}
     */
    HttpFetcher(GatherSettings settings, HostGate gate, Function<URI, String> policy) {
        this(settings, gate, policy, false);
    }

    /**
     * A fetcher that keeps the first {@code maxPageBytes} bytes of a longer body instead of
     * failing it {@code TOO_LARGE} (robots.txt: RFC 9309 reads at least its first 500 KiB). A
     * body cut there is exactly {@code maxPageBytes} long.
     */
    static HttpFetcher truncating(GatherSettings settings, HostGate gate, Function<URI, String> policy) {
        return new HttpFetcher(settings, gate, policy, true);
    }

    private HttpFetcher(GatherSettings settings, HostGate gate, Function<URI, String> policy,
            boolean truncate) {
        this.truncate = truncate;
        this.settings = settings;
        this.gate = gate;
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** How many retries this fetcher made. */
    long retries() {
        return retries.get();
    }

    /**
     * GETs a URL with extra request headers (conditional headers, authorization); with an {@code
     * Authorization} header, redirects are followed within the URL's origin only.
     */
    Fetch get(URI uri, Map<String, String> headers) {
        boolean credentials = headers.keySet().stream().anyMatch("authorization"::equalsIgnoreCase);
        boolean conditional = headers.keySet().stream().anyMatch(h -> CONDITIONAL.contains(h.toLowerCase(Locale.ROOT)));
        return execute(uri, credentials ? Redirects.SAME_ORIGIN : Redirects.ANY, conditional,
                u -> builder(u, headers).GET().build());
    }

    /**
     * POSTs an {@code application/x-www-form-urlencoded} form; redirects are not followed: a
     * 3xx answer is a failed fetch ({@code HTTP_3xx}) and its target is never asked.
     */
    Fetch postForm(URI uri, String form, Map<String, String> headers) {
        return execute(uri, Redirects.NONE, false, u -> builder(u, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Which redirects a request follows (each hop is also checked by the policy). */
    private enum Redirects {
        /** Any the policy allows: a request without credentials. */
        ANY,
        /** Those within the first URL's origin: a request with an {@code Authorization} header. */
        SAME_ORIGIN,
        /** None: a form POST, whose body may hold credentials. */
        NONE
    }

    /** {@code scheme://host:port} of a URL, lower case, with the scheme's default port if none. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    private HttpRequest.Builder builder(URI uri, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", ContentEncodings.ACCEPTED);
        headers.forEach(b::header);
        return b;
    }

    /**
     * Fetches {@code first}: its redirects as {@code redirects} says, its retries.
     *
     * @param conditional whether the request carries {@code If-None-Match} or {@code
     *     If-Modified-Since}: a 304 to any other request is a failure ({@code HTTP_304})
     */
    private Fetch execute(URI first, Redirects redirects, boolean conditional, Function<URI, HttpRequest> request) {
        String url = first.toString();
        String refused = policy.apply(first);
        if (refused != null) {
            return Fetch.failed(url, url, 0, null, Instant.now(), 0, refused,
                    url + " status=none: not fetched '" + url + "'; expected a URL "
                    + (Fetch.ROBOTS.equals(refused) ? "robots.txt allows" : "on the configured hosts"));
        }
        Fetch last = null;
        for (int attempt = 1; attempt <= settings.maxRetries() + 1; attempt++) {
            last = attempt(first, redirects, conditional, request, attempt);
            boolean retryable = last.failureCode() != null
                    && (RejectCodes.FETCH_TIMEOUT.equals(last.failureCode())
                    || RejectCodes.FETCH_FAILED.equals(last.failureCode())
                    || RETRIED.contains(last.status()));
            if (!retryable || attempt > settings.maxRetries()) {
                return last;
            }
            long wait = settings.retryBackoffMillis() << Math.min(attempt - 1, 20);
            Long retryAfter = RETRIED.contains(last.status())
                    ? retryAfterMillis(last.header("retry-after").orElse(null)) : null;
            if (retryAfter != null) {
                wait = retryAfter;
            }
            if (wait > settings.maxRetryWaitMillis()) {
                return Fetch.failed(url, last.finalUrl(), last.status(), last.headers(),
                        last.fetchedAt(), attempt, RejectCodes.RETRY_TOO_LONG, url + " "
                        + last.statusText() + ": Retry-After '" + last.header("retry-after")
                        .orElse("") + "' is longer than the longest wait; expected at most "
                        + settings.maxRetryWaitMillis() + " ms");
            }
            retries.incrementAndGet();
            gate.pushBack(URI.create(last.finalUrl()).getAuthority(), System.currentTimeMillis() + wait);
        }
        return last;
    }

    /** One attempt: the request and its redirects. */
    private Fetch attempt(URI first, Redirects redirects, boolean conditional, Function<URI, HttpRequest> request,
            int attempt) {
        String url = first.toString();
        Set<String> chain = new LinkedHashSet<>();
        URI current = first;
        chain.add(current.toString());
        while (true) {
            HttpResponse<Body> response;
            String host = current.getAuthority();
            try {
                gate.acquire(host);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Fetch.failed(url, current.toString(), 0, null, Instant.now(), attempt,
                        RejectCodes.FETCH_FAILED, url + " status=none: interrupted ''; expected a response");
            }
            try {
                response = send(request.apply(current));
            } catch (TimeoutException | HttpTimeoutException e) {
                return Fetch.failed(url, current.toString(), 0, null, Instant.now(), attempt,
                        RejectCodes.FETCH_TIMEOUT, url + " status=none: no response within "
                        + settings.readTimeout().toMillis() + " ms after " + attempt
                        + (attempt == 1 ? " attempt" : " attempts") + "; expected a response");
            } catch (IOException e) {
                return Fetch.failed(url, current.toString(), 0, null, Instant.now(), attempt,
                        RejectCodes.FETCH_FAILED, url + " status=none: cannot fetch '"
                        + RecordIterator.describe(e) + "' after " + attempt
                        + (attempt == 1 ? " attempt" : " attempts") + "; expected a response");
            } finally {
                gate.release(host);
            }
            Instant at = Instant.now();
            int status = response.statusCode();
            Map<String, List<String>> headers = lower(response.headers());
            Body body = response.body();
            if (REDIRECTS.contains(status)) {
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.http(status), url + " status=" + status
                            + ": redirect without Location ''; expected a Location header");
                }
                URI next;
                try {
                    next = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.http(status), url + " status=" + status
                            + ": bad redirect Location '" + location + "'; expected a URL");
                }
                String where = url + " status=" + status + ": redirect to '" + next + "'";
                if (redirects == Redirects.NONE) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.http(status), where + " not followed: a form POST (it may "
                            + "carry credentials) is never redirected; expected a response from " + url);
                }
                if (redirects == Redirects.SAME_ORIGIN && !origin(next).equals(origin(first))) {
                    return Fetch.failed(url, next.toString(), status, headers, at, attempt,
                            RejectCodes.OFF_SITE_REDIRECT, where + " not followed: the request "
                            + "carries credentials (Authorization), which never leave " + origin(first)
                            + "; expected a redirect within that origin");
                }
                if (!chain.add(next.toString())) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.REDIRECT_LOOP, where + " loops back (" + String.join(" -> ",
                            chain) + " -> " + next + "); expected a page");
                }
                if (chain.size() - 1 > settings.maxRedirects()) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.TOO_MANY_REDIRECTS, where + " is redirect "
                            + (chain.size() - 1) + "; expected at most " + settings.maxRedirects());
                }
                String refused = policy.apply(next);
                if (refused != null) {
                    return Fetch.failed(url, next.toString(), status, headers, at, attempt,
                            refused, where + " not followed; expected a URL " + (Fetch.ROBOTS
                            .equals(refused) ? "robots.txt allows" : "on the configured hosts"));
                }
                current = next;
                continue;
            }
            if (body.tooLarge) {
                return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                        RejectCodes.TOO_LARGE, url + " status=" + status + ": page of "
                        + (body.declared >= 0 ? body.declared : "more than " + settings.maxPageBytes())
                        + " bytes; expected at most " + settings.maxPageBytes());
            }
            String encoding = response.headers().firstValue("content-encoding").orElse(null);
            if (encoding != null && body.bytes.length > 0) {
                byte[] decoded;
                try {
                    decoded = ContentEncodings.decode(body.bytes, encoding, settings.maxPageBytes());
                } catch (IOException e) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.BAD_ENCODING, url + " status=" + status + ": cannot decode the body ("
                            + RecordIterator.describe(e) + "); expected a body in its Content-Encoding '"
                            + encoding + "'");
                }
                if (decoded == null) {
                    return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                            RejectCodes.TOO_LARGE, url + " status=" + status + ": page of more than "
                            + settings.maxPageBytes() + " bytes once decoded (Content-Encoding '" + encoding
                            + "', " + body.bytes.length + " bytes sent); expected at most " + settings.maxPageBytes());
                }
                body.bytes = decoded;
            }
            if (status == 304 && !conditional) {
                // RFC 9110 15.4.5: a 304 answers a conditional request; to another there is no
                // stored copy it could refer to, and no body
                return Fetch.failed(url, current.toString(), status, headers, at, attempt,
                        RejectCodes.http(status), url + " status=304: 'Not Modified' to a request that sent "
                        + "no If-None-Match or If-Modified-Since (no stored copy it can refer to); expected 200 OK");
            }
            if (status / 100 != 2 && status != 304) {
                return new Fetch(url, current.toString(), status, headers, body.bytes, at, attempt,
                        RejectCodes.http(status), url + " status=" + status + ": HTTP error '"
                        + reasonPhrase(status) + "'; expected 200 OK");
            }
            return new Fetch(url, current.toString(), status, headers, body.bytes, at, attempt,
                    null, null);
        }
    }

    private HttpResponse<Body> send(HttpRequest request) throws IOException, TimeoutException {
        CompletableFuture<HttpResponse<Body>> future =
                client.sendAsync(request, info -> new Capped(settings.maxPageBytes(),
                        info.headers().firstValueAsLong("content-length").orElse(-1), truncate));
        try {
            // Headers within the read timeout (the request's), the whole body within twice it.
            return future.get(2 * settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException t) {
                throw t;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IOException("interrupted", e);
        }
    }

    /** Milliseconds to wait for a {@code Retry-After} of seconds or an HTTP date; null if absent or bad. */
    static Long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Math.multiplyExact(Long.parseLong(v), 1000L);
            } catch (ArithmeticException | NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(Instant.now(), when.toInstant()).toMillis());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, List<String>> lower(HttpHeaders headers) {
        Map<String, List<String>> out = new HashMap<>();
        headers.map().forEach((k, v) -> out.computeIfAbsent(k.toLowerCase(Locale.ROOT),
                x -> new ArrayList<>()).addAll(v));
        return out;
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }

    @Override
    public void close() {
        // HttpClient is AutoCloseable only from Java 21; its threads end with the JVM.
    }

    /** A body, or the fact that it was too large. */
    private static final class Body {
        byte[] bytes = new byte[0];
        boolean tooLarge;
        long declared = -1;
    }

    /** Reads a body up to a cap, cancelling the stream beyond it (keeping the cap's bytes if truncating). */
    private static final class Capped implements HttpResponse.BodySubscriber<Body> {
        private final long cap;
        private final Body body = new Body();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        private final boolean truncate;

        Capped(long cap, long declared, boolean truncate) {
            this.cap = cap;
            this.truncate = truncate;
            body.declared = declared;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (body.declared > cap && !truncate) {
                body.tooLarge = true;
                s.cancel();
                result.complete(body);
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > cap) {
                    if (truncate) {
                        byte[] part = new byte[(int) (cap - out.size())];
                        b.get(part);
                        out.write(part, 0, part.length);
                        body.bytes = out.toByteArray();
                    } else {
                        body.tooLarge = true;
                    }
                    subscription.cancel();
                    result.complete(body);
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.bytes = out.toByteArray();
            result.complete(body);
        }
    }
}
