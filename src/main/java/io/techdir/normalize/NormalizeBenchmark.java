package io.techdir.normalize;

import io.techdir.posting.RawPosting;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A plain benchmark of normalization, without JMH: reads postings from a CSV file with a header
 * row (the columns {@code bin/techdir generate} writes: {@code title}, {@code company},
 * {@code location}, {@code country}, {@code contract}, {@code salary_text},
 * {@code experience_text}, {@code education_text}, {@code description}, ...; missing columns
 * stay empty), runs each parser's public method over all of them on one thread, several
 * rounds, and prints for each the strings per second and microseconds per posting of its best
 * round, then the same for a whole {@link PostingNormalizer#normalize} ({@code normalize}) and for
 * the posting's short fields alone, without its description ({@code short}), and a last line
 * comparing those two with issue 3's targets (20 µs and 5 µs). The parsers get the description
 * already cleaned, as in a posting; {@code hygiene} is the cleaning itself.
 *
 * <p>Times are the thread's CPU time when the JVM measures it (so that other work on a shared
 * machine counts less), else wall time. Run it as {@code bin/techdir bench-parsers}, in the JVM
 * every techdir command runs in (its flags: the parallel collector among them), or as
 * {@code java -cp CLASSPATH io.techdir.normalize.NormalizeBenchmark FILE [POSTINGS [ROUNDS]]}
 * (default 5000 postings, 5 rounds), in a JVM of the caller's choosing; the second line printed
 * names the Java version and the collectors.
 */
public final class NormalizeBenchmark {

    private static final int DEFAULT_POSTINGS = 5000;
    private static final int DEFAULT_ROUNDS = 5;
    /** Issue 3's targets: a whole posting, and its short fields alone (microseconds, one core). */
    private static final int WHOLE_TARGET_US = 20;
    private static final int SHORT_TARGET_US = 5;

    private NormalizeBenchmark() {
    }

