package io.techdir.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** An {@link Evaluation} as text: the figures table, the misses, and the misses as CSV. */
public final class EvaluationText {

    /** Header of the misses CSV. */
    public static final List<String> MISS_COLUMNS = List.of("file", "n", "source_id", "field", "expected", "got",
            "text");

    private EvaluationText() {
    }

    /**
     * The figures: a summary line, per field correct / total and accuracy for dev, holdout and
     * all with the gate and PASS/FAIL, the same per input file, and a verdict line.
     */
    public static String table(Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "evaluation of %s (split %s): %d labelled records%s; %d labelled titles%n",
                e.set(), e.split().label(), e.records(), e.recordsBySource().isEmpty() ? ""
                        : " (" + join(e.recordsBySource()) + ")", e.titleCount()));
        b.append(String.format(Locale.ROOT, "%-22s %-16s %-16s %-16s %-8s %s%n", "FIELD", "DEV", "HOLDOUT", "ALL",
                "GATE", "VERDICT"));
        for (ScoredField f : ScoredField.values()) {
            boolean titles = f == ScoredField.ROLE_FAMILY_TITLES;
            b.append(String.format(Locale.ROOT, "%-22s %-16s %-16s %-16s %-8s %s%n", f.column(),
                    titles ? "-" : cell(e.score(f, Evaluation.DEV)), titles ? "-" : cell(e.score(f, Evaluation.HOLDOUT)),
                    cell(e.score(f, Evaluation.ALL)), gate(f), verdict(e, f)));
        }
        if (!e.recordsByFile().isEmpty()) {
            b.append(String.format(Locale.ROOT, "per input file (records: %s)%n", join(e.recordsByFile())));
            for (ScoredField f : ScoredField.values()) {
                List<String> cells = new ArrayList<>();
                for (String group : e.groups(f)) {
                    if (!group.equals(Evaluation.DEV) && !group.equals(Evaluation.HOLDOUT)
                            && !group.equals(Evaluation.ALL)) {
                        cells.add(group + " " + cell(e.score(f, group)));
                    }
                }
                b.append(String.format(Locale.ROOT, "  %-22s %s%n", f.column(), String.join("; ", cells)));
            }
        }
        b.append(verdictLine(e)).append(System.lineSeparator());
        return b.toString();
    }

    /** "gates: PASS" or "gates: FAIL (field 91.7 % < 99 %, ...)". */
    public static String verdictLine(Evaluation e) {
        List<String> failed = new ArrayList<>();
        for (ScoredField f : ScoredField.values()) {
            if (!e.passes(f)) {
                failed.add(String.format(Locale.ROOT, "%s %.1f %% < %s %%", f.column(),
                        e.score(f, Evaluation.ALL).percent(), plain(f.threshold().getAsDouble())));
            }
        }
        return failed.isEmpty() ? "gates: PASS" : "gates: FAIL (" + String.join(", ", failed) + ")";
    }

    /**
     * The misses, one a line ({@code FILE#N (SOURCE_ID) FIELD: expected 'X', got 'Y' | TEXT}),
     * at most {@code max} of them, with a heading saying how many there are.
     */
    public static String misses(Evaluation e, int max) {
        List<Miss> all = e.misses();
        StringBuilder b = new StringBuilder();
        int shown = Math.min(Math.max(0, max), all.size());
        b.append(String.format(Locale.ROOT, "misses: %d%s%n", all.size(),
                shown < all.size() ? " (first " + shown + " shown; --misses N for more, --csv FILE for all)" : ""));
        for (Miss m : all.subList(0, shown)) {
            b.append(line(m)).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** One miss on one line. */
    public static String line(Miss m) {
        return String.format(Locale.ROOT, "%s#%d (%s) %s: expected '%s', got '%s' | %s", m.file(), m.n(),
                m.sourceId(), m.field().column(), m.expected(), m.got(), m.text());
    }

    /**
     * Writes every miss as CSV (UTF-8, comma, RFC 4180 quoting, header {@link #MISS_COLUMNS}).
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void writeMissesCsv(Evaluation e, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                            .setHeader(MISS_COLUMNS.toArray(new String[0])).get())) {
                for (Miss m : e.misses()) {
                    p.printRecord(m.file(), m.n(), m.sourceId(), m.field().column(), m.expected(), m.got(), m.text());
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(file + ": cannot write the misses", ex);
        }
    }

    private static String cell(Score s) {
        if (s.total() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%d/%d %.1f %%", s.correct(), s.total(), s.percent());
    }

    private static String gate(ScoredField f) {
        return f.threshold().isEmpty() ? "-" : ">= " + plain(f.threshold().getAsDouble()) + " %";
    }

    private static String verdict(Evaluation e, ScoredField f) {
        if (f.threshold().isEmpty()) {
            return "reported";
        }
        if (e.score(f, Evaluation.ALL).total() == 0) {
            return "n/a";
        }
        return e.passes(f) ? "PASS" : "FAIL";
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String join(Map<String, Long> counts) {
        return counts.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "));
    }
}
