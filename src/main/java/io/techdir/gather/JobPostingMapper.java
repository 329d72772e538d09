package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One schema.org {@code JobPosting} (from JSON-LD, microdata or a profile, all in the JSON-LD
 * shape) as a {@link RawPosting}: a pure function of the object. Field by field:
 *
 * <pre>
 * identifier (text, or PropertyValue.value) -&gt; sourceId (else the page URL)   title|name -&gt; title
 * hiringOrganization.name -&gt; company     jobLocation[].address: addressLocality, addressRegion
 * -&gt; location (" ; " between places), postalCode -&gt; postalCode, addressCountry -&gt; country
 * employmentType -&gt; contract (", ")     baseSalary -&gt; salaryText via {@link StructuredSalary}
 *   (else estimatedSalary, marked "(est.)")   experienceRequirements (text, or
 * monthsOfExperience) -&gt; experienceText   educationRequirements (text, or credentialCategory)
 * -&gt; educationText   description (HTML unescaped, tags to lines) -&gt; description
 * page URL -&gt; url   datePosted -&gt; datePosted   industry -&gt; sectorLabel
 * attributes: the salary's, currency, fetched_at, extracted_by, valid_through,
 *   occupational_category, skills, remote (jobLocationType), canonical_url (JSON-LD url)
 * </pre>
 */
final class JobPostingMapper {

    private JobPostingMapper() {
    }

    /**
     * The posting, or a {@code MISSING_TITLE} reject.
     *
     * @param page the page it comes from
     * @param record the record: the page URL, or {@code URL#N} when the page holds several
     * @param extractedBy {@code json-ld}, {@code microdata} or {@code profile}
     */
    static SourceRecord toRecord(JsonNode job, PageContext page, String record, String extractedBy) {
        String title = text(job.path("title"));
        if (title == null) {
            title = text(job.path("name"));
        }
        if (title == null) {
            return new Reject(page.source(), record, RejectCodes.MISSING_TITLE, record + " "
                    + page.statusText() + ": missing title ''; expected a JobPosting with a title ("
                    + extractedBy + ")");
        }
        Map<String, String> attributes = new LinkedHashMap<>(page.profile().attributes());
        String salaryText = null;
        var base = StructuredSalary.of(job.path("baseSalary"));
        if (base.isPresent()) {
            salaryText = base.get().text();
            attributes.putAll(base.get().attributes());
        } else {
            var estimate = StructuredSalary.of(job.path("estimatedSalary"));
            if (estimate.isPresent()) {
                salaryText = estimate.get().text() + " (est.)";
                attributes.putAll(estimate.get().attributes());
                attributes.put("salary_estimated", "true");
            }
        }
        put(attributes, "fetched_at", page.fetchedAt());
        attributes.put("extracted_by", extractedBy);
        put(attributes, "valid_through", text(job.path("validThrough")));
        put(attributes, "occupational_category", join(texts(job.path("occupationalCategory")), ", "));
        put(attributes, "skills", join(texts(job.path("skills")), " ; "));
        put(attributes, "remote", first(text(job.path("jobLocationType")), text(job.path("x-remote"))));
        String canonical = absolute(page.finalUrl(), text(job.path("url")));
        if (canonical != null && !canonical.equals(page.url())) {
            attributes.put("canonical_url", canonical);
        }
        List<String> places = new ArrayList<>();
        Set<String> postal = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (JsonNode place : items(job.path("jobLocation"))) {
            JsonNode address = place.has("address") ? place.path("address") : place;
            if (address.isTextual()) {
                places.add(address.asText().strip());
                continue;
            }
            List<String> parts = new ArrayList<>();
            add(parts, text(address.path("addressLocality")));
            String region = text(address.path("addressRegion"));
            if (region != null && !parts.contains(region)) {
                add(parts, region);
            }
            if (parts.isEmpty()) {
                add(parts, text(place.path("name")));
            }
            if (!parts.isEmpty()) {
                places.add(String.join(", ", parts));
            }
            add(postal, text(address.path("postalCode")));
            JsonNode country = address.path("addressCountry");
            add(countries, country.isObject() ? first(text(country.path("identifier")),
                    text(country.path("name"))) : text(country));
        }
        String country = countries.size() == 1 ? countries.iterator().next() : null;
        return RawPosting.builder(page.source(), record)
                .sourceId(identifier(job.path("identifier"), record))
                .title(title)
                .company(organization(job.path("hiringOrganization")))
                .location(join(places, " ; "))
                .postalCode(postal.size() == 1 ? postal.iterator().next() : null)
                .country(country != null ? country : page.profile().get("country"))
                .contract(join(texts(job.path("employmentType")), ", "))
                .salaryText(salaryText)
                .experienceText(experience(job.path("experienceRequirements")))
                .educationText(education(job.path("educationRequirements")))
                .description(HtmlText.fromMarkup(text(job.path("description"))))
                .url(page.url())
                .datePosted(text(job.path("datePosted")))
                .sectorLabel(join(texts(job.path("industry")), ", "))
                .companySize(text(job.path("x-companySize")))
                .attributes(attributes)
                .build();
    }

