package io.techdir.gather;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code francetravail:} sources: France Travail "Offres d'emploi v2" JSON, a file holding
 * an array of offers or an API response object {@code {"resultats":[...]}} (or several such
 * values one after another), or a folder of {@code .json} files. Files are streamed with
 * Jackson's {@link JsonParser}: only one offer at a time is held as a tree.
 */
final class FranceTravailSourceReader implements SourceReader {

    private static final long serialVersionUID = 1L;
    /** Jackson's entry point; thread-safe, and static so it is never serialized. */
    static final ObjectMapper JSON = new ObjectMapper();
    /** What a France Travail file must hold, for messages. */
    static final String EXPECTED = "expected '[' (an array of offers) or '{' (an API response "
            + "with \"resultats\")";
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private final SourceSpec spec;
    private final String source;

    /**
     * A reader for a {@code francetravail:} spec.
     *
     * @throws IllegalArgumentException for a bad {@code source} option, naming the spec
     */
    FranceTravailSourceReader(SourceSpec spec) {
        this.spec = spec;
        String name = spec.option("source");
        if (name != null && !SOURCE_NAME.matcher(name).matches()) {
            throw new BadSourceException("bad --source '" + spec + "': source '" + name
                    + "'; expected a lower-case name such as francetravail");
        }
        this.source = name == null ? FranceTravailOffer.SOURCE : name;
    }

    @Override
    public SourceSpec spec() {
        return spec;
    }

    @Override
    public List<String> files() throws SourceUnavailableException {
        return SourceFiles.list(spec.location(), ".json");
    }

    @Override
    public void check(String file) throws SourceFormatException {
        try (JsonParser parser = JSON.createParser(Files.newInputStream(Path.of(file)))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SourceFormatException(file + ":1: empty file; " + EXPECTED);
            }
            if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
                throw new SourceFormatException(file + ":"
                        + parser.currentTokenLocation().getLineNr() + ": JSON starts with '"
                        + parser.getText() + "'; " + EXPECTED);
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new SourceFormatException(file + ":" + line + ": malformed JSON ("
                    + e.getOriginalMessage() + "); " + EXPECTED, e);
        } catch (IOException e) {
            throw new SourceFormatException(file + ":1: cannot read ("
                    + RecordIterator.describe(e) + "); expected a readable file", e);
        }
    }

    @Override
    public Iterator<SourceRecord> read(String file) {
        return read(file, file);
    }

    @Override
    public Iterator<SourceRecord> read(String file, String name) {
        return new FranceTravailIterator(file, name, source);
    }

    @Override
    public String toString() {
        return "FranceTravailSourceReader[" + spec + "]";
    }
}
