package io.techdir.report;

import io.techdir.posting.PostingSchema;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;

/**
 * A measuring aid, not a test: the CPU time of writing the postings CSV and the Postings sheet
 * for the rows of a {@code postings.csv} (read back into typed rows), without Spark. Thread CPU
 * time is reported next to wall time, so that a busy machine disturbs the figures less.
 *
 * <p>Usage: {@code PostingsWriteBench postings.csv OUT_DIR [ROUNDS]}.
 */
public final class PostingsWriteBench {

    private PostingsWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Row> rows = read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            try (PostingsCsvWriter w = new PostingsCsvWriter(out.resolve("postings.csv"), CsvDialect.STANDARD)) {
                for (Row r : rows) {
                    w.write(r);
                }
            }
            long csvCpu = mx.getCurrentThreadCpuTime() - cpu;
            long csvWall = System.nanoTime() - wall;
            long allCpu = totalCpu(mx);
            cpu = mx.getCurrentThreadCpuTime();
            wall = System.nanoTime();
            WorkbookWriter.write(out.resolve("market-report.xlsx"), List.of(), rows.iterator(), List.of(),
                    Language.FR);
            long sheetCpu = mx.getCurrentThreadCpuTime() - cpu;
            long sheetWall = System.nanoTime() - wall;
            long sheetAllCpu = totalCpu(mx) - allCpu;
            System.out.printf("round %d: %d rows: csv cpu %d ms wall %d ms | sheet: writer thread cpu %d ms, "
                    + "process cpu %d ms, wall %d ms%n", round, rows.size(), csvCpu / 1_000_000,
                    csvWall / 1_000_000, sheetCpu / 1_000_000, sheetAllCpu / 1_000_000, sheetWall / 1_000_000);
        }
    }

    /** The process's CPU time (threads that ended included). */
    private static long totalCpu(ThreadMXBean mx) {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The rows of a postings CSV, typed by the posting schema (the CSV's apostrophe guard removed). */
    static List<Row> read(Path csv) throws Exception {
        List<PostingSchema.Column> columns = PostingSchema.columns();
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Object[] values = new Object[columns.size()];
                for (int c = 0; c < values.length; c++) {
                    String s = rec.get(c);
                    if (s.isEmpty()) {
                        continue;
                    }
                    if (DataTypes.DoubleType.equals(columns.get(c).type())) {
                        values[c] = Double.parseDouble(s);
                    } else if (DataTypes.BooleanType.equals(columns.get(c).type())) {
                        values[c] = Boolean.parseBoolean(s);
                    } else {
                        values[c] = s.length() > 1 && s.charAt(0) == '\'' && CsvSafety.dangerous(s.substring(1))
                                ? s.substring(1) : s;
                    }
                }
                rows.add(RowFactory.create(values));
            }
        }
        return rows;
    }
}
