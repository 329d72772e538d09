package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.TurkishLocale;
import io.techdir.normalize.SalaryContext;
import io.techdir.normalize.SalaryParser;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.Salary;
import io.techdir.posting.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page parser on small pages. Amounts come from real France Travail offers of
 * ft-2024-11-it-1049.json / ft-2024-11-mixed-521.json (offer ids in the rows), written as the
 * schema.org {@code baseSalary} shapes boards publish; the day rate and the USD range are Glassdoor
 * and data README examples ("440 € - 580 € par jour", "$110K-$150K"). Runs under a Turkish default
 * locale (unit texts are upper-cased with Locale.ROOT).
 */
@ExtendWith(TurkishLocale.class)
class PageParserTest {

    private static List<SourceRecord> parse(String head, String body) {
        String html = "<html><head><title>t</title>" + head + "</head><body>" + body + "</body></html>";
        return PageParser.parse(html.getBytes(StandardCharsets.UTF_8), new PageContext(
                "https://board.example/jobs/1", 200, "text/html; charset=utf-8", "2024-11-28T12:00:00Z",
                "board", SiteProfile.NONE));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # offer   | baseSalary JSON                                                                                                       | salaryText                  | min  | max   | period | currency
            184TLPS   | {"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":45000,"maxValue":65000,"unitText":"YEAR"}} | 45000-65000 EUR per year | 45000 | 65000 | YEAR | EUR
            8402151   | {"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","value":2118,"unitText":"MONTH"}}      | 2118 EUR per month          | 2118  | 2118  | MONTH  | EUR
            184SLJW   | {"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","value":"11.88","unitText":"HOUR"}}    | 11.88 EUR per hour          | 11.88 | 11.88 | HOUR   | EUR
            184RGCB   | {"currency":"eur","value":{"minValue":"1801,80","maxValue":2100.0,"unitText":"month"}}                                 | 1801.8-2100 EUR per month   | 1801.8 | 2100 | MONTH  | EUR
            readme    | {"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":440,"maxValue":580,"unitText":"DAY"}} | 440-580 EUR per day       | 440   | 580   | DAY    | EUR
            readme    | [{"@type":"MonetaryAmount","currency":"USD","value":{"minValue":110000,"maxValue":150000,"unitText":"YEAR"}}]          | 110000-150000 USD per year  | 110000 | 150000 | YEAR | USD
            184TLPS   | {"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":45000,"unitText":"YEAR"}}   | from 45000 EUR per year     | 45000 |       | YEAR   | EUR
            184TLPS   | {"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","maxValue":65000,"unitText":"YEAR"}}   | up to 65000 EUR per year    |       | 65000 | YEAR   | EUR
            184TLPS   | "Annuel de 45000.0 Euros à 65000.0 Euros sur 12.0 mois"                                                               | Annuel de 45000.0 Euros à 65000.0 Euros sur 12.0 mois | 45000 | 65000 | YEAR | EUR
            audit     | {"currency":"EUR","value":{"minValue":"45,000","maxValue":"55,000","unitText":"YEAR"}}                               | 45000-55000 EUR per year    | 45000 | 55000 | YEAR   | EUR
            audit     | {"currency":"EUR","value":{"minValue":"45.000","maxValue":"55.000","unitText":"YEAR"}}                               | 45000-55000 EUR per year    | 45000 | 55000 | YEAR   | EUR
            audit     | {"currency":"EUR","value":{"minValue":"45k","maxValue":"55k","unitText":"YEAR"}}                                     | 45000-55000 EUR per year    | 45000 | 55000 | YEAR   | EUR
            audit     | {"currency":"EUR","value":{"minValue":"45,000.00","maxValue":"55,000.00","unitText":"YEAR"}}                         | 45000-55000 EUR per year    | 45000 | 55000 | YEAR   | EUR
            audit     | {"currency":"EUR","value":{"minValue":"45 k€","maxValue":"55 k€","unitText":"YEAR"}}                                 | 45 k€-55 k€ EUR per year    | 45000 | 55000 | YEAR   | EUR
            """)
    void structuredSalariesKeepTheirExactAmountsThroughTheSalaryParser(String offer, String json,
            String text, Double min, Double max, String period, String currency) {
        RawPosting p = (RawPosting) parse(ld("{\"@type\":\"JobPosting\",\"title\":\"Offre " + offer
                + "\",\"baseSalary\":" + json + "}"), "").get(0);
        assertEquals(text, p.salaryText());
        Salary s = SalaryParser.standard().parse(p.salaryText(), null,
                new SalaryContext(p.attributes().getOrDefault("currency", "EUR"), false));
        assertEquals(min, s.min(), s.toString());
        assertEquals(max, s.max(), s.toString());
        assertEquals(period, s.period().name());
        assertEquals(currency, s.currency());
        assertTrue(s.flags().stream().noneMatch(f -> f.equals("PERIOD_INFERRED")), s.flags().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # page head                                                                                       | records
            {"@context":"https://schema.org","@type":"JobPosting","title":"A"}                                  | https://board.example/jobs/1
            [{"@type":"JobPosting","title":"A"},{"@type":"JobPosting","title":"B"}]                            | https://board.example/jobs/1#1 https://board.example/jobs/1#2
            {"@graph":[{"@type":"WebPage"},{"@type":["JobPosting"],"title":"A"}]}                              | https://board.example/jobs/1
            {"@type":"WebPage","mainEntity":{"@type":"schema:JobPosting","title":"A"}}                         | https://board.example/jobs/1
            """)
    void findsJobPostingsInEveryJsonLdShape(String json, String records) {
        assertEquals(List.of(records.split(" ")), parse(ld(json), "").stream().map(SourceRecord::record).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # JSON-LD as boards write it (gather audit: each was NO_POSTING or MISSING_TITLE)              | title | company
            {"@type":"jobposting","title":"CTO","hiringOrganization":"Acme"}                                | CTO   | Acme
            {"@type":"JobPosting","title":["CTO",""],"hiringOrganization":{"name":["Acme"]}}              | CTO   | Acme
            {"@type":"JobPosting","title":{"@value":"CTO","@language":"fr"},"hiringOrganization":"Acme"}   | CTO   | Acme
            {"@type":"JobPosting","title":[{"@value":" "},{"@value":"CTO"}],"hiringOrganization":"Acme"}  | CTO   | Acme
            """)
    void readsTypesInAnyCaseAndValuesGivenAsArraysOrValueObjects(String json, String title, String company) {
        RawPosting p = (RawPosting) parse(ld(json), "").get(0);
        assertEquals(title, p.title());
        assertEquals(company, p.company());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # scripts (' && ' between two); gather audit: the company was empty                               | company | location
            {"@graph":[{"@type":"Organization","@id":"#org","name":"Acme"},{"@type":"JobPosting","title":"CTO","hiringOrganization":{"@id":"#org"}}]} | Acme | null
            {"@type":"Organization","@id":"https://board.example/#org","name":"Acme"} && {"@type":"JobPosting","title":"CTO","hiringOrganization":{"@type":"Organization","@id":"https://board.example/#org"}} | Acme | null
            {"@type":"JobPosting","title":"CTO","hiringOrganization":[{"@id":"https://board.example/jobs/1#org"}]} && {"@graph":[{"@id":"#org","name":"Acme"}]} | Acme | null
            {"@graph":[{"@id":"#org","name":"Acme","location":{"@id":"#lyon"}},{"@id":"#lyon","address":{"addressLocality":"Lyon"}},{"@type":"JobPosting","title":"CTO","hiringOrganization":{"@id":"#org"},"jobLocation":{"@id":"#lyon"}}]} | Acme | Lyon
            {"@graph":[{"@id":"#org","name":"Acme","parentOrganization":{"@id":"#org"}},{"@type":"JobPosting","title":"CTO","hiringOrganization":{"@id":"#org"}}]} | Acme | null
            {"@type":"JobPosting","title":"CTO","hiringOrganization":{"@id":"#nowhere"}}                              | null | null
            """)
    void resolvesReferencesByIdWithinThePagesJsonLd(String scripts, String company, String location) {
        StringBuilder head = new StringBuilder();
        for (String script : scripts.split(" && ")) {
            head.append(ld(script));
        }
        List<SourceRecord> records = parse(head.toString(), "");
        assertEquals(1, records.size(), records.toString());
        RawPosting p = (RawPosting) records.get(0);
        assertEquals(company, p.company());
        assertEquals(location, p.location());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # description as published in the JSON-LD                                   | text
            &lt;p&gt;Vos missions&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Piloter la DSI&lt;/li&gt;&lt;/ul&gt; | Vos missions\\n\\nPiloter la DSI
            &amp;lt;p&amp;gt;R&amp;amp;D &amp;amp; cloud&amp;lt;/p&amp;gt;             | R&D & cloud
            <p>Bac+5 <b>exigé</b></p><p>5 ans</p>                                       | Bac+5 exigé\\n\\n5 ans
            Ligne 1\\nLigne 2                                                            | Ligne 1\\nLigne 2
            """)
    void unescapesHtmlDescriptions(String description, String text) {
        String json = "{\"@type\":\"JobPosting\",\"title\":\"A\",\"description\":\""
                + description.replace("\"", "\\\"") + "\"}";
        RawPosting p = (RawPosting) parse(ld(json), "").get(0);
        assertEquals(text.replace("\\n", "\n"), p.description());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # page                                                                | code        | reason
            {"@type":"JobPosting","title":"A",}                                     | none        |
            {"@type":"JobPosting" "title":"A"}                                      | BAD_JSON_LD | https://board.example/jobs/1 status=200: malformed JSON-LD 'Unexpected character ('"' (code 34)): was expecting comma to separate Object entries' (script 1, line 1); expected a well-formed JSON-LD JobPosting
            {"@type":"Organization","name":"X"}                                     | NO_POSTING  | https://board.example/jobs/1 status=200: no JobPosting in page 't'; expected JSON-LD or microdata JobPosting
            {"@type":"JobPosting","description":"no title"}                         | MISSING_TITLE | https://board.example/jobs/1 status=200: missing title ''; expected a JobPosting with a title (json-ld)
            """)
    void rejectsPagesWithoutAPostingNamingTheUrlAndStatus(String json, String code, String reason) {
        SourceRecord r = parse(ld(json), "").get(0);
        if (code.equals("none")) {
            assertEquals("A", ((RawPosting) r).title()); // a trailing comma is tolerated
            return;
        }
        assertEquals(code, ((Reject) r).code());
        assertEquals(reason, ((Reject) r).reason());
        assertEquals("https://board.example/jobs/1", r.record());
    }
}
