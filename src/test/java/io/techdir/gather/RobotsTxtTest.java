package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9309 matching; the examples are the RFC's own (section 5.2) and Google's documentation. */
class RobotsTxtTest {

    private static final String RFC = """
            User-Agent: *
            Disallow: *.gif$
            Disallow: /example/
            Allow: /publications/

            User-Agent: foobot
            Disallow:/
            Allow:/example/page.html
            Allow:/example/allowed.gif

            User-Agent: barbot
            User-Agent: bazbot
            Disallow: /example/page.html

            User-Agent: quxbot
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # agent   | path                          | allowed
            techdir   | /                             | true
            techdir   | /example/page.html            | false
            techdir   | /images/logo.gif              | false
            techdir   | /images/logo.gif?x=1          | true
            techdir   | /publications/                | true
            foobot    | /                             | false
            FooBot    | /example/page.html            | true
            foobot    | /example/allowed.gif          | true
            foobot    | /example/other.gif            | false
            foobot    | /robots.txt                   | true
            bazbot    | /example/page.html            | false
            bazbot    | /example/                     | true
            quxbot    | /example/page.html            | true
            """)
    void matchesTheRfcExample(String agent, String path, boolean allowed) {
        assertEquals(allowed, RobotsTxt.parse(RFC, agent).allowed(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # rules (\\n between lines)                           | path                 | allowed
            Disallow: /jobs/\\nAllow: /jobs/public               | /jobs/public/1.html  | true
            Disallow: /jobs/\\nAllow: /jobs/public               | /jobs/secret.html    | false
            Allow: /page\\nDisallow: /page                       | /page                | true
            Disallow: /*.php$                                   | /index.php           | false
            Disallow: /*.php$                                   | /index.php?x=1       | true
            Disallow: /fish*                                    | /fishheads/a.html    | false
            Disallow: /fish*                                    | /Fish.asp            | true
            Disallow: /%7Ejoe/                                  | /~joe/index.html     | false
            Disallow: /*/private/\\nAllow: /jobs/private/ok.html | /jobs/private/ok.html | true
            Disallow:                                           | /anything            | true
            """)
    void longestMatchWinsAndAllowWinsTies(String rules, String path, boolean allowed) {
        String text = "User-agent: *\n" + rules.replace("\\n", "\n") + "\n";
        assertEquals(allowed, RobotsTxt.parse(text, "techdir").allowed(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *\\nCrawl-delay: 2                                 | 2000
            User-agent: *\\nCrawl-delay: 0.25                              | 250
            User-agent: techdir\\nCrawl-delay: 5\\nUser-agent: *\\nCrawl-delay: 1 | 5000
            User-agent: *\\nCrawl-delay: soon                              | -1
            User-agent: *\\nCrawl-delay: 100000                            | 100000000
            """)
    void readsCrawlDelayOfTheChosenGroup(String text, long millis) {
        // Row 3: our own group wins over "*".
        OptionalLong delay = RobotsTxt.parse(text.replace("\\n", "\n"), "techdir").crawlDelayMillis();
        assertEquals(millis, delay.orElse(-1));
    }

    @org.junit.jupiter.api.Test
    void aByteOrderMarkDoesNotHideTheFirstGroup() {
        // as the audit's board sent it: EF BB BF, then "User-agent: *"
        String text = new String(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                java.nio.charset.StandardCharsets.UTF_8) + "User-agent: *\nDisallow: /pl/\n";
        assertEquals(false, RobotsTxt.parse(text, "techdir").allowed("/pl/a.html"));
        assertEquals(true, RobotsTxt.parse(text, "techdir").allowed("/jobs/"));
    }

    @org.junit.jupiter.api.Test
    void unreachableMeansDisallowAllAndMissingMeansAllowAll() {
        assertEquals(false, RobotsTxt.refuseAll("robots.txt unreachable").allowed("/jobs/"));
        assertEquals(true, RobotsTxt.refuseAll("robots.txt unreachable").allowed("/robots.txt"));
        assertEquals(true, RobotsTxt.allowAll().allowed("/jobs/"));
    }
}
