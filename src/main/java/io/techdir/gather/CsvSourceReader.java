package io.techdir.gather;

import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code csv:} sources: the generic CSV posting format, or a board export through a
 * mapping, given with {@code mapping=} or detected per file from its header (a header holding
 * every column of a shipped mapping's signature uses that mapping; otherwise the generic format).
 */
final class CsvSourceReader implements SourceReader {

    private static final long serialVersionUID = 1L;
    /** The source name of generic CSV rows without a {@code source} value or option. */
    static final String DEFAULT_SOURCE = "csv";
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private final SourceSpec spec;
    private final CsvMapping forced;
    private final boolean generic;
    private final List<CsvMapping> candidates;
    private final Character delimiter;
    private final String charset;
    private final String sourceOption;

    /**
     * A reader for a {@code csv:} spec; loads the mapping it names (or, without one, the
     * shipped mappings for auto-detection).
     *
     * @throws IllegalArgumentException for a bad option value, naming the spec
     */
    CsvSourceReader(SourceSpec spec) {
        this.spec = spec;
        String mapping = spec.option("mapping");
        generic = "none".equals(mapping);
        try {
            forced = mapping == null || generic ? null : CsvMapping.load(mapping);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        candidates = mapping == null
                ? CsvMapping.BUILT_IN.stream().map(CsvMapping::load).toList() : List.of();
        delimiter = parseDelimiter(spec.option("delimiter"));
        charset = parseCharset(spec.option("encoding")).name();
        sourceOption = spec.option("source");
        if (sourceOption != null && !SOURCE_NAME.matcher(sourceOption).matches()) {
            throw bad("source '" + sourceOption + "'; expected a lower-case name such as hellowork");
        }
    }

    private IllegalArgumentException bad(String what) {
        return new BadSourceException("bad --source '" + spec + "': " + what);
    }

    private Character parseDelimiter(String value) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
            return '\t';
        }
        if (value.length() != 1 || "\"\r\n".indexOf(value.charAt(0)) >= 0) {
            throw bad("delimiter '" + value + "'; expected one character such as ; or , (or tab)");
        }
        return value.charAt(0);
    }

    private Charset parseCharset(String value) {
        if (value == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(value);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw bad("encoding '" + value + "'; expected a charset such as UTF-8 or windows-1252");
        }
    }

    @Override
    public SourceSpec spec() {
        return spec;
    }

    @Override
    public List<String> files() throws SourceUnavailableException {
        return SourceFiles.list(spec.location(), ".csv");
    }

    @Override
    public void check(String file) throws SourceFormatException {
        try (CSVParser parser = open(file)) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                throw new SourceFormatException(file + ":1: empty file; expected a header line");
            }
            layout(file, List.of(LineEnds.restore(rows.next().values())));
        } catch (IOException | UncheckedIOException e) {
            String undecodable = RecordIterator.isDecoding(e) ? undecodable(file) : null;
            throw new SourceFormatException(undecodable != null ? file + ": " + undecodable
                    : file + ":1: cannot read the header (" + RecordIterator.describe(e) + "); expected " + charset
                    + " text with RFC 4180 quoting", e);
        }
    }

    @Override
    public Iterator<SourceRecord> read(String file) {
        return read(file, file);
    }

    @Override
    public Iterator<SourceRecord> read(String file, String name) {
        return new CsvRecordIterator(file, name, this, true);
    }

    CSVParser open(String file) throws IOException {
        return CsvFiles.open(file, Charset.forName(charset), delimiter);
    }

    /** {@link #open}, after the file's first {@code lines} lines (line numbers relative to them). */
    CSVParser openAfter(String file, long lines) throws IOException {
        return CsvFiles.open(file, Charset.forName(charset), delimiter, lines);
    }

    /**
     * Where the file is first not valid in its charset, as a message: "not valid UTF-8 at line
     * 301 (byte 0xE9, offset 84 212); expected UTF-8 text, or the option encoding= ..."; null when
     * it all decodes (or cannot be read again).
     */
    String undecodable(String file) {
        try {
            long[] at = CsvFiles.firstUndecodable(file, Charset.forName(charset));
            return at == null ? null : String.format(java.util.Locale.ROOT,
                    "not valid %s at line %d (byte 0x%02X, offset %d); expected %s text, or the file's"
                            + " encoding as an option: csv:%s?encoding=windows-1252", charset, at[0], at[2], at[1],
                    charset, file);
        } catch (IOException e) {
            return null;
        }
    }

    /** A {@link CsvScanner} over the file, set up as {@link #open} sets up Commons CSV. */
    CsvScanner scan(String file) throws IOException, CsvScanner.Unsure {
        return CsvScanner.open(file, Charset.forName(charset), delimiter);
    }

    String charsetName() {
        return charset;
    }

    /** The source name of rows without a {@code source} value, for a file with this mapping. */
    String defaultSource(CsvMapping mapping) {
        if (sourceOption != null) {
            return sourceOption;
        }
        return mapping != null ? mapping.source() : DEFAULT_SOURCE;
    }

    /** The mapping a file with this header is read with, or null for the generic format. */
    CsvMapping mappingFor(List<String> header) {
        if (forced != null || generic) {
            return forced;
        }
        CsvMapping best = null;
        for (CsvMapping candidate : candidates) {
            if (candidate.matches(header) && (best == null
                    || candidate.signature().size() > best.signature().size())) {
                best = candidate;
            }
        }
        return best;
    }

    /** The header of {@code file} resolved with its mapping. */
    CsvLayout layout(String file, List<String> header) throws SourceFormatException {
        CsvMapping mapping = mappingFor(header);
        return CsvLayout.resolve(file, header, mapping, defaultSource(mapping));
    }

    @Override
    public String toString() {
        return "CsvSourceReader[" + spec + "]";
    }
}
