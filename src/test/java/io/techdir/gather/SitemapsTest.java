package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapsTest {

    @Test
    void readsPagesAndNestedSitemaps() throws Exception {
        byte[] urlset = Files.readAllBytes(Path.of("src/test/resources/web/board/sitemap.xml"));
        assertEquals(List.of("http://HOST/jobs/184TLPS.html", "http://HOST/jobs/8402151.html",
                "http://HOST/jobs/private/secret.html"), Sitemaps.parse(urlset).pages());
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc> https://example.org/sitemap-jobs-1.xml </loc></sitemap>
                </sitemapindex>
                """;
        Sitemaps.Sitemap map = Sitemaps.parse(index.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("https://example.org/sitemap-jobs-1.xml"), map.sitemaps());
        assertEquals(List.of(), map.pages());
    }

    static byte[] gzip(String text) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void readsAGzipSitemapKnownByItsMagicBytesWithinTheDecompressedLimit() throws Exception {
        String urlset = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>http://h/p3.html</loc></url></urlset>";
        assertEquals(List.of("http://h/p3.html"), Sitemaps.parse(gzip(urlset)).pages());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> Sitemaps.parse(gzip(urlset), urlset.length() - 1));
        assertEquals("gzip of more than " + (urlset.length() - 1) + " bytes once decompressed",
                big.getMessage());
        byte[] cut = java.util.Arrays.copyOf(gzip(urlset), 20);
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> Sitemaps.parse(cut));
        assertTrue(broken.getMessage().startsWith("unreadable gzip ("), broken.getMessage());
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>http://h/&x;</loc></url></urlset>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sitemaps.parse(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
