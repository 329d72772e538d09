package io.techdir.evaluate;

import io.techdir.gather.SourceReaders;
import io.techdir.gather.SourceSpec;
import io.techdir.normalize.CurrencyRates;
import io.techdir.normalize.NormalizationConventions;
import io.techdir.normalize.PostingNormalizer;
import io.techdir.normalize.RoleClassifier;
import io.techdir.normalize.TextHygiene;
import io.techdir.posting.Posting;
import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.Salary;
import io.techdir.posting.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the normalizer against a labelled set: reads each labelled record with the pipeline's
 * readers, normalizes it as a run does, and compares field by field (see {@link ScoredField});
 * then classifies the labelled title set.
 */
public final class Evaluator {

    /** A word that names a degree, to show the description's words in a degree miss. */
    /** Words near a salary, to show the description's words in a salary miss. */
    private static final Pattern SALARY_WORDS = Pattern.compile("(?iu)salaire|r[ée]mun[ée]ration|salary|compensation"
            + "|\\bpay\\b|€|\\$|\\beuros?\\b|brut|\\bk€");
    /** Words near an experience figure, to show the description's words in an experience miss. */
    private static final Pattern EXPERIENCE_WORDS = Pattern.compile("(?iu)exp[ée]rien|\\d\\+? ?(?:ans|années|years?|yrs)\\b"
            + "|d[ée]butant");
    private static final Pattern DEGREE_WORDS = Pattern.compile("(?iu)bac\\b|bac ?\\+|master|licence|dipl[oô]m"
            + "|degree|bachelor|ing[ée]nieur|doctorat|ph\\.?d|rncp|niveau|\\bbts\\b|\\bdut\\b|\\bcap\\b");

    private final PostingNormalizer normalizer = PostingNormalizer.standard();
    private final NormalizationConventions conventions = NormalizationConventions.standard();
    private final CurrencyRates rates = CurrencyRates.standard();

    private Evaluator() {
    }

    /** The titles folder beside a set folder: {@code SET/../normalize} (as in src/test/resources/). */
    public static Path defaultTitles(Path set) {
        return set.toAbsolutePath().normalize().resolveSibling("normalize");
    }

    /**
     * Evaluates a set.
     *
     * @param set the set folder (input files and {@code labels-*.csv})
     * @param titles the folder of {@code titles-*.csv}
     * @param split the labelled records to score
     * @return the figures and misses
     * @throws BadSetException when the set is broken: a missing folder or input file, a
     *     bad labels cell, a record number past the file's end, or a label whose title is not the
     *     record's (naming the labels file and line, the input file and n)
     */
    public static Evaluation evaluate(Path set, Path titles, Split split) {
        Objects.requireNonNull(split, "split");
        if (!Files.isDirectory(set)) {
            throw new BadSetException(set + ": no such folder; expected the evaluation set folder");
        }
        return new Evaluator().run(set, titles, split);
    }

    private Evaluation run(Path set, Path titles, Split split) {
        Tally tally = new Tally();
        Map<String, List<SourceRecord>> files = new HashMap<>();
        Map<String, Long> byFile = new TreeMap<>();
        Map<String, Long> bySource = new TreeMap<>();
        List<Label> labels = new ArrayList<>(Labels.read(set));
        labels.sort((a, b) -> a.file().equals(b.file()) ? Long.compare(a.n(), b.n()) : a.file().compareTo(b.file()));
        for (Label l : labels) {
            if (split != Split.ALL && l.split() != split) {
                continue;
            }
            List<SourceRecord> records = files.computeIfAbsent(l.file(), f -> read(set, l));
            if (l.n() > records.size()) {
                throw new BadSetException(l.where() + ": n '" + l.n() + "' of " + l.file()
                        + "; expected at most " + records.size() + " (the file's records)");
            }
            SourceRecord record = records.get((int) l.n() - 1);
            byFile.merge(l.file(), 1L, Long::sum);
            bySource.merge(record instanceof Reject ? "rejected" : record.source(), 1L, Long::sum);
            if (record instanceof RawPosting raw) {
                checkTitle(l, raw);
                score(l, raw, normalizer.normalize(raw), tally);
            } else {
                rejected(l, (Reject) record, tally);
            }
        }
        long titleCount = scoreTitles(titles, tally);
        return new Evaluation(set, titles, split, byFile, bySource, titleCount, tally.scores, tally.misses);
    }

