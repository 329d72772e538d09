package io.techdir.generate;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes synthetic postings in the generic CSV posting format (CSV-INPUT.md), plus the
 * documented {@code source} column, always {@value #SOURCE}.
 *
 * <p>Every row is a pure function of the seed and its position: the row's kind (original,
 * exact duplicate, near-duplicate, bad row) comes from a hash of (seed, position), and its
 * content from a {@link SplittableRandom} seeded with another hash. A duplicate re-creates the
 * earlier row it repeats instead of remembering it, so rows can be made on several threads,
 * written in order in constant memory, and the same settings always give the same bytes.
 */
public final class PostingGenerator {

    /** The {@code source} column of every row: never the name of a real board. */
    public static final String SOURCE = "synthetic";
    /** The header, in column order. */
    public static final List<String> HEADER = List.of("source", "source_id", "title", "company", "location",
            "country", "contract", "salary_text", "experience_text", "education_text", "description", "url",
            "date_posted");
    /** Where synthetic URLs point: the reserved {@code .invalid} domain (RFC 2606). */
    public static final String URL_PREFIX = "https://synthetic.invalid/postings/";

    /** RFC 4180: comma, double quotes where needed, CRLF after each record. */
    private static final CSVFormat ROW_FORMAT = CSVFormat.RFC4180;
    /** Rows made by one task. */
    private static final int SLICE = 1024;
    /** Worker threads at most (writing, not making rows, limits beyond this). */
    private static final int MAX_THREADS = 8;
    /** How far back (in rows) a duplicate may reach. */
    private static final int LOOKBACK = 1000;
    private static final long SALT_KIND = 0x4b494e44L;
    private static final long SALT_TARGET = 0x54415247L;
    private static final long SALT_CONTENT = 0x434f4e54L;
    private static final long SALT_ROW = 0x524f5753L;

    private enum Kind { ORIGINAL, EXACT_DUPLICATE, NEAR_DUPLICATE, BAD }

    private final GeneratorSettings settings;
    private final Vocabulary vocabulary;
    private final Planner planner;

