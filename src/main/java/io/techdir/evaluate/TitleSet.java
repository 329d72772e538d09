package io.techdir.evaluate;

import io.techdir.normalize.RoleClassifier;
import io.techdir.posting.RoleFamily;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled title set: every {@code titles-*.csv} of a folder (semicolon-separated, header
 * {@code title;family;domain;naf;description;source}, {@code #} comments), read as the role
 * classifier's own test reads it, each title classified with its NAF code and description.
 */
final class TitleSet {

    /** One labelled title. */
    record Title(String file, long line, String title, RoleFamily family, String naf, String description,
            String source) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private TitleSet() {
    }

    /**
     * Every labelled title of the folder, file by file (sorted by name).
     *
     * @throws BadSetException when the folder holds no {@code titles-*.csv}, or naming
     *     {@code file:line} for a bad row
     */
    static List<Title> read(Path folder) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "titles-*.csv")) {
                dir.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(folder + ": cannot list the titles files", e);
            }
        }
        if (files.isEmpty()) {
            throw new BadSetException(folder + ": no titles-*.csv; expected the labelled titles"
                    + " (src/test/resources/normalize/, or --titles DIR)");
        }
        files.sort(null);
        List<Title> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(readFile(file));
        }
        return out;
    }

    private static List<Title> readFile(Path file) {
        String name = file.getFileName().toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<Title> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                String family = r.isMapped("family") && r.isSet("family") ? r.get("family") : "";
                RoleFamily f;
                try {
                    f = RoleFamily.valueOf(family);
                } catch (IllegalArgumentException e) {
                    throw new BadSetException(name + ":" + line + ": family '" + family
                            + "'; expected one of " + java.util.Arrays.toString(RoleFamily.values()));
                }
                out.add(new Title(name, line, r.get("title"), f, cell(r, "naf"), cell(r, "description"),
                        cell(r, "source")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read", e);
        }
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v.isEmpty() ? null : v;
    }

    /** The family the standard classifier gives a labelled title. */
    static RoleFamily classify(RoleClassifier classifier, Title t) {
        return classifier.classify(t.title(), t.description(), t.naf(), null).family();
    }
}