    private static List<SourceRecord> read(Path set, Label l) {
        Path file = set.resolve(l.file());
        if (!Files.isRegularFile(file)) {
            throw new BadSetException(l.where() + ": file '" + l.file() + "'; expected an input file in "
                    + set);
        }
        String name = l.file().toLowerCase(Locale.ROOT);
        String kind = name.endsWith(".json") ? SourceSpec.FRANCE_TRAVAIL : name.endsWith(".csv") ? SourceSpec.CSV
                : null;
        if (kind == null) {
            throw new BadSetException(l.where() + ": file '" + l.file()
                    + "'; expected a .json (France Travail) or .csv (board export) file");
        }
        SourceSpec spec = new SourceSpec(kind, file.toString(), Map.of());
        List<SourceRecord> out = new ArrayList<>();
        Iterator<SourceRecord> it = SourceReaders.forSpec(spec).read(file.toString());
        it.forEachRemaining(out::add);
        return out;
    }

    /** The label's title must be the record's: else labels and records are out of step. */
    private static void checkTitle(Label l, RawPosting raw) {
        if (!key(l.title()).equals(key(raw.title()))) {
            throw new BadSetException(l.where() + ": title '" + l.title() + "' for " + l.file() + " n "
                    + l.n() + "; expected the record's title '" + raw.title()
                    + "' (labels and input file are out of step: the set is broken)");
        }
    }

    /** A title compared without case, accents, entities and runs of spaces. */
    static String key(String title) {
        return TextHygiene.fold(TextHygiene.clean(title)).replaceAll("\\s+", " ").strip();
    }

    private void score(Label l, RawPosting raw, Posting p, Tally t) {
        Salary s = p.salary();
        String salaryText = raw.salaryText() != null && !raw.salaryText().isBlank() ? raw.salaryText()
                : p.salaryText() != null ? "description: " + p.salaryText() : around(raw, SALARY_WORDS);
        t.add(l, ScoredField.SALARY_DISCLOSED, String.valueOf(l.disclosed()), String.valueOf(s.disclosed()),
                l.disclosed() == s.disclosed(), salaryText, raw.sourceId());
        boolean estimated = Boolean.TRUE.equals(l.salaryEstimated());
        t.add(l, ScoredField.SALARY_ESTIMATED, String.valueOf(estimated), String.valueOf(s.estimated()),
                estimated == s.estimated(), salaryText, raw.sourceId());
        if (l.disclosed()) {
            AnnualBounds expected = AnnualBounds.of(l, conventions, rates);
            t.add(l, ScoredField.SALARY_ANNUAL_BOUNDS, range(expected.min(), expected.max()),
                    range(s.annualMinEur(), s.annualMaxEur()), expected.matches(s.annualMinEur(), s.annualMaxEur()),
                    salaryText, raw.sourceId());
        }
        String experienceText = raw.experienceText() != null && !raw.experienceText().isBlank()
                ? raw.experienceText() + (raw.experienceRequirement() == null ? "" : " [" + raw.experienceRequirement()
                        + "]")
                : p.experience().text() != null ? "description: " + p.experience().text()
                : around(raw, EXPERIENCE_WORDS);
        Double gotMin = p.experience().minYears();
        Double gotMax = p.experience().maxYears();
        t.add(l, ScoredField.EXPERIENCE, range(l.experienceMin(), l.experienceMax()), range(gotMin, gotMax),
                years(l.experienceMin(), gotMin) && years(l.experienceMax(), gotMax), experienceText, raw.sourceId());
        t.add(l, ScoredField.EXPERIENCE_REQUIRED, text(l.experienceRequired()), text(p.experience().required()),
                Objects.equals(l.experienceRequired(), p.experience().required()), experienceText, raw.sourceId());
        t.add(l, ScoredField.DEGREE_LEVEL, text(l.degreeLevel()), text(p.degree().level()),
                l.degreeLevel() == p.degree().level(), degreeText(raw), raw.sourceId());
        if (l.roleFamily() != null) {
            t.add(l, ScoredField.ROLE_FAMILY, l.roleFamily().name(), p.role().family().name(),
                    l.roleFamily() == p.role().family(), raw.title(), raw.sourceId());
        }
    }

