package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses one stored posting page into records: JSON-LD {@code JobPosting}s first, then
 * microdata, then the site profile's selectors; a page with none yields one {@code NO_POSTING}
 * reject ({@code BAD_JSON_LD} when a malformed JSON-LD script may have held it). One posting
 * has the page URL as its record; several have {@code URL#1}, {@code URL#2}, ... The charset
 * comes from the {@code Content-Type} header, else the page's BOM or {@code <meta>}, else UTF-8.
 * Pure: a function of the bytes and the context, so a replay gives the same records.
 */
final class PageParser {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

    private PageParser() {
    }

    /** The records of one page. */
    static List<SourceRecord> parse(byte[] bytes, PageContext page) {
        Document doc = document(bytes, page.contentType(), page.finalUrl());
        List<JsonNode> found = new ArrayList<>();
        String by = "json-ld";
        JsonLd.Found jsonLd = JsonLd.find(doc);
        found.addAll(jsonLd.postings());
        if (found.isEmpty()) {
            by = "microdata";
            found.addAll(Microdata.find(doc));
        }
        if (found.isEmpty()) {
            by = "profile";
            ProfileFields.extract(doc, page.profile(), page.url()).ifPresent(found::add);
        }
        String where = page.url() + " " + page.statusText();
        if (found.isEmpty()) {
            if (!jsonLd.errors().isEmpty()) {
                return List.of(new Reject(page.source(), page.url(), RejectCodes.BAD_JSON_LD,
                        where + ": malformed JSON-LD " + String.join(", ", jsonLd.errors())
                        + "; expected a well-formed JSON-LD JobPosting"));
            }
            return List.of(new Reject(page.source(), page.url(), RejectCodes.NO_POSTING,
                    where + ": no JobPosting in page '" + doc.title().strip() + "'; expected "
                    + "JSON-LD or microdata JobPosting" + (page.profile().hasPostingSelectors()
                    ? " or a match for posting.title of profile " + page.profile().name() : "")));
        }
        List<SourceRecord> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            String record = found.size() == 1 ? page.url() : page.url() + "#" + (i + 1);
            out.add(JobPostingMapper.toRecord(found.get(i), page, record, by));
        }
        return out;
    }

    /** The page as a jsoup document, decoded with the header's charset or jsoup's detection. */
    static Document document(byte[] bytes, String contentType, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset(contentType).orElse(null), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse a page held in memory", e);
        }
    }

    /** The supported charset a {@code Content-Type} names, if any. */
    static Optional<String> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).toUpperCase(Locale.ROOT)).name());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
