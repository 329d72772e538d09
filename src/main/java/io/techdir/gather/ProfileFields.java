package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a posting page with a {@link SiteProfile}'s selectors into the JSON-LD shape (a salary
 * stays text), so one mapping serves every extraction. Pure.
 */
final class ProfileFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileFields() {
    }

    /** The posting, or empty when the profile has no selectors or its title selector finds nothing. */
    static Optional<JsonNode> extract(Document doc, SiteProfile profile, String url) {
        if (!profile.hasPostingSelectors()) {
            return Optional.empty();
        }
        String title = field(doc, profile, "title");
        if (title == null) {
            return Optional.empty();
        }
        ObjectNode o = NODES.objectNode();
        o.put("@type", "JobPosting");
        o.put("title", title);
        String id = field(doc, profile, "id");
        String fromUrl = profile.get("id.from_url");
        if (id == null && fromUrl != null) {
            Matcher m = Pattern.compile(fromUrl).matcher(url);
            if (m.find()) {
                id = m.groupCount() >= 1 ? m.group(1) : m.group();
            }
        }
        put(o, "identifier", id);
        String company = field(doc, profile, "company");
        if (company != null) {
            o.putObject("hiringOrganization").put("name", company);
        }
        String location = field(doc, profile, "location");
        String postal = field(doc, profile, "postal_code");
        String country = field(doc, profile, "country");
        if (location != null || postal != null || country != null) {
            ObjectNode address = o.putObject("jobLocation").putObject("address");
            put(address, "addressLocality", location);
            put(address, "postalCode", postal);
            put(address, "addressCountry", country);
        }
        put(o, "employmentType", field(doc, profile, "contract"));
        put(o, "baseSalary", field(doc, profile, "salary"));
        put(o, "experienceRequirements", field(doc, profile, "experience"));
        put(o, "educationRequirements", field(doc, profile, "education"));
        put(o, "description", field(doc, profile, "description"));
        put(o, "datePosted", field(doc, profile, "date_posted"));
        put(o, "industry", field(doc, profile, "sector"));
        put(o, "x-companySize", field(doc, profile, "company_size"));
        put(o, "x-remote", field(doc, profile, "remote"));
        return Optional.of(o);
    }

    private static String field(Document doc, SiteProfile profile, String name) {
        String value = profile.get("posting." + name);
        if (value == null) {
            return null;
        }
        Element e = doc.selectFirst(SiteProfile.selector(value));
        if (e == null) {
            return null;
        }
        String attribute = SiteProfile.attribute(value);
        String text = attribute != null ? (attribute.equals("href") || attribute.equals("src")
                ? e.absUrl(attribute) : e.attr(attribute))
                : name.equals("description") ? HtmlText.of(e) : e.text();
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