    /** A relative link resolved against the page's URL when that is a URL; else as given. */
    private static String absolute(String base, String href) {
        if (href == null) {
            return null;
        }
        try {
            URI b = new URI(base);
            URI h = new URI(href);
            return b.isAbsolute() && !h.isAbsolute() ? b.resolve(h).toString() : href;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return href;
        }
    }

    private static String identifier(JsonNode id, String record) {
        JsonNode n = id.isArray() && id.size() > 0 ? id.get(0) : id;
        String value = n.isObject() ? first(text(n.path("value")), text(n.path("@id"))) : text(n);
        return value != null ? value : record;
    }

    private static String organization(JsonNode org) {
        JsonNode n = org.isArray() && org.size() > 0 ? org.get(0) : org;
        return n.isObject() ? text(n.path("name")) : text(n);
    }

    private static String experience(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : items(n)) {
            if (x.isObject()) {
                JsonNode months = x.path("monthsOfExperience");
                if (months.isNumber() || months.isTextual() && months.asText().strip().matches("\\d+(\\.\\d+)?")) {
                    double m = months.asDouble();
                    out.add(m % 12 == 0 ? (long) (m / 12) + " years of experience"
                            : StructuredSalary.plain(java.math.BigDecimal.valueOf(m)) + " months of experience");
                } else {
                    add(out, text(x.path("description")));
                }
            } else {
                add(out, HtmlText.fromMarkup(text(x)));
            }
        }
        return join(out, " ; ");
    }

    private static String education(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : items(n)) {
            if (x.isObject()) {
                add(out, first(text(x.path("credentialCategory")), text(x.path("name")),
                        text(x.path("description"))));
            } else {
                add(out, HtmlText.fromMarkup(text(x)));
            }
        }
        return join(out, " ; ");
    }

    private static List<JsonNode> items(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (!n.isMissingNode() && !n.isNull()) {
            out.add(n);
        }
        return out;
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : items(n)) {
            add(out, x.isObject() ? first(text(x.path("name")), text(x.path("@id"))) : text(x));
        }
        return out;
    }

    /**
     * A JSON-LD value as text, stripped, or null when it says nothing: a string or number; of an
     * array, the first element that says something; of a value object ({@code {"@value": ...}}),
     * its value. Other objects give null.
     */
    static String text(JsonNode n) {
        if (n != null && n.isArray()) {
            // several values ("title": ["CTO"]): the first that says something
            for (JsonNode x : n) {
                String t = text(x);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (n != null && n.isObject() && n.has("@value")) {
            return text(n.get("@value")); // a JSON-LD value object: {"@value": "CTO", "@language": "fr"}
        }
        if (n == null || !n.isValueNode() || n.isNull()) {
            return null;
        }
        String t = n.asText().strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void add(java.util.Collection<String> out, String v) {
        if (v != null && !v.isBlank() && !out.contains(v)) {
            out.add(v);
        }
    }

    private static void put(Map<String, String> map, String k, String v) {
        if (v != null) {
            map.put(k, v);
        }
    }

    private static String join(List<String> parts, String sep) {
        return parts.isEmpty() ? null : String.join(sep, parts);
    }
}
