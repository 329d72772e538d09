package io.techdir.gather;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job board on 127.0.0.1 (JDK HttpServer, port 0) serving the fixture pages of
 * src/test/resources/web/ (see its README), with the misbehaving pages the crawler must survive:
 * {@code /jobs/missing.html} 404, {@code flaky.html} 503 then 200, {@code busy.html} 429 with
 * {@code Retry-After: 1} then 200, {@code slow.html} answering after 1.5 s, {@code loop.html}
 * redirecting to {@code loop-b.html} and back, {@code big.html} streaming 300 000 bytes without a
 * Content-Length, {@code latin1.html} windows-1252 with no charset in its header. Static pages
 * carry an ETag and answer 304 to a matching {@code If-None-Match}. Tests add their own pages and
 * redirects ({@link #serve}, {@link #html}, {@link #redirect}). Every request is logged.
 */
final class FixtureBoard implements AutoCloseable {

    static final Path ROOT = Path.of("src/test/resources/web");

    /** One request as the server saw it. */
    record Request(String method, String target, String userAgent, String ifNoneMatch,
            long startMillis, long endMillis) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile String robots;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    /** A response a test adds with {@link #serve} or {@link #redirect}. */
    private record Route(int status, Map<String, String> headers, byte[] body) {
    }

    FixtureBoard() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        robots = Files.readString(ROOT.resolve("board/robots.txt"));
    }

    /** Serves this robots.txt instead of the fixture's. */
    FixtureBoard robots(String text) {
        robots = text;
        return this;
    }

    /** Answers {@code target} (path and query) with this status, content type and body. */
    FixtureBoard serve(String target, int status, String type, byte[] body) {
        return serve(target, status, Map.of("Content-Type", type), body);
    }

    /** Answers {@code target} (path and query) with this status, these headers and this body. */
    FixtureBoard serve(String target, int status, Map<String, String> headers, byte[] body) {
        routes.put(target, new Route(status, Map.copyOf(headers), body.clone()));
        return this;
    }

    /** Answers {@code target} with a UTF-8 HTML page. */
    FixtureBoard html(String target, String html) {
        return serve(target, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code target} with a redirect ({@code status} 301, 302, ...) to {@code location}. */
    FixtureBoard redirect(String target, int status, String location) {
        return serve(target, status, Map.of("Location", location), new byte[0]);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answered requests, in the order they ended. */
    List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Request targets (path and query) in the order they arrived, answered or not. */
    List<String> targets() {
        synchronized (started) {
            return List.copyOf(started);
        }
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange x) throws IOException {
        long start = System.currentTimeMillis();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        String target = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        started.add(target);
        try {
            respond(x, x.getRequestURI().getPath(), x.getRequestURI().getQuery(), target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout, size cap): nothing to answer
        } finally {
            inFlight.decrementAndGet();
            log.add(new Request(x.getRequestMethod(), target,
                    x.getRequestHeaders().getFirst("User-Agent"),
                    x.getRequestHeaders().getFirst("If-None-Match"), start, System.currentTimeMillis()));
            x.close();
        }
    }

    private void respond(HttpExchange x, String path, String query, String target)
            throws IOException, InterruptedException {
        int hit = hits.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
        Route route = routes.get(target);
        if (route != null) {
            route.headers().forEach(x.getResponseHeaders()::add);
            x.sendResponseHeaders(route.status(), route.body().length == 0 ? -1 : route.body().length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(route.body());
            }
            return;
        }
        switch (path) {
            case "/robots.txt" -> send(x, 200, "text/plain; charset=utf-8", robots.getBytes(StandardCharsets.UTF_8));
            case "/sitemap.xml" -> send(x, 200, "application/xml", Files.readString(
                    ROOT.resolve("board/sitemap.xml")).replace("http://HOST", base()).getBytes(StandardCharsets.UTF_8));
            case "/jobs/missing.html" -> send(x, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            case "/jobs/flaky.html" -> {
                if (hit == 1) {
                    send(x, 503, "text/html", "<h1>Service Unavailable</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    file(x, "board/jobs/flaky.html", "text/html; charset=utf-8");
                }
            }
            case "/jobs/busy.html" -> {
                if (hit == 1) {
                    x.getResponseHeaders().add("Retry-After", "1");
                    send(x, 429, "text/html", "<h1>Too Many Requests</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    file(x, "board/jobs/busy.html", "text/html; charset=utf-8");
                }
            }
            case "/jobs/slow.html" -> {
                Thread.sleep(1500);
                send(x, 200, "text/html", "<h1>late</h1>".getBytes(StandardCharsets.UTF_8));
            }
            case "/jobs/loop.html" -> redirect(x, "loop-b.html");
            case "/jobs/loop-b.html" -> redirect(x, "/jobs/loop.html");
            case "/jobs/big.html" -> {
                x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                x.sendResponseHeaders(200, 0);
                try (OutputStream out = x.getResponseBody()) {
                    byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(300).getBytes(StandardCharsets.UTF_8);
                    for (int sent = 0; sent < 300_000; sent += chunk.length) {
                        out.write(chunk);
                    }
                }
            }
            case "/jobs/latin1.html" -> file(x, "board/jobs/latin1.html", "text/html");
            case "/cards/" -> file(x, "cards/page-" + (query == null ? "1" : query.replace("page=", "")) + ".html",
                    "text/html; charset=utf-8");
            default -> {
                String rel = path.equals("/jobs/") ? "board/jobs/index.html"
                        : path.startsWith("/jobs/") ? "board" + path : path.substring(1);
                file(x, rel, "text/html; charset=utf-8");
            }
        }
    }

    private void file(HttpExchange x, String rel, String type) throws IOException {
        Path p = ROOT.resolve(rel).normalize();
        if (!p.startsWith(ROOT) || !Files.isRegularFile(p)) {
            send(x, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = Files.readAllBytes(p);
        String etag = "\"" + LandingZone.sha256(body).substring(0, 16) + "\"";
        x.getResponseHeaders().add("ETag", etag);
        x.getResponseHeaders().add("Last-Modified", "Thu, 28 Nov 2024 12:00:00 GMT");
        if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.sendResponseHeaders(304, -1);
            return;
        }
        send(x, 200, type, body);
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
