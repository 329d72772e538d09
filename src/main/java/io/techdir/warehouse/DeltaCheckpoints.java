package io.techdir.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The checkpoints of a Delta log, and the one Delta rebuilds a table's state from: the latest
 * complete one, whatever {@code _last_checkpoint} says (Delta lists the log from the version it
 * names, and lists it all when that checkpoint is not there). Complete:
 * a classic {@code NNN.checkpoint.parquet}, every part of a multi-part {@code
 * NNN.checkpoint.PART.PARTS.parquet}, or a v2 {@code NNN.checkpoint.UUID.json|parquet}; a file of
 * no bytes is passed over, as Delta passes it over. A Parquet file is checked cheaply, without
 * reading it: at least 12 bytes, {@code PAR1} at both ends, a footer length that fits, and the size
 * {@code _last_checkpoint} records when it names this checkpoint.
 */
final class DeltaCheckpoints {

    /** Version, then a multi-part checkpoint's part and parts, or a v2 checkpoint's UUID. */
    static final Pattern NAME = Pattern.compile(
            "(\\d{20})\\.checkpoint(?:\\.(\\d{10})\\.(\\d{10})|\\.([0-9a-fA-F-]{36}))?\\.(parquet|json)");
    /** The file Delta names its latest checkpoint in. */
    static final String LAST = "_last_checkpoint";

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    /** The smallest Parquet file: magic, footer length, magic. */
    private static final int SMALLEST = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeltaCheckpoints() {
    }

    /**
     * A checkpoint: its version and files (one, or every part).
     *
     * @param parquet whether its files are Parquet (a v2 checkpoint may be JSON)
     * @param classic whether it is a classic or multi-part one, whose size {@code _last_checkpoint}
     *     records
     */
    record Checkpoint(long version, List<FileStatus> files, boolean parquet, boolean classic) {

        /** Its (first) file's name. */
        String name() {
            return files.get(0).getPath().getName();
        }

        long bytes() {
            return files.stream().mapToLong(FileStatus::getLen).sum();
        }
    }

    /**
     * What {@code _last_checkpoint} says: the version of the latest checkpoint, and its size in
     * bytes ({@code -1} when not recorded).
     */
    record Last(long version, long bytes) {
    }

    /** Whether a log file's name is a checkpoint's. */
    static boolean isCheckpoint(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * The checkpoint Delta rebuilds the table's state from: the latest complete one of the
     * listing, its files of no bytes passed over; null when there is none (Delta replays every
     * commit from version 0).
     */
    static Checkpoint latest(FileStatus[] listing) {
        Map<Long, Map<String, List<FileStatus>>> byVersion = new TreeMap<>();
        for (FileStatus f : listing) {
            Matcher m = NAME.matcher(f.getPath().getName());
            if (m.matches() && f.getLen() > 0) {
                String kind = m.group(2) != null ? "parts:" + m.group(3) : m.group(4) != null ? "v2:" + m.group(4)
                        : "classic";
                byVersion.computeIfAbsent(Long.parseLong(m.group(1)), v -> new TreeMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
            }
        }
        List<Long> versions = new ArrayList<>(byVersion.keySet());
        for (int i = versions.size() - 1; i >= 0; i--) {
            long v = versions.get(i);
            for (Map.Entry<String, List<FileStatus>> e : byVersion.get(v).entrySet()) {
                String kind = e.getKey();
                List<FileStatus> files = e.getValue();
                if (kind.startsWith("parts:") && files.size() != Integer.parseInt(kind.substring(6))) {
                    continue; // a part missing or empty: incomplete
                }
                files.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
                boolean parquet = files.get(0).getPath().getName().endsWith(".parquet");
                return new Checkpoint(v, List.copyOf(files), parquet, !kind.startsWith("v2:"));
            }
        }
        return null;
    }

    /**
     * What a {@code _last_checkpoint} file says, or null when it names no version.
     *
     * @throws IOException when it cannot be read as JSON (see {@code DeltaLogCheck}, which checks
     *     it first)
     */
    static Last last(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            JsonNode n = JSON.readTree(in);
            if (n == null || !n.path("version").canConvertToLong()) {
                return null;
            }
            JsonNode size = n.path("sizeInBytes");
            return new Last(n.path("version").asLong(), size.canConvertToLong() ? size.asLong() : -1);
        }
    }

    /**
     * What is wrong with a checkpoint's Parquet files, or null: checked without reading them (the
     * first 4 and the last 8 bytes; a local file's Hadoop checksum covers the chunks read).
     *
     * @param last what {@code _last_checkpoint} says, or null
     */
    static String problem(FileSystem fs, Checkpoint c, Last last) throws IOException {
        if (last != null && last.version() == c.version() && c.classic() && last.bytes() >= 0
                && last.bytes() != c.bytes()) {
            return (c.bytes() < last.bytes() ? "cut short: " : "") + c.bytes() + " bytes, where " + LAST
                    + " records " + last.bytes();
        }
        for (FileStatus f : c.files()) {
            String p = parquetProblem(fs, f);
            if (p != null) {
                return (c.files().size() > 1 ? f.getPath().getName() + ": " : "") + p;
            }
        }
        return null;
    }

    private static String parquetProblem(FileSystem fs, FileStatus f) throws IOException {
        long n = f.getLen();
        if (n < SMALLEST) {
            return "not a Parquet file: " + n + " bytes";
        }
        byte[] head = new byte[4];
        byte[] tail = new byte[8];
        try (FSDataInputStream in = fs.open(f.getPath())) {
            in.readFully(0, head);
            in.readFully(n - tail.length, tail);
        } catch (org.apache.hadoop.fs.ChecksumException e) {
            return "its checksum does not match: it changed after it was written";
        }
        if (!Arrays.equals(head, MAGIC)) {
            return "not a Parquet file: it does not start with PAR1";
        }
        if (!Arrays.equals(Arrays.copyOfRange(tail, 4, 8), MAGIC)) {
            return "cut short or overwritten: it does not end with PAR1";
        }
        long footer = (tail[0] & 0xffL) | (tail[1] & 0xffL) << 8 | (tail[2] & 0xffL) << 16 | (tail[3] & 0xffL) << 24;
        if (footer == 0 || footer > n - SMALLEST) {
            return "its footer length " + footer + " does not fit in its " + n + " bytes";
        }
        return null;
    }
}
