package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpFetcher} against a local server: bodies sent with a {@code Content-Encoding}. */
class HttpFetcherTest {

    private static final String PAGE = "<html><head><title>CTO</title></head><body>Directeur technique</body></html>";
    private static final long CAP = 64 * 1024;

    private HttpServer server;
    private final List<String> acceptEncodings = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        serve("/gzip.html", "gzip", gzip(page));
        serve("/deflate.html", "deflate", deflate(page));
        serve("/bomb.html", "gzip", gzip(new byte[(int) (CAP * 16)]));
        serve("/corrupt.html", "gzip", "not gzip at all".getBytes(StandardCharsets.UTF_8));
        serve("/brotli.html", "br", page);
        serve("/plain.html", null, page);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, String encoding, byte[] body) {
        server.createContext(path, (HttpExchange x) -> {
            acceptEncodings.add(x.getRequestHeaders().getFirst("Accept-Encoding"));
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            if (encoding != null) {
                x.getResponseHeaders().add("Content-Encoding", encoding);
            }
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(bytes);
        }
        return out.toByteArray();
    }

    private Fetch fetch(String path) {
        GatherSettings settings = GatherSettings.builder().crawlDelayMillis(0).maxPageBytes(CAP)
                .readTimeout(Duration.ofSeconds(2)).retryBackoffMillis(10).get();
        HttpFetcher fetcher = new HttpFetcher(settings, new HostGate(0, 4), u -> null);
        return fetcher.get(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), Map.of());
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() {
        // Audit run 2: /cs/gzip.html, sent gzip-encoded, was rejected NO_POSTING.
        for (String path : List.of("/gzip.html", "/deflate.html", "/plain.html")) {
            Fetch f = fetch(path);
            assertNull(f.failureCode(), path + ": " + f.failureReason());
            assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), f.body(), path);
        }
        assertEquals(List.of("gzip, deflate"), acceptEncodings.stream().distinct().toList());
    }

    @Test
    void aBodyTooLargeOnceDecodedIsTooLarge() {
        Fetch f = fetch("/bomb.html");
        assertEquals(RejectCodes.TOO_LARGE, f.failureCode());
        assertTrue(f.failureReason().contains("/bomb.html status=200: page of more than 65536 bytes once decoded "
                + "(Content-Encoding 'gzip', "), f.failureReason());
        assertTrue(f.failureReason().endsWith(" bytes sent); expected at most 65536"), f.failureReason());
        assertEquals(0, f.body().length);
    }

    @Test
    void aBodyNotInItsEncodingIsBadEncoding() {
        Fetch f = fetch("/corrupt.html");
        assertEquals(RejectCodes.BAD_ENCODING, f.failureCode());
        assertTrue(f.failureReason().contains("/corrupt.html status=200: cannot decode the body (ZipException: "
                + "Not in GZIP format); expected a body in its Content-Encoding 'gzip'"), f.failureReason());
        assertEquals(1, acceptEncodings.size(), "not retried");
        f = fetch("/brotli.html");
        assertEquals(RejectCodes.BAD_ENCODING, f.failureCode());
        assertTrue(f.failureReason().contains("(IOException: Content-Encoding 'br' not supported)"), f.failureReason());
    }
}
