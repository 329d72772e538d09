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
        "HTTPS://B.Example/job?id=1              | https://b.example/job?id=1",
        "https://b.example:443/job               | https://b.example/job",
        "http://b.example:80/job                 | http://b.example/job",
        "http://b.example:443/job                | http://b.example:443/job",
        "https://b.example:8443/Job?ID=1         | https://b.example:8443/Job?ID=1",
        "https://b.example                       | https://b.example/",
        "https://b.example?id=1                  | https://b.example/?id=1",
        "http://127.0.0.1:8080/job               | http://127.0.0.1:8080/job",
        "https://user@b.example/job              | https://user@b.example/job",
    })
    void oneKeyForTheSpellingsOfOnePage(String url, String key) {
        assertEquals(key, CrawlKey.of(URI.create(url)));
    }
}
