package io.techdir.gather;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the offers of one France Travail JSON file. A small state machine over Jackson's
 * tokens: at the root, an array is a list of offers and an object is an API response whose
 * {@code resultats} array is the list (its other fields are skipped unread); in a list, each
 * object is read as one tree and mapped by {@link FranceTravailOffer}. The record of an offer is
 * {@code FILE:LINE} with the line of its opening brace; when several offers start on one line (a
 * compact file, as the API answers, holds them all on line 1), the second is {@code FILE:LINE#2},
 * the third {@code FILE:LINE#3}, and so on, so that every record of a file is its own (posting
 * ids are made from it). A pretty-printed file, one offer a line, keeps {@code FILE:LINE}.
 */
final class FranceTravailIterator extends RecordIterator {

    private JsonParser parser;
    private boolean inResponse;
    private boolean inList;
    private boolean sawResults;
    private long responseLine;
    /** The line the last element of a list started on, and how many elements started on it. */
    private long elementLine;
    private int elementsOnLine;

    /** An iterator over one file, read at {@code file}, named {@code name} in its records ({@link RecordNames}). */
    FranceTravailIterator(String file, String name, String source) {
        super(file, name, source);
    }

    @Override
    protected Closeable open() throws IOException {
        parser = FranceTravailSourceReader.JSON.createParser(Files.newInputStream(Path.of(file)));
        return parser;
    }

    @Override
    protected long currentLine() {
        return parser.currentLocation().getLineNr();
    }

    @Override
    protected SourceRecord computeNext() throws IOException {
        try {
            while (true) {
                if (inList) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        return endedEarly();
                    }
                    if (token == JsonToken.END_ARRAY) {
                        inList = false;
                        continue;
                    }
                    String record = elementRecord(parser.currentTokenLocation().getLineNr());
                    if (token == JsonToken.START_OBJECT) {
                        JsonNode offer = parser.readValueAsTree();
                        return FranceTravailOffer.toRecord(offer, record, source());
                    }
                    String text = token.isScalarValue() ? parser.getText() : token.asString();
                    parser.skipChildren();
                    return new Reject(source(), record, RejectCodes.MALFORMED_ROW,
                            record + ": offer '" + text + "'; expected a JSON object");
                }
                if (inResponse) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        return endedEarly();
                    }
                    if (token == JsonToken.END_OBJECT) {
                        inResponse = false;
                        if (!sawResults) {
                            return fail(responseLine, where(responseLine)
                                    + ": object without \"resultats\"; " + FranceTravailSourceReader.EXPECTED);
                        }
                        continue;
                    }
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("resultats".equals(name) && value == JsonToken.START_ARRAY) {
                        sawResults = true;
                        inList = true;
                    } else {
                        sawResults |= "resultats".equals(name) && value == JsonToken.VALUE_NULL;
                        parser.skipChildren();
                    }
                    continue;
                }
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                long line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.START_ARRAY) {
                    inList = true;
                } else if (token == JsonToken.START_OBJECT) {
                    inResponse = true;
                    sawResults = false;
                    responseLine = line;
                } else {
                    return fail(line, where(line) + ": JSON starts with '" + parser.getText()
                            + "'; " + FranceTravailSourceReader.EXPECTED);
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? currentLine() : e.getLocation().getLineNr();
            return fail(line, where(line) + ": malformed JSON (" + e.getOriginalMessage()
                    + "); expected France Travail offers in well-formed JSON");
        }
    }

    /**
     * The record of a list element starting on {@code line}: {@code FILE:LINE} for the first
     * element starting on that line, {@code FILE:LINE#N} for the N-th.
     */
    private String elementRecord(long line) {
        if (line == elementLine) {
            elementsOnLine++;
        } else {
            elementLine = line;
            elementsOnLine = 1;
        }
        return elementsOnLine == 1 ? where(line) : where(line) + "#" + elementsOnLine;
    }

    /** Jackson reports an unclosed array or object itself; this is the fallback. */
    private SourceRecord endedEarly() {
        long line = currentLine();
        return fail(line, where(line) + ": malformed JSON (unexpected end of file); expected "
                + "France Travail offers in well-formed JSON");
    }
}