    private void rejected(Label l, Reject r, Tally t) {
        String got = "REJECTED " + r.code();
        String why = r.reason();
        t.add(l, ScoredField.SALARY_DISCLOSED, String.valueOf(l.disclosed()), got, false, why, l.sourceId());
        t.add(l, ScoredField.SALARY_ESTIMATED, String.valueOf(Boolean.TRUE.equals(l.salaryEstimated())), got, false,
                why, l.sourceId());
        if (l.disclosed()) {
            AnnualBounds expected = AnnualBounds.of(l, conventions, rates);
            t.add(l, ScoredField.SALARY_ANNUAL_BOUNDS, range(expected.min(), expected.max()), got, false, why,
                    l.sourceId());
        }
        t.add(l, ScoredField.EXPERIENCE, range(l.experienceMin(), l.experienceMax()), got, false, why, l.sourceId());
        t.add(l, ScoredField.EXPERIENCE_REQUIRED, text(l.experienceRequired()), got, false, why, l.sourceId());
        t.add(l, ScoredField.DEGREE_LEVEL, text(l.degreeLevel()), got, false, why, l.sourceId());
        if (l.roleFamily() != null) {
            t.add(l, ScoredField.ROLE_FAMILY, l.roleFamily().name(), got, false, why, l.sourceId());
        }
    }

    private static long scoreTitles(Path folder, Tally t) {
        RoleClassifier classifier = RoleClassifier.standard();
        List<TitleSet.Title> titles = TitleSet.read(folder);
        for (TitleSet.Title title : titles) {
            io.techdir.posting.RoleFamily got = TitleSet.classify(classifier, title);
            boolean right = got == title.family();
            t.titles(title, got, right);
        }
        return titles.size();
    }

    /** The degree field, else the description's words about degrees, for a degree miss. */
    private static String degreeText(RawPosting raw) {
        if (raw.educationText() != null && !raw.educationText().isBlank()) {
            return raw.educationText();
        }
        return around(raw, DEGREE_WORDS);
    }

    /** The description from a little before the first of the words (or its start); "" without one. */
    private static String around(RawPosting raw, Pattern words) {
        String d = TextHygiene.clean(raw.description());
        if (d == null) {
            return "";
        }
        Matcher m = words.matcher(d);
        int at = m.find() ? Math.max(0, m.start() - 40) : 0;
        return "description: " + d.substring(at);
    }

    private static boolean years(Double expected, Double got) {
        if (expected == null || got == null) {
            return expected == null && got == null;
        }
        return Math.abs(expected - got) <= ScoredField.YEARS_TOLERANCE + 1e-9;
    }

    /** "min..max" with "" for an empty bound; "" when both are empty. */
    static String range(Double min, Double max) {
        if (min == null && max == null) {
            return "";
        }
        return number(min) + ".." + number(max);
    }

    /** 45000.0 gives "45000", 21621.6 gives "21621.6", null gives "". */
    static String number(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%d", d.longValue());
        }
        return String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Scores and misses being gathered. */
    private static final class Tally {
        final Map<ScoredField, Map<String, Score>> scores = new EnumMap<>(ScoredField.class);
        final List<Miss> misses = new ArrayList<>();

        void add(Label l, ScoredField field, String expected, String got, boolean right, String text,
                String sourceId) {
            Map<String, Score> groups = scores.computeIfAbsent(field, f -> {
                Map<String, Score> m = new LinkedHashMap<>();
                m.put(Evaluation.DEV, Score.NONE);
                m.put(Evaluation.HOLDOUT, Score.NONE);
                m.put(Evaluation.ALL, Score.NONE);
                return m;
            });
            groups.merge(l.split().label(), Score.NONE.plus(right), (a, b) -> a.plus(right));
            groups.merge(Evaluation.ALL, Score.NONE.plus(right), (a, b) -> a.plus(right));
            groups.merge(l.file(), Score.NONE.plus(right), (a, b) -> a.plus(right));
            if (!right) {
                misses.add(new Miss(l.file(), l.n(), sourceId != null ? sourceId : l.sourceId(), field, expected, got,
                        text));
            }
        }

        void titles(TitleSet.Title title, io.techdir.posting.RoleFamily got, boolean right) {
            Map<String, Score> groups = scores.computeIfAbsent(ScoredField.ROLE_FAMILY_TITLES, f -> {
                Map<String, Score> m = new LinkedHashMap<>();
                m.put(Evaluation.ALL, Score.NONE);
                return m;
            });
            groups.merge(Evaluation.ALL, Score.NONE.plus(right), (a, b) -> a.plus(right));
            groups.merge(title.file(), Score.NONE.plus(right), (a, b) -> a.plus(right));
            if (!right) {
                misses.add(new Miss(title.file(), title.line(), title.source(), ScoredField.ROLE_FAMILY_TITLES,
                        title.family().name(), got.name(), title.title()));
            }
        }
    }
}
