package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatherSettingsTest {

    @Test
    void defaultsArePolite() {
        GatherSettings d = GatherSettings.defaults();
        assertEquals(1000, d.crawlDelayMillis());
        assertEquals(Path.of("data", "raw"), d.rawRoot());
        assertTrue(d.userAgent().matches("techdir/\\S+ \\(\\+https://github\\.com/techdir/techdir\\)"),
                d.userAgent());
        assertTrue(d.runId().matches("\\d{8}T\\d{6}Z"), d.runId());
        assertEquals("20241128T115705Z", GatherSettings.runIdAt(Instant.parse("2024-11-28T11:57:05.591Z")));
        assertEquals(d.toBuilder().get().crawlDelayMillis(), d.crawlDelayMillis());
    }

    @Test
    void toStringNeverShowsTheEnvironment() {
        GatherSettings s = GatherSettings.builder().environment(Map.of("FRANCE_TRAVAIL_CLIENT_SECRET", "s3cret")).get();
        assertFalse(s.toString().contains("s3cret"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            crawl   | bad crawl delay '-1'; expected a number of at least 0
            pages   | bad max pages '0'; expected a number of at least 1
            agent   | bad user agent ' '; expected a one-line product token such as techdir/1.0 (+URL)
            run     | bad run id '../x'; expected a folder name of letters, digits, '_', '.', '-'
            timeout | bad read timeout 'PT0S'; expected a positive duration
            """)
    void namesTheBadValue(String what, String message) {
        GatherSettings.Builder b = GatherSettings.builder();
        switch (what) {
            case "crawl" -> b.crawlDelayMillis(-1);
            case "pages" -> b.maxPages(0);
            case "agent" -> b.userAgent(" ");
            case "run" -> b.runId("../x");
            default -> b.readTimeout(Duration.ZERO);
        }
        assertEquals(message, assertThrows(IllegalArgumentException.class, b::get).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            web:ftp://example.org/jobs/                         | bad --source 'web:ftp://example.org/jobs/': URL 'ftp://example.org/jobs/'; expected an http or https URL
            web:http://example.org/?crawl-delay=fast            | bad --source 'web:http://example.org/?crawl-delay=fast': crawl-delay 'fast'; expected a whole number of at least 0
            web:http://example.org/?max-pages=0                 | bad --source 'web:http://example.org/?max-pages=0': max-pages '0'; expected a whole number of at least 1
            web:http://example.org/?profile=nosuch              | bad --source 'web:http://example.org/?profile=nosuch': unknown profile 'nosuch'; expected a name with data/sources/nosuch.profile.properties, or a path ending in .properties
            html:data/raw?source=Web                            | bad --source 'html:data/raw?source=Web': source 'Web'; expected a lower-case name such as hellowork
            """)
    void webOptionsAreCheckedWhenTheReaderIsBuilt(String spec, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> SourceReaders.forSpec(SourceSpec.parse(spec))).getMessage());
    }

    @Test
    void specOptionsOverrideTheSettings() {
        WebSourceReader r = (WebSourceReader) SourceReaders.forSpec(
                SourceSpec.parse("web:https://www.example.org/jobs/?crawl-delay=50&max-pages=100&profile=example-cards"),
                GatherSettings.builder().maxPages(7).runId("r").get());
        assertEquals(50, r.settings().crawlDelayMillis());
        assertEquals(100, r.settings().maxPages());
        assertEquals("cards", r.source());
        assertEquals("example.org", ((WebSourceReader) SourceReaders.forSpec(
                SourceSpec.parse("web:https://www.example.org/jobs/"))).source());
    }
}
