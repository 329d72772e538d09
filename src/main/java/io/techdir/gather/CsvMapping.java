package io.techdir.gather;

import io.techdir.posting.RawPosting;
import io.techdir.posting.SalaryPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a board's CSV export maps onto the generic format: read from a small properties file
 * ({@code data/sources/NAME.properties}, on the classpath as {@code /sources/NAME.properties}).
 * The keys are documented in {@code data/samples/README.md} (section "Mappings").
 *
 * @param name the mapping's name ({@code hellowork}) or the file it was read from
 * @param source the source name its postings get
 * @param country default country of its postings, or null
 * @param signature header names (lower case) that together identify the export
 * @param columns for a recognised column, the export's header name that holds it (an empty
 *     name means the column whose header is empty, such as a pandas index)
 * @param clean for a column, a pattern whose matches are removed from its values
 * @param nullValues values that mean "none" (such as Glassdoor's {@code -1})
 * @param attributes constant attributes every posting gets (such as {@code currency=USD})
 * @param idFromUrl where {@code source_id} is empty, group 1 of this pattern in the url, or null
 * @param idHash where {@code source_id} is still empty, a hash of the row's values
 */
record CsvMapping(
        String name,
        String source,
        String country,
        List<String> signature,
        Map<CsvColumn, String> columns,
        Map<CsvColumn, Pattern> clean,
        Set<String> nullValues,
        Map<String, String> attributes,
        Pattern idFromUrl,
        boolean idHash) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The mappings shipped in {@code data/sources/}, tried in this order by auto-detection. */
    static final List<String> BUILT_IN = List.of("glassdoor", "hellowork");

    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");
    private static final String KEYS = "source, country, signature, null_values, id.from_url, "
            + "id.hash, column.COLUMN, clean.COLUMN, attribute.NAME";

    CsvMapping {
        signature = List.copyOf(signature);
        columns = Map.copyOf(columns);
        clean = Map.copyOf(clean);
        nullValues = Set.copyOf(nullValues);
        attributes = Map.copyOf(attributes);
    }

    /** True when every signature name is among the header's names (any case). */
    boolean matches(List<String> header) {
        Set<String> names = CsvLayout.normalizedNames(header);
        return !signature.isEmpty() && names.containsAll(signature);
    }

    /**
     * A shipped mapping ({@code hellowork}) or a mapping file (a path ending in {@code
     * .properties}).
     *
     * @throws IllegalArgumentException naming the mapping when it is unknown or invalid
     */
    static CsvMapping load(String nameOrPath) {
        if (nameOrPath.endsWith(".properties")) {
            Path path = Path.of(nameOrPath);
            try (InputStream in = Files.newInputStream(path)) {
                return parse(nameOrPath, nameOrPath, read(in));
            } catch (IOException e) {
                throw new BadSourceException(nameOrPath + ": cannot read mapping ("
                        + RecordIterator.describe(e) + "); expected a readable .properties file", e);
            }
        }
        String resource = "/sources/" + nameOrPath + ".properties";
        InputStream in = BUILT_IN.contains(nameOrPath)
                ? CsvMapping.class.getResourceAsStream(resource) : null;
        if (in == null) {
            throw new BadSourceException("unknown mapping '" + nameOrPath
                    + "'; expected one of " + String.join(", ", BUILT_IN)
                    + ", none, or a path ending in .properties");
        }
        try (in) {
            return parse(nameOrPath, "sources/" + nameOrPath + ".properties", read(in));
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": cannot read the shipped mapping", e);
        }
    }

    private static Properties read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * Builds a mapping from its properties; {@code where} names the file in messages.
     *
     * @throws IllegalArgumentException {@code WHERE: unknown key 'k'; expected ...} and the like
     */
    static CsvMapping parse(String name, String where, Properties properties) {
        Map<CsvColumn, String> columns = new EnumMap<>(CsvColumn.class);
        Map<CsvColumn, Pattern> clean = new EnumMap<>(CsvColumn.class);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith("column.")) {
                columns.put(CsvColumn.require(where + ": key '" + key + "'",
                        key.substring("column.".length())), value);
            } else if (key.startsWith("clean.")) {
                clean.put(CsvColumn.require(where + ": key '" + key + "'",
                        key.substring("clean.".length())), compile(where, key, value));
            } else if (key.startsWith("attribute.") && key.length() > "attribute.".length()) {
                String attribute = key.substring("attribute.".length());
                if (attribute.equals(RawPosting.SALARY_TRUNCATED_PERIODS)) {
                    // checked here, once: a bad name would otherwise fail every posting's normalization
                    try {
                        SalaryPeriod.setOf(value);
                    } catch (IllegalArgumentException e) {
                        throw new BadSourceException(where + ": key '" + key + "': " + e.getMessage());
                    }
                }
                attributes.put(attribute, value);
            } else if (!Set.of("source", "country", "signature", "null_values", "id.from_url",
                    "id.hash").contains(key)) {
                throw new BadSourceException(where + ": unknown key '" + key
                        + "'; expected one of " + KEYS);
            }
        }
        String source = properties.getProperty("source", "").strip();
        if (!SOURCE_NAME.matcher(source).matches()) {
            throw new BadSourceException(where + ": bad source '" + source
                    + "'; expected a lower-case name such as hellowork");
        }
        String hash = properties.getProperty("id.hash", "false").strip();
        if (!hash.equals("true") && !hash.equals("false")) {
            throw new BadSourceException(where + ": bad id.hash '" + hash
                    + "'; expected true or false");
        }
        String url = properties.getProperty("id.from_url", "").strip();
        String country = properties.getProperty("country", "").strip();
        return new CsvMapping(name, source, country.isEmpty() ? null : country,
                list(properties.getProperty("signature", "")).stream()
                        .map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                columns, clean, Set.copyOf(list(properties.getProperty("null_values", ""))),
                attributes, url.isEmpty() ? null : compile(where, "id.from_url", url),
                Boolean.parseBoolean(hash));
    }

    private static List<String> list(String value) {
        return value.isBlank() ? List.of()
                : Arrays.asList(LIST_SEPARATOR.split(value.strip()));
    }

    private static Pattern compile(String where, String key, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BadSourceException(where + ": bad " + key + " '" + regex
                    + "'; expected a Java regular expression (" + e.getDescription() + ")", e);
        }
    }
}
