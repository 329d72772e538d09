package io.techdir.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a generated file back with Commons CSV, the way a loader would. */
final class GeneratedFile {

    /** Salary stated in a description (the salary.intro / en.salary sentences). */
    static final Pattern SALARY_IN_TEXT = Pattern.compile(
            "(Rémunération :|Salaire :|Package :|rémunération proposée est de|Salary range:)[^\\n.]*\\d");
    /** Technical-director titles (NORMALIZATION.md, "Role family"), accents removed, lower case. */
    static final Pattern TECHNICAL_DIRECTOR_TITLE = Pattern.compile(
            "directeur[^,]*techni|directrice[^,]*techni|directeur·rice techni|\\bcto\\b|chief technolog"
            + "|chief technical|vp (of )?engineering|head of engineering|director of engineering"
            + "|engineering director|directeur r&d|directrice r&d|recherche et developpement"
            + "|directeur de l.ingenierie");
    /** CIO / DSI titles, which the technical-director profile must not contain. */
    static final Pattern CIO_TITLE = Pattern.compile("\\bdsi\\b|systemes d.information|\\bcio\\b|head of it");

    private GeneratedFile() {
    }

    /** Every record, header checked against {@link PostingGenerator#HEADER}. */
    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals(PostingGenerator.HEADER, p.getHeaderNames(), file + ": header");
            return p.getRecords();
        }
    }

    /** The text with the entities the generator writes turned back into characters. */
    static String unescape(String s) {
        String out = s;
        for (int i = 0; i < 2; i++) {
            out = out.replace("&amp;", "&");
        }
        return out.replace("&eacute;", "é").replace("&egrave;", "è").replace("&agrave;", "à")
                .replace("&ecirc;", "ê").replace("&rsquo;", "'").replace("&nbsp;", " ");
    }

    /** Lower case, accents removed (for title matching). */
    static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Whether a row states a salary amount: in salary_text (not "-1") or in its description. */
    static boolean statesSalary(CSVRecord r) {
        String field = r.get("salary_text");
        boolean inField = field.chars().anyMatch(Character::isDigit) && !field.equals("-1");
        return inField || SALARY_IN_TEXT.matcher(unescape(r.get("description"))).find();
    }

    /** The shape of a text: every run of digits becomes "9" ("42 000 € / an" gives "9 9 € / an"). */
    static String shape(String s) {
        return s.replaceAll("\\d+", "9");
    }
}
