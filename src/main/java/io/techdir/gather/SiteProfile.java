package io.techdir.gather;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jsoup.select.Selector;

/**
 * A site profile: how one board lays out its pages when they carry no JSON-LD or microdata. A
 * small properties file, {@code data/sources/NAME.profile.properties} (on the classpath as
 * {@code /sources/NAME.profile.properties}), or any path ending in {@code .properties}. Keys:
 *
 * <pre>
 * source=NAME                  source name of its postings (default: the profile name)
 * country=FR                   default country
 * attribute.currency=EUR       extra attributes of every posting (currency: default currency)
 * listing.links=CSS            links to posting pages on a listing page
 * listing.next=CSS             the next listing page's link (default: rel="next")
 * listing.page_param=page      or: pages by a query parameter, 2, 3, ... until a page adds no link
 * posting.title=CSS            required for selector extraction; the posting fields:
 * posting.id, posting.company, posting.location, posting.postal_code, posting.country,
 * posting.contract, posting.salary, posting.experience, posting.education, posting.description,
 * posting.date_posted, posting.sector, posting.company_size, posting.remote
 * id.from_url=REGEX            the posting id is group 1 of this pattern on the URL
 * </pre>
 *
 * A field's value is {@code CSS} (the first match's text; the description keeps line breaks) or
 * {@code CSS@attribute} (an attribute, e.g. {@code time.posted@datetime}). Selectors and the
 * pattern are checked when the profile loads.
 *
 * @param name the profile's name (or path)
 * @param values its keys and values (unmodifiable)
 */
record SiteProfile(String name, Map<String, String> values) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The fields of {@code posting.*} keys, in the order of {@link io.techdir.posting.RawPosting}. */
    static final List<String> FIELDS = List.of("id", "title", "company", "location", "postal_code",
            "country", "contract", "salary", "experience", "education", "description",
            "date_posted", "sector", "company_size", "remote");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(.*\\S)\\s*@([a-zA-Z][a-zA-Z0-9_:-]*)$");
    private static final Map<String, SiteProfile> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** No profile: JSON-LD and microdata only, default link discovery. */
    static final SiteProfile NONE = new SiteProfile("", Map.of());

    SiteProfile {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Loads a profile by name ({@code /sources/NAME.profile.properties}) or path; cached.
     *
     * @throws IllegalArgumentException {@code unknown profile 'x'; expected a name with
     *     data/sources/x.profile.properties, or a path ending in .properties}, or a message
     *     naming the bad key
     */
    static SiteProfile load(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isEmpty()) {
            return NONE;
        }
        return LOADED.computeIfAbsent(nameOrPath, SiteProfile::read);
    }

    private static SiteProfile read(String nameOrPath) {
        Properties p = new Properties();
        boolean path = nameOrPath.endsWith(".properties");
        try (InputStream in = path ? Files.newInputStream(Path.of(nameOrPath))
                : NAME.matcher(nameOrPath).matches()
                ? SiteProfile.class.getResourceAsStream("/sources/" + nameOrPath + ".profile.properties")
                : null) {
            if (in == null) {
                throw unknown(nameOrPath);
            }
            try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            if (path) {
                throw new BadSourceException("profile '" + nameOrPath + "': cannot read ("
                        + RecordIterator.describe(e) + "); expected a readable .properties file", e);
            }
            throw unknown(nameOrPath);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k).strip()));
        SiteProfile profile = new SiteProfile(nameOrPath, values);
        profile.validate();
        return profile;
    }

    private static IllegalArgumentException unknown(String name) {
        return new BadSourceException("unknown profile '" + name + "'; expected a name with "
                + "data/sources/" + name + ".profile.properties, or a path ending in .properties");
    }

    private void validate() {
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            String where = "profile '" + name + "': " + key;
            boolean known = key.equals("source") || key.equals("country") || key.startsWith("attribute.")
                    || key.equals("id.from_url") || key.equals("listing.page_param")
                    || key.equals("listing.links") || key.equals("listing.next")
                    || key.startsWith("posting.") && FIELDS.contains(key.substring(8));
            if (!known) {
                throw new BadSourceException(where + ": unknown key '" + key
                        + "'; expected source, country, attribute.*, listing.links, listing.next, "
                        + "listing.page_param, id.from_url or posting." + String.join("|", FIELDS));
            }
            try {
                if (key.startsWith("listing.links") || key.startsWith("listing.next")
                        || key.startsWith("posting.")) {
                    Selector.evaluatorOf(selector(e.getValue()));
                } else if (key.equals("id.from_url")) {
                    Pattern.compile(e.getValue());
                }
            } catch (IllegalArgumentException | Selector.SelectorParseException x) {
                throw new BadSourceException(where + ": bad value '" + e.getValue()
                        + "'; expected a CSS selector (or CSS@attribute) or a regular expression ("
                        + x.getMessage() + ")", x);
            }
        }
        String source = values.get("source");
        if (source != null && !NAME.matcher(source).matches()) {
            throw new BadSourceException("profile '" + name + "': source '" + source
                    + "'; expected a lower-case name such as hellowork");
        }
    }

    /** A key's value, or null. */
    String get(String key) {
        return values.get(key);
    }

    /** Whether the profile can extract postings with selectors. */
    boolean hasPostingSelectors() {
        return values.containsKey("posting.title");
    }

    /** The source name of this profile's postings, or null. */
    String source() {
        return values.get("source");
    }

    /** {@code attribute.*} values by attribute name. */
    Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("attribute.")) {
                out.put(k.substring(10), v);
            }
        });
        return out;
    }

    /** The CSS part of a field value ({@code CSS} or {@code CSS@attribute}). */
    static String selector(String value) {
        var m = ATTRIBUTE.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    /** The attribute part of a field value, or null for the element's text. */
    static String attribute(String value) {
        var m = ATTRIBUTE.matcher(value);
        return m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : null;
    }
}
