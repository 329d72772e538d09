package io.techdir.gather;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A source as named on the command line: {@code KIND:LOCATION[?NAME=VALUE&...]}, for example
 * {@code csv:data/samples/hellowork}, {@code csv:export.csv?mapping=hellowork&delimiter=;} or
 * {@code francetravail:data/samples/francetravail}, {@code
 * web:https://example.org/jobs/?crawl-delay=2000&profile=example-cards}, {@code
 * html:data/raw/20250101T120000Z} or {@code francetravail-api:directeur technique?rome=M1801}.
 *
 * <p>Kinds and their options: {@code csv} takes {@code mapping} (a mapping name such as
 * {@code hellowork}, {@code none} for the generic format, or a path ending in
 * {@code .properties}), {@code source} (source name), {@code delimiter} (one character, or
 * {@code tab}) and {@code encoding} (a charset, default UTF-8); {@code francetravail} takes
 * {@code source}. {@code web} (a listing page or a {@code sitemap.xml} URL) takes {@code source},
 * {@code profile} (a site profile name or a {@code .properties} path), {@code crawl-delay}
 * and {@code max-crawl-delay} (milliseconds), {@code max-pages}, {@code max-concurrent}, {@code hosts} (further hosts
 * allowed, comma-separated) and {@code sitemap} ({@code true} when the URL is a sitemap not
 * ending in {@code .xml}); {@code html} (a landing-zone run folder, the landing zone's root,
 * or a folder of saved pages) takes {@code source} and {@code profile}; {@code
 * francetravail-api} (keywords, or {@code *} for none) takes {@code rome}, {@code
 * appellation}, {@code departement} (each comma-separated), {@code max-results}, {@code
 * page-size}, {@code crawl-delay}, {@code source}, {@code token-url}, {@code search-url} and {@code scope}. The
 * location runs to the first {@code ?}, so a listing URL cannot carry a query of its own. Option
 * values are checked when the reader is built ({@link SourceReaders#forSpec(SourceSpec)}),
 * their names here.
 *
 * @param kind the reader kind, lower case: {@code csv}, {@code francetravail}, {@code
 *     francetravail-api}, {@code html} or {@code web}
 * @param location a file or a folder, a URL, or the API search's keywords
 * @param options reader options in the order given (never null; unmodifiable)
 */
public record SourceSpec(String kind, String location, Map<String, String> options)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kind of the generic CSV reader. */
    public static final String CSV = "csv";
    /** The kind of the France Travail JSON reader. */
    public static final String FRANCE_TRAVAIL = "francetravail";
    /** The kind of the France Travail "Offres d'emploi" API reader. */
    public static final String FRANCE_TRAVAIL_API = "francetravail-api";
    /** The kind of the landing-zone (saved pages) reader. */
    public static final String HTML = "html";
    /** The kind of the web crawler. */
    public static final String WEB = "web";
    /** Every kind, for messages. */
    static final String KINDS = String.join(", ", CSV, FRANCE_TRAVAIL, FRANCE_TRAVAIL_API, HTML, WEB);

    private static final Map<String, List<String>> OPTIONS = Map.of(
            CSV, List.of("mapping", "source", "delimiter", "encoding"),
            FRANCE_TRAVAIL, List.of("source"),
            FRANCE_TRAVAIL_API, List.of("rome", "appellation", "departement", "max-results",
                    "page-size", "crawl-delay", "source", "token-url", "search-url", "scope"),
            HTML, List.of("source", "profile"),
            WEB, List.of("source", "profile", "crawl-delay", "max-crawl-delay", "max-pages",
                    "max-concurrent",
                    "hosts", "sitemap"));

    /** Checks the kind, the location and the option names, and copies the options. */
    public SourceSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        if (!OPTIONS.containsKey(kind)) {
            throw new BadSourceException("bad source kind '" + kind
                    + "'; expected one of " + KINDS);
        }
        if (location.isBlank()) {
            throw new BadSourceException("bad source location '" + location
                    + "'; expected a file or folder");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : (options == null ? Map.<String, String>of() : options)
                .entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "option name");
            if (!OPTIONS.get(kind).contains(name)) {
                throw new BadSourceException("bad source option '" + name + "' for "
                        + kind + "; expected one of " + String.join(", ", OPTIONS.get(kind)));
            }
            copy.put(name, Objects.requireNonNull(e.getValue(), "option value"));
        }
        options = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses {@code "csv:PATH"}, {@code "csv:PATH?mapping=hellowork&source=NAME&delimiter=;"},
     * {@code "francetravail:PATH"}, {@code "web:URL?crawl-delay=50"}, {@code "html:DIR"}.
     *
     * @throws IllegalArgumentException for an unknown kind or an empty location, with the
     *     message {@code bad --source 'X'; expected KIND:LOCATION with KIND one of csv,
     *     francetravail, francetravail-api, html, web}; for an unknown, repeated or empty option, a message naming it
     */
    public static SourceSpec parse(String text) {
        return parse(text, "bad --source '" + text + "'");
    }

    /**
     * {@link #parse(String)} of a source given elsewhere than in {@code --source}: the messages
     * start with {@code named} instead of {@code bad --source 'X'}, e.g. a job file's {@code
     * jobs/x.properties: field 'source.1' has value 'nonsense'; expected KIND:LOCATION with KIND
     * one of ...}.
     *
     * @param named the start of every message: where the text was given, and the text
     */
    public static SourceSpec parse(String text, String named) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw bad(named);
        }
        String kind = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String rest = text.substring(colon + 1);
        int query = rest.indexOf('?');
        String location = query < 0 ? rest : rest.substring(0, query);
        if (!OPTIONS.containsKey(kind) || location.isBlank()) {
            throw bad(named);
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new BadSourceException(named + ": option '"
                            + pair + "'; expected NAME=VALUE with NAME one of "
                            + String.join(", ", OPTIONS.get(kind)));
                }
                if (!OPTIONS.get(kind).contains(name)) {
                    throw new BadSourceException(named
                            + ": unknown option '" + name + "'; expected one of "
                            + String.join(", ", OPTIONS.get(kind)));
                }
                if (options.put(name, pair.substring(eq + 1)) != null) {
                    throw new BadSourceException(named
                            + ": repeated option '" + name + "'; expected each option once");
                }
            }
        }
        return new SourceSpec(kind, location, options);
    }

    /** The value of an option, or {@code null} when it was not given. */
    public String option(String name) {
        return options.get(name);
    }

    /** The text form {@code KIND:LOCATION[?NAME=VALUE&...]}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind).append(':').append(location);
        char separator = '?';
        for (Map.Entry<String, String> e : options.entrySet()) {
            text.append(separator).append(e.getKey()).append('=').append(e.getValue());
            separator = '&';
        }
        return text.toString();
    }

    private static IllegalArgumentException bad(String named) {
        return new BadSourceException(named + "; expected KIND:LOCATION with KIND one of " + KINDS);
    }
}
