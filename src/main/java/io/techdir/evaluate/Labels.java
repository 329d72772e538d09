package io.techdir.evaluate;

import io.techdir.posting.DegreeLevel;
import io.techdir.posting.RoleFamily;
import io.techdir.posting.SalaryBasis;
import io.techdir.posting.SalaryPeriod;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the {@code labels-*.csv} files of a set folder (UTF-8, comma-separated, RFC 4180 quoting,
 * the header of the evaluation-set format exactly). Bad cells throw with {@code file:line}.
 */
final class Labels {

    /** The header every labels file must have, in this order. */
    static final List<String> HEADER = List.of("file", "n", "source_id", "split", "title", "salary_disclosed",
            "salary_estimated", "salary_currency", "salary_min", "salary_max", "salary_period", "salary_months",
            "salary_basis", "experience_min_years", "experience_max_years", "experience_required", "degree_level",
            "role_family", "note");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private Labels() {
    }

    /** The {@code labels-*.csv} files of a folder, sorted by name. */
    static List<Path> files(Path set) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(set, "labels-*.csv")) {
            dir.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(set + ": cannot list the labels files", e);
        }
        out.sort(null);
        return out;
    }

    /**
     * Every label of every labels file of the folder, file by file, in row order; a record labelled
     * twice (same file and n) is an error.
     *
     * @throws BadSetException naming {@code labels-NAME.csv:LINE} for a bad header or cell
     */
    static List<Label> read(Path set) {
        List<Label> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files(set)) {
            for (Label l : readFile(file)) {
                String key = l.file() + "#" + l.n();
                String before = seen.putIfAbsent(key, l.where());
                if (before != null) {
                    throw new BadSetException(l.where() + ": record '" + l.file() + "' n " + l.n()
                            + " labelled again; expected each record once (first at " + before + ")");
                }
                all.add(l);
            }
        }
        return all;
    }

    /** The labels of one file. */
    static List<Label> readFile(Path file) {
        String name = file.getFileName().toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(skipBom(in), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(HEADER)) {
                throw new BadSetException(name + ":1: header '" + String.join(",", header) + "'; expected '"
                        + String.join(",", HEADER) + "'");
            }
            List<Label> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(label(name + ":" + r.getParser().getCurrentLineNumber(), r));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read", e);
        }
    }

    private static Reader skipBom(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static Label label(String where, CSVRecord r) {
        if (r.size() != HEADER.size()) {
            throw new BadSetException(where + ": row of " + r.size() + " cells; expected " + HEADER.size()
                    + " (" + String.join(",", HEADER) + ")");
        }
        Cells c = new Cells(where, r);
        String file = c.require("file");
        long n = c.count("n");
        Split split = c.split();
        return new Label(where, file, n, c.text("source_id"), split, r.get("title"),
                c.bool("salary_disclosed"), c.bool("salary_estimated"),
                c.text("salary_currency") == null ? null : c.text("salary_currency").toUpperCase(Locale.ROOT),
                c.number("salary_min"), c.number("salary_max"),
                c.enumValue("salary_period", SalaryPeriod.class), c.number("salary_months"),
                c.enumValue("salary_basis", SalaryBasis.class), c.number("experience_min_years"),
                c.number("experience_max_years"), c.bool("experience_required"),
                c.enumValue("degree_level", DegreeLevel.class), c.enumValue("role_family", RoleFamily.class),
                c.text("note"));
    }

    /** The cells of one row, read with messages naming the row. */
    private record Cells(String where, CSVRecord r) {

        String text(String column) {
            String v = r.get(column).strip();
            return v.isEmpty() ? null : v;
        }

        String require(String column) {
            String v = text(column);
            if (v == null) {
                throw bad(column, "", "a value");
            }
            return v;
        }

        long count(String column) {
            String v = require(column);
            try {
                long n = Long.parseLong(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, v, "a 1-based record number");
        }

        Split split() {
            String v = require("split");
            if (!v.equals("dev") && !v.equals("holdout")) {
                throw bad("split", v, "dev or holdout");
            }
            return Split.parse(v);
        }

        Boolean bool(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.valueOf(v.equalsIgnoreCase("true"));
            }
            throw bad(column, v, "true, false or empty");
        }

        Double number(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d) && d >= 0) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, v, "a plain number with a dot decimal (no separators), or empty");
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(column, v, "one of " + Arrays.toString(type.getEnumConstants()) + " or empty");
            }
        }

        BadSetException bad(String column, String value, String expected) {
            return new BadSetException(where + ": " + column + " '" + value + "'; expected " + expected);
        }
    }
}