    /** A generator for these settings (vocabularies are loaded on first use). */
    public PostingGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.vocabulary = Vocabulary.get();
        this.planner = Planner.of(settings.profile(), vocabulary);
    }

    /**
     * Writes the header and {@code postings} rows to {@code out} (UTF-8, no byte-order mark,
     * RFC 4180: comma, CRLF, quotes where needed, line breaks kept inside quoted fields). The
     * same settings give a byte-identical file, whatever the number of processors.
     *
     * <p>Streams: rows are made in slices of {@value #SLICE} on a few worker threads and written
     * in order, with at most two slices per thread in flight, so memory does not grow with the
     * row count.
     *
     * @return the counts written, by kind of row
     * @throws IOException when the file cannot be written
     */
    public GeneratedCounts write(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            os.write(format(List.of(HEADER.toArray())).getBytes(StandardCharsets.UTF_8));
            return writeRows(os);
        }
    }

    private GeneratedCounts writeRows(OutputStream os) throws IOException {
        long total = settings.postings();
        int threads = (int) Math.max(1, Math.min(MAX_THREADS,
                Math.min(Runtime.getRuntime().availableProcessors(), (total + SLICE - 1) / SLICE)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "techdir-generate");
            t.setDaemon(true);
            return t;
        });
        long duplicates = 0;
        long bad = 0;
        long withSalary = 0;
        try {
            Deque<Future<Slice>> inFlight = new ArrayDeque<>();
            long next = 0;
            while (next < total || !inFlight.isEmpty()) {
                while (next < total && inFlight.size() < 2 * threads) {
                    long from = next;
                    long to = Math.min(total, next + SLICE);
                    inFlight.add(pool.submit(() -> slice(from, to)));
                    next = to;
                }
                Slice s = await(inFlight.poll());
                os.write(s.bytes());
                duplicates += s.duplicates();
                bad += s.badRows();
                withSalary += s.withSalary();
            }
        } finally {
            pool.shutdownNow();
        }
        return new GeneratedCounts(total, duplicates, bad, withSalary);
    }

    private static Slice await(Future<Slice> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("generate: interrupted while writing rows");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException("generate: cannot make rows", c);
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as UTF-8 CSV bytes, with counts. */
    private record Slice(byte[] bytes, long duplicates, long badRows, long withSalary) {
    }

    private Slice slice(long from, long to) {
        CSVFormat format = ROW_FORMAT.builder().get(); // CSVFormat.printRecord locks its instance
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (to - from) * 1400);
        StringBuilder sb = new StringBuilder(4096);
        long duplicates = 0;
        long bad = 0;
        long withSalary = 0;
        for (long j = from; j < to; j++) {
            Kind kind = kind(j);
            GeneratedRow row;
            if (kind == Kind.EXACT_DUPLICATE || kind == Kind.NEAR_DUPLICATE) {
                long target = original(j);
                if (target < 0) {
                    kind = Kind.ORIGINAL;
                    row = content(j);
                } else if (kind == Kind.EXACT_DUPLICATE) {
                    row = content(target);
                } else {
                    GeneratedRow first = content(target);
                    int days = 1 + (int) (Draw.unit(Draw.hash(settings.seed(), j, SALT_ROW)) * 14);
                    row = first.repostedAs(id(j), URL_PREFIX + id(j), PostingText.later(first.datePosted(), days));
                }
            } else {
                row = content(j);
            }
            if (kind == Kind.BAD) {
                row = Draw.unit(Draw.hash(settings.seed(), j, SALT_ROW)) < 0.5 ? row.withoutTitle()
                        : row.withoutSourceId();
                bad++;
            } else {
                if (kind != Kind.ORIGINAL) {
                    duplicates++;
                }
                if (row.salaryDisclosed()) {
                    withSalary++;
                }
            }
            sb.setLength(0);
            try {
                format.printRecord(sb, SOURCE, row.sourceId(), row.title(), row.company(), row.location(),
                        row.country(), row.contract(), row.salaryText(), row.experienceText(),
                        row.educationText(), row.description(), row.url(), row.datePosted());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not throw
            }
            bytes.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Slice(bytes.toByteArray(), duplicates, bad, withSalary);
    }

    private static String format(List<Object> values) {
        StringBuilder sb = new StringBuilder();
        try {
            ROW_FORMAT.builder().get().printRecord(sb, values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** The kind of the row at a position, from a hash: the same for every caller. */
    private Kind kind(long position) {
        if (position == 0) {
            return Kind.ORIGINAL;
        }
        double u = Draw.unit(Draw.hash(settings.seed(), position, SALT_KIND));
        double bad = planner.badRowShare();
        double exact = bad + planner.exactDuplicateShare();
        double near = exact + planner.nearDuplicateShare();
        return u < bad ? Kind.BAD : u < exact ? Kind.EXACT_DUPLICATE : u < near ? Kind.NEAR_DUPLICATE : Kind.ORIGINAL;
    }

    /** An earlier original row for the duplicate at {@code position}, or -1 when there is none. */
    private long original(long position) {
        long reach = Math.min(position, LOOKBACK);
        long back = 1 + (long) (Draw.unit(Draw.hash(settings.seed(), position, SALT_TARGET)) * reach);
        for (long i = position - back; i >= 0 && i >= position - 2 * LOOKBACK; i--) {
            if (kind(i) == Kind.ORIGINAL) {
                return i;
            }
        }
        return -1;
    }

    /** The original row at a position: its own id and URL, content from its own random stream. */
    private GeneratedRow content(long position) {
        SplittableRandom rng = new SplittableRandom(Draw.hash(settings.seed(), position, SALT_CONTENT));
        JobPlan plan = planner.plan(rng);
        GeneratedRow r = PostingText.write(rng, vocabulary, plan, planner.entityShare(), planner.injectionShare());
        String id = id(position);
        return new GeneratedRow(id, r.title(), r.company(), r.location(), r.country(), r.contract(),
                r.salaryText(), r.experienceText(), r.educationText(), r.description(), URL_PREFIX + id,
                r.datePosted(), r.salaryDisclosed());
    }

    /**
     * The source id of a position: prefix, seed, and 1-based number of at least 7 digits
     * ("syn-m-s42-0000001"), so that files generated with other seeds never share an id.
     */
    private String id(long position) {
        String n = Long.toString(position + 1);
        StringBuilder sb = new StringBuilder(planner.idPrefix()).append('s').append(settings.seed()).append('-');
        for (int i = n.length(); i < 7; i++) {
            sb.append('0');
        }
        return sb.append(n).toString();
    }
}
