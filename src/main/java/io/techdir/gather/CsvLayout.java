package io.techdir.gather;

import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSV file's header resolved against the generic format (and a mapping, if any), and the
 * pure function that turns one row of that file into a {@link RawPosting} or a {@link Reject}.
 */
final class CsvLayout {

    private final String file;
    private final List<String> header;
    private final CsvMapping mapping;
    private final String defaultSource;
    private final Map<CsvColumn, Integer> index;
    private final Map<Integer, String> attributeColumns;

    private CsvLayout(String file, List<String> header, CsvMapping mapping, String defaultSource,
            Map<CsvColumn, Integer> index, Map<Integer, String> attributeColumns) {
        this.file = file;
        this.header = header;
        this.mapping = mapping;
        this.defaultSource = defaultSource;
        this.index = index;
        this.attributeColumns = attributeColumns;
    }

    /** The header's names trimmed and in lower case (for signatures and matching). */
    static Set<String> normalizedNames(List<String> header) {
        Set<String> names = new LinkedHashSet<>();
        header.forEach(h -> names.add(normalize(h)));
        return names;
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Resolves a header (line 1 of {@code file}).
     *
     * @param mapping the export's mapping, or null for the generic format
     * @param defaultSource the source name of rows without a {@code source} value
     * @throws SourceFormatException {@code FILE:1: missing required column ...} or {@code
     *     FILE:1: duplicate column ...}
     */
    static CsvLayout resolve(String file, List<String> header, CsvMapping mapping,
            String defaultSource) throws SourceFormatException {
        Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
        Map<Integer, CsvColumn> taken = new LinkedHashMap<>();
        if (mapping != null) {
            for (Map.Entry<CsvColumn, String> e : mapping.columns().entrySet()) {
                for (int i = 0; i < header.size(); i++) {
                    if (normalize(header.get(i)).equals(normalize(e.getValue()))
                            && !taken.containsKey(i)) {
                        index.put(e.getKey(), i);
                        taken.put(i, e.getKey());
                        break;
                    }
                }
            }
        }
        // Other columns: a recognised name fills its field unless the mapping already did
        // (Glassdoor's "Sector" beside "Industry" mapped to sector); the rest are attributes.
        Map<Integer, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (taken.containsKey(i)) {
                continue;
            }
            Optional<CsvColumn> column = CsvColumn.find(header.get(i))
                    .filter(c -> !taken.containsValue(c));
            if (column.isPresent() && index.containsKey(column.get())) {
                throw new SourceFormatException(file + ":1: duplicate column '"
                        + header.get(i).strip() + "'; expected each column once (got: "
                        + String.join(", ", header) + ")");
            } else if (column.isPresent()) {
                index.put(column.get(), i);
            } else {
                String name = header.get(i).strip().isEmpty() ? "column_" + (i + 1)
                        : header.get(i).strip();
                attributes.put(i, attributes.containsValue(name) ? name + "_" + (i + 1) : name);
            }
        }
        List<CsvColumn> required = new ArrayList<>();
        boolean derivedId = mapping != null && (mapping.idHash() || mapping.idFromUrl() != null);
        if (!derivedId) {
            required.add(CsvColumn.SOURCE_ID);
        }
        required.add(CsvColumn.TITLE);
        for (CsvColumn column : required) {
            if (!index.containsKey(column)) {
                List<String> expected = required.stream().map(c -> exportName(mapping, c)).toList();
                String via = mapping == null || !mapping.columns().containsKey(column) ? ""
                        : " (" + column.columnName() + ", mapping " + mapping.name() + ")";
                throw new SourceFormatException(file + ":1: missing required column '"
                        + exportName(mapping, column) + "'" + via + "; expected columns "
                        + String.join(", ", expected) + " (got: " + String.join(", ", header)
                        + ")");
            }
        }
        return new CsvLayout(file, List.copyOf(header), mapping, defaultSource, index, attributes);
    }

    private static String exportName(CsvMapping mapping, CsvColumn column) {
        return mapping != null && mapping.columns().containsKey(column)
                ? mapping.columns().get(column) : column.columnName();
    }

    /** The mapping this layout uses, or null for the generic format. */
    CsvMapping mapping() {
        return mapping;
    }

    /**
     * One row (the fields of the record starting at {@code line}) as a posting, or a reject:
     * {@code MALFORMED_ROW} when its field count differs from the header's, {@code
     * MISSING_SOURCE_ID}, {@code MISSING_TITLE}.
     */
    SourceRecord toRecord(String[] values, long line) {
        String record = file + ":" + line;
        String source = Optional.ofNullable(value(values, CsvColumn.SOURCE))
                .map(s -> s.toLowerCase(Locale.ROOT)).orElse(defaultSource);
        if (values.length != header.size()) {
            return new Reject(source, record, RejectCodes.MALFORMED_ROW, record
                    + ": wrong number of fields '" + values.length + "'; expected "
                    + header.size() + " as in the header");
        }
        String sourceId = sourceId(values);
        if (sourceId == null) {
            return new Reject(source, record, RejectCodes.MISSING_SOURCE_ID, record
                    + ": missing source_id ''; expected a value in column '"
                    + exportName(mapping, CsvColumn.SOURCE_ID) + "'");
        }
        if (value(values, CsvColumn.TITLE) == null) {
            return new Reject(source, record, RejectCodes.MISSING_TITLE, record
                    + ": missing title ''; expected a value in column '"
                    + exportName(mapping, CsvColumn.TITLE) + "'");
        }
        RawPosting.Builder builder = RawPosting.builder(source, record).sourceId(sourceId);
        for (CsvColumn column : index.keySet()) {
            if (column != CsvColumn.SOURCE_ID) {
                column.set(builder, value(values, column));
            }
        }
        if (value(values, CsvColumn.COUNTRY) == null && mapping != null) {
            builder.country(mapping.country());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributeColumns.forEach((i, name) -> {
            String v = clean(null, values[i]);
            if (v != null) {
                attributes.put(name, v);
            }
        });
        if (mapping != null) {
            mapping.attributes().forEach(attributes::putIfAbsent);
        }
        return builder.attributes(attributes).build();
    }

    private String sourceId(String[] values) {
        String id = value(values, CsvColumn.SOURCE_ID);
        if (id != null || mapping == null) {
            return id;
        }
        String url = value(values, CsvColumn.URL);
        if (mapping.idFromUrl() != null && url != null) {
            Matcher m = mapping.idFromUrl().matcher(url);
            if (m.find() && m.groupCount() >= 1 && m.group(1) != null) {
                return m.group(1);
            }
        }
        return mapping.idHash() ? hash(values) : null;
    }

    private String value(String[] values, CsvColumn column) {
        Integer i = index.get(column);
        return i == null || i >= values.length ? null : clean(column, values[i]);
    }

    private String clean(CsvColumn column, String raw) {
        String v = raw;
        Pattern pattern = mapping == null || column == null ? null : mapping.clean().get(column);
        if (pattern != null) {
            v = pattern.matcher(v).replaceAll("");
        }
        v = v.strip();
        return v.isEmpty() || (mapping != null && mapping.nullValues().contains(v)) ? null : v;
    }

    /** The first 16 hex digits of SHA-256 over the row's fields, separated by U+001F. */
    static String hash(String[] values) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\u001f", Arrays.asList(values))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