    /**
     * Runs the benchmark and prints one line per parser to standard output.
     *
     * @param args the CSV file, then optionally the number of postings and of rounds
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: NormalizeBenchmark FILE [POSTINGS [ROUNDS]]");
            System.exit(2);
        }
        int max = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_POSTINGS;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        List<RawPosting> postings = read(Path.of(args[0]), max);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        run(postings, rounds, out);
        out.flush();
    }

    /**
     * Reads at most {@code max} postings from a CSV file with a header row (the columns named
     * above; others are ignored).
     *
     * @throws IOException when the file cannot be read
     */
    public static List<RawPosting> read(Path file, int max) throws IOException {
        List<RawPosting> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                if (out.size() >= max) {
                    break;
                }
                out.add(RawPosting.builder(value(r, "source", "csv"), String.valueOf(r.getRecordNumber()))
                        .sourceId(value(r, "source_id", null)).title(value(r, "title", null))
                        .company(value(r, "company", null)).location(value(r, "location", null))
                        .country(value(r, "country", null)).contract(value(r, "contract", null))
                        .salaryText(value(r, "salary_text", null))
                        .experienceText(value(r, "experience_text", null))
                        .educationText(value(r, "education_text", null))
                        .description(value(r, "description", null)).url(value(r, "url", null))
                        .datePosted(value(r, "date_posted", null)).build());
            }
        }
        return out;
    }

    private static String value(CSVRecord r, String column, String otherwise) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isEmpty() ? r.get(column) : otherwise;
    }

    /**
     * Times each parser over the postings, {@code rounds} times, and prints the best round of
     * each, then the line comparing the whole posting and the short fields with issue 3's targets,
     * then the descriptions' mean length and the whole posting's time per 1 000 of their
     * characters (real descriptions are about three times the generated ones: per character, the
     * two compare).
     */
    public static void run(List<RawPosting> postings, int rounds, PrintWriter out) {
        int n = postings.size();
        String[] titles = new String[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            titles[i] = TextHygiene.clean(postings.get(i).title());
            texts[i] = TextHygiene.clean(postings.get(i).description());
        }
        List<RawPosting> shortOnly = new ArrayList<>(n);
        for (RawPosting p : postings) {
            shortOnly.add(withoutDescription(p));
        }
        SalaryParser salary = SalaryParser.standard();
        ExperienceParser experience = new ExperienceParser();
        DegreeParser degree = new DegreeParser();
        ContractParser contract = new ContractParser();
        RemoteWorkParser remote = new RemoteWorkParser();
        RoleClassifier role = RoleClassifier.standard();
        LocationParser location = LocationParser.standard();
        EmployerParser employer = EmployerParser.standard();
        SkillsDetector skills = new SkillsDetector();
        PriorRoleDetector prior = new PriorRoleDetector();
        PostingNormalizer normalizer = PostingNormalizer.standard();

        Map<String, IntUnaryOperator> tasks = new LinkedHashMap<>();
        tasks.put("hygiene", i -> length(TextHygiene.clean(postings.get(i).description()))
                + length(TextHygiene.clean(postings.get(i).title())));
        tasks.put("salary", i -> salary.parse(postings.get(i).salaryText(), texts[i], SalaryContext.FRANCE)
                .hashCode());
        tasks.put("experience", i -> experience.parse(postings.get(i).experienceText(), null, texts[i]).hashCode());
        tasks.put("degree", i -> degree.parse(postings.get(i).educationText(), texts[i], null).hashCode());
        tasks.put("contract", i -> contract.parse(postings.get(i).contract(), titles[i], texts[i]).hashCode());
        tasks.put("remote", i -> remote.parse(titles[i], texts[i]).hashCode());
        tasks.put("role", i -> role.classify(titles[i], texts[i], null, null).hashCode());
        tasks.put("location", i -> location.parse(postings.get(i).location(), null, null, "FR").hashCode());
        tasks.put("employer", i -> employer.parse(postings.get(i).company(), null, null, null, texts[i]).hashCode());
        tasks.put("skills", i -> skills.detect(titles[i], texts[i]).hashCode());
        tasks.put("prior", i -> prior.asksPriorTechnicalDirector(titles[i], texts[i]) ? 1 : 0);
        tasks.put("normalize", i -> normalizer.normalize(postings.get(i)).hashCode());
        tasks.put("short", i -> normalizer.normalize(shortOnly.get(i)).hashCode());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        Map<String, Long> best = new LinkedHashMap<>();
        long check = 0;
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, IntUnaryOperator> task : tasks.entrySet()) {
                long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                for (int i = 0; i < n; i++) {
                    check += task.getValue().applyAsInt(i);
                }
                long nanos = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
                best.merge(task.getKey(), nanos, Math::min);
            }
        }
        out.printf(Locale.ROOT, "%d postings, best of %d rounds, %s time, one thread (checksum %d)%n", n, rounds,
                cpu ? "CPU" : "wall", check);
        out.printf(Locale.ROOT, "Java %s, collectors %s%n", Runtime.version(), collectors());
        for (Map.Entry<String, Long> e : best.entrySet()) {
            double seconds = Math.max(1, e.getValue()) / 1e9;
            out.printf(Locale.ROOT, "%-11s %12.0f strings/s %9.2f us/posting%n", e.getKey(), n / seconds,
                    seconds * 1e6 / Math.max(1, n));
        }
        double whole = micros(best.get("normalize"), n);
        double shortFields = micros(best.get("short"), n);
        out.printf(Locale.ROOT, "issue 3: whole posting %.2f us (target < %d), short fields %.2f us (target < %d): %s%n",
                whole, WHOLE_TARGET_US, shortFields, SHORT_TARGET_US,
                whole < WHOLE_TARGET_US && shortFields < SHORT_TARGET_US ? "met" : "not met");
        long characters = 0;
        for (RawPosting p : postings) {
            characters += p.description() == null ? 0 : p.description().length();
        }
        if (characters > 0) {
            double mean = (double) characters / Math.max(1, n);
            out.printf(Locale.ROOT, "descriptions: %.0f characters on average; whole posting %.2f us per 1 000 characters%n",
                    mean, whole * 1000 / mean);
        }
    }

    /**
     * Times the {@link PostingNormalizer#STEPS steps} of {@code normalize()} over the postings,
     * {@code rounds} times, and prints each step's best round in microseconds per posting (wall
     * time: {@link System#nanoTime()} between steps, a CPU-time query would cost more than the
     * shorter steps), then their sum: where a whole posting's time goes, each step given the texts
     * the steps before it prepared, as in a run.
     */
    public static void runSteps(List<RawPosting> postings, int rounds, PrintWriter out) {
        PostingNormalizer normalizer = PostingNormalizer.standard();
        List<String> steps = PostingNormalizer.STEPS;
        long[] best = new long[steps.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        long[] round = new long[steps.size()];
        long[] last = new long[1];
        PostingNormalizer.Laps laps = step -> {
            long now = System.nanoTime();
            round[step] += now - last[0];
            last[0] = now;
        };
        long check = 0;
        for (int r = 0; r < rounds; r++) {
            java.util.Arrays.fill(round, 0);
            for (RawPosting p : postings) {
                last[0] = System.nanoTime();
                check += normalizer.normalize(p, laps).hashCode();
            }
            for (int k = 0; k < best.length; k++) {
                best[k] = Math.min(best[k], round[k]);
            }
        }
        int n = postings.size();
        out.printf(Locale.ROOT, "steps of normalize(), best round of each, wall time (checksum %d)%n", check);
        double sum = 0;
        for (int k = 0; k < steps.size(); k++) {
            double us = micros(best[k], n);
            sum += us;
            out.printf(Locale.ROOT, "  %-16s %8.2f us/posting%n", steps.get(k), us);
        }
        out.printf(Locale.ROOT, "  %-16s %8.2f us/posting%n", "sum", sum);
    }

    /** The garbage collectors of this JVM ("PS MarkSweep, PS Scavenge": the parallel collector). */
    private static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    private static double micros(long nanos, int postings) {
        return Math.max(1, nanos) / 1e3 / Math.max(1, postings);
    }

    /** The posting without its description: the short fields alone. */
    private static RawPosting withoutDescription(RawPosting p) {
        return new RawPosting(p.source(), p.sourceId(), p.record(), p.title(), p.company(), p.location(),
                p.postalCode(), p.country(), p.contract(), p.salaryText(), p.experienceText(),
                p.experienceRequirement(), p.educationText(), null, p.url(), p.datePosted(), p.nafCode(),
                p.sectorLabel(), p.companySize(), p.romeCode(), p.attributes());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
