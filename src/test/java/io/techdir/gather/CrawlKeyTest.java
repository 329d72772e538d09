package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spellings of a URL a crawl fetches once. */
class CrawlKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://b.example/job?id=1&ref=a        | https://b.example/job?id=1&ref=a",
        "https://b.example/job?ref=a&id=1        | https://b.example/job?id=1&ref=a",
        "https://b.example/job?ref=a&id=1#apply  | https://b.example/job?id=1&ref=a",
        "https://b.example/job?&ref=a&&id=1&     | https://b.example/job?id=1&ref=a",
        "https://b.example/job?                  | https://b.example/job",
        "https://b.example/job?&                 | https://b.example/job",
        "https://b.example/job#top               | https://b.example/job",
        "https://b.example/job?a=2&b=1&a=1       | https://b.example/job?a=2&a=1&b=1",
        "https://b.example/job?flag&a=1          | https://b.example/job?a=1&flag",
        "https://b.example/job?B=1&a=1           | https://b.example/job?B=1&a=1",
        "https://b.example/job?q=x%26y&p=1       | https://b.example/job?p=1&q=x%26y",
        "https://b.example/job?id=1&id=1         | https://b.example/job?id=1&id=1",
    })
    void oneKeyForTheSpellingsOfOnePage(String url, String key) {
        assertEquals(key, CrawlKey.of(URI.create(url)));
    }
}
