package io.techdir.check;

import io.techdir.gather.LineEnds;
import io.techdir.posting.Reject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a career-path CSV: UTF-8 (a leading byte-order mark is tolerated), comma-separated,
 * RFC 4180 quoting, a header naming {@code person,order,title,start,end} (order free, names
 * case-insensitive, other columns ignored). Lines starting with {@code #} before the header are
 * comments; one reading {@code origin: SYNTHETIC} marks the file as generated data. Lines end as
 * in the postings' CSV files ({@link LineEnds}): LF or CRLF, and a CR not followed by LF only in a
 * file whose first line (a comment, else the header) ends with one; elsewhere it is a character of
 * its field and counts no line in the records' {@code file:line}.
 *
 * <p>Dates are ISO {@code yyyy-MM-dd} or {@code yyyy-MM} (the month's first day); an empty
 * {@code end} is a current position. A bad row is rejected with its {@code file:line}, a code
 * and a reason, never dropped silently: {@value #MISSING_PERSON}, {@value #BAD_ORDER},
 * {@value #MISSING_TITLE}, {@value #BAD_DATE}, {@value #END_BEFORE_START},
 * {@value #DUPLICATE_ORDER} (the same person and order twice: the later row) and
 * {@value #ORDER_GAP} (a person's orders must run 1, 2, 3... without gaps: the first row after a
 * gap). Pure: no I/O, the caller reads the text.
 */
public final class CareerCsv {

    /** Reject codes. */
    public static final String MISSING_PERSON = "MISSING_PERSON";
    public static final String BAD_ORDER = "BAD_ORDER";
    public static final String MISSING_TITLE = "MISSING_TITLE";
    public static final String BAD_DATE = "BAD_DATE";
    public static final String END_BEFORE_START = "END_BEFORE_START";
    public static final String DUPLICATE_ORDER = "DUPLICATE_ORDER";
    public static final String ORDER_GAP = "ORDER_GAP";

    /** The required columns, in the documented order. */
    public static final List<String> COLUMNS = List.of("person", "order", "title", "start", "end");

    /** Source name of career rejects. */
    public static final String SOURCE = "careers";

    private static final Pattern ORIGIN_COMMENT = Pattern.compile("(?i)\\s*origin\\s*[:=]\\s*synthetic\\b.*");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CareerCsv() {
    }

    /**
     * Parses a career-path file's text.
     *
     * @param text the whole file, decoded
     * @param file the file's name as records should name it
     * @throws CareerFormatException when there is no header or it lacks a required column
     */
    public static CareerFile parse(String text, String file) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineEnds ends = LineEnds.of(body);
        int skipped = 0;
        boolean synthetic = false;
        int at = 0;
        while (at < body.length() && body.charAt(at) == '#') {
            int eol = ends.lineEnd(body, at);
            String comment = body.substring(at + 1, eol).strip();
            synthetic |= ORIGIN_COMMENT.matcher(comment).matches();
            skipped++;
            at = LineEnds.nextLine(body, eol);
        }
        String origin = synthetic ? MarketStatistics.SYNTHETIC : MarketStatistics.REAL;
        int headerLine = skipped + 1;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()
                .parse(ends.forCommonsCsv(new StringReader(body.substring(at))))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new CareerFormatException(file + ":" + headerLine + ": empty file; expected a header line "
                        + String.join(",", COLUMNS));
            }
            Map<String, Integer> index = header(List.of(LineEnds.restore(it.next().values())), file, headerLine);
            long last = parser.getCurrentLineNumber();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                long line = skipped + last + 1;
                last = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                String[] v = new String[COLUMNS.size()];
                for (int c = 0; c < v.length; c++) {
                    int i = index.get(COLUMNS.get(c));
                    v[c] = i < r.size() ? LineEnds.restore(r.get(i)).strip() : "";
                }
                rows.add(new Row(file + ":" + line, v));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CareerFormatException(file + ": cannot parse CSV (" + e.getMessage()
                    + "); expected RFC 4180 quoting");
        }
        return check(file, origin, rows);
    }

    private static Map<String, Integer> header(List<String> names, String file, int line) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String c : COLUMNS) {
            if (!index.containsKey(c)) {
                throw new CareerFormatException(file + ":" + line + ": missing required column '" + c
                        + "'; expected a header with " + String.join(",", COLUMNS));
            }
        }
        return index;
    }

    /** One data row: its {@code file:line} and the five values, stripped. */
    private record Row(String record, String[] v) {
    }

    /** Row checks, then the order checks per person. */
    private static CareerFile check(String file, String origin, List<Row> rows) {
        List<Reject> rejects = new ArrayList<>();
        Map<String, List<CareerPosition>> byPerson = new LinkedHashMap<>();
        for (Row row : rows) {
            String problem = problem(row);
            if (problem != null) {
                int colon = problem.indexOf(' ');
                rejects.add(new Reject(SOURCE, row.record(), problem.substring(0, colon),
                        row.record() + ": " + problem.substring(colon + 1)));
                continue;
            }
            String[] v = row.v();
            LocalDate end = v[4].isEmpty() ? null : date(v[4]);
            byPerson.computeIfAbsent(v[0], k -> new ArrayList<>())
                    .add(new CareerPosition(v[0], Integer.parseInt(v[1]), v[2], date(v[3]), end, row.record()));
        }
        List<CareerPosition> kept = new ArrayList<>();
        for (List<CareerPosition> career : byPerson.values()) {
            career.sort(Comparator.comparingInt(CareerPosition::order));
            int expected = 1;
            for (CareerPosition p : career) {
                if (p.order() < expected) {
                    rejects.add(new Reject(SOURCE, p.record(), DUPLICATE_ORDER, p.record() + ": order '" + p.order()
                            + "' of person '" + p.person() + "' appears twice; expected one position per order"));
                } else if (p.order() > expected) {
                    rejects.add(new Reject(SOURCE, p.record(), ORDER_GAP, p.record() + ": order '" + p.order()
                            + "' of person '" + p.person() + "'; expected " + expected
                            + " (orders run 1, 2, 3... without gaps)"));
                    expected = p.order() + 1;
                } else {
                    kept.add(p);
                    expected++;
                }
            }
        }
        Comparator<String> byLine = Comparator.comparingLong(CareerCsv::line);
        kept.sort(Comparator.comparing(CareerPosition::record, byLine));
        rejects.sort(Comparator.comparing(Reject::record, byLine));
        return new CareerFile(file, origin, rows.size(), kept, rejects);
    }

    /** The reason a row cannot be a position, as "CODE message", or null. */
    private static String problem(Row row) {
        String[] v = row.v();
        if (v[0].isEmpty()) {
            return MISSING_PERSON + " empty 'person'; expected the person's anonymised id";
        }
        if (!DIGITS.matcher(v[1]).matches() || Integer.parseInt(v[1]) < 1) {
            return BAD_ORDER + " 'order' has value '" + v[1] + "'; expected a whole number 1 or more";
        }
        if (v[2].isEmpty()) {
            return MISSING_TITLE + " empty 'title'; expected the job title";
        }
        if (date(v[3]) == null) {
            return BAD_DATE + " 'start' has value '" + v[3] + "'; expected a date yyyy-MM-dd or yyyy-MM";
        }
        if (!v[4].isEmpty() && date(v[4]) == null) {
            return BAD_DATE + " 'end' has value '" + v[4] + "'; expected a date yyyy-MM-dd or yyyy-MM, or empty"
                    + " for a current position";
        }
        if (!v[4].isEmpty() && date(v[4]).isBefore(date(v[3]))) {
            return END_BEFORE_START + " 'end' has value '" + v[4] + "', before start '" + v[3]
                    + "'; expected an end on or after the start";
        }
        return null;
    }

    /** An ISO date or year-month (first day), or null. */
    static LocalDate date(String s) {
        try {
            if (DATE.matcher(s).matches()) {
                return LocalDate.parse(s);
            }
            if (YEAR_MONTH.matcher(s).matches()) {
                return YearMonth.parse(s).atDay(1);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static long line(String record) {
        return Long.parseLong(record.substring(record.lastIndexOf(':') + 1));
    }
}
