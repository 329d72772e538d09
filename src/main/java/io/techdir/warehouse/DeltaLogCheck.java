package io.techdir.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks, before Delta reads it, what a Delta table's state is rebuilt from: the checkpoint Delta
 * uses ({@link DeltaCheckpoints#latest}: Parquet magic bytes and size, not its rows), then the
 * commit files after it, which must all be there (Delta replays them in order) and hold whole JSON
 * objects, one a line. Delta reads them in Spark tasks, and a file cut short, emptied or
 * overwritten failed there with Spark's stack traces in the log and an internal error (or, a commit
 * emptied, was read as a commit of nothing: the runs it held vanished from {@code history}); here
 * it is said in one line naming the file. A {@code _last_checkpoint} that is not JSON is named too
 * (Delta reads past it, after retries and sleeps, with a stack trace a try). What Delta passes over
 * quietly is passed over here too: a checkpoint file of no bytes, a {@code _last_checkpoint} naming
 * a checkpoint that is not there (Delta lists the log instead). Reading goes through the table's
 * Hadoop file system, so a local file's checksum ({@code .NAME.crc}) is verified too.
 */
final class DeltaLogCheck {

    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeltaLogCheck() {
    }

    /** Whether a table has a Delta log (a commit or a checkpoint in its {@code _delta_log}). */
    static boolean exists(String tablePath, Configuration conf) throws IOException {
        Path log = new Path(tablePath, "_delta_log");
        FileSystem fs = log.getFileSystem(conf);
        if (!fs.exists(log)) {
            return false;
        }
        for (FileStatus f : fs.listStatus(log)) {
            String name = f.getPath().getName();
            if (COMMIT.matcher(name).matches() || DeltaCheckpoints.isCheckpoint(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param tablePath the table's folder or URI
     * @return null when the checkpoint and the commit files Delta would read are whole, else what
     *     is wrong, naming the file
     * @throws IOException when the log cannot be listed
     */
    static String problem(String tablePath, Configuration conf) throws IOException {
        Path log = new Path(tablePath, "_delta_log");
        FileSystem fs = log.getFileSystem(conf);
        FileStatus[] listing = fs.listStatus(log);
        DeltaCheckpoints.Last last = null;
        for (FileStatus f : listing) {
            if (f.getPath().getName().equals(DeltaCheckpoints.LAST)) {
                // Delta reads past one it cannot parse, but only after retries, sleeps and a stack trace a try
                String p = problemIn(fs, f);
                last = p == null ? DeltaCheckpoints.last(fs, f.getPath()) : null;
                if (p != null || last == null) {
                    return "its Delta log file " + DeltaCheckpoints.LAST + " is corrupt (" + (p != null ? p
                            : "no version") + "; it only points to the latest checkpoint: Delta does without it, so"
                            + " removing it is safe)";
                }
            }
        }
        DeltaCheckpoints.Checkpoint checkpoint = DeltaCheckpoints.latest(listing);
        long from = checkpoint == null ? -1 : checkpoint.version();
        if (checkpoint != null) {
            String p = checkpoint.parquet() ? DeltaCheckpoints.problem(fs, checkpoint, last)
                    : problemIn(fs, checkpoint.files().get(0));
            if (p != null) {
                return "its Delta checkpoint " + checkpoint.name() + " is corrupt (" + p + ")";
            }
        }
        TreeMap<Long, FileStatus> commits = new TreeMap<>();
        for (FileStatus f : listing) {
            Matcher m = COMMIT.matcher(f.getPath().getName());
            if (m.matches() && Long.parseLong(m.group(1)) > from) {
                commits.put(Long.parseLong(m.group(1)), f);
            }
        }
        long expected = from + 1;
        for (long v : commits.keySet()) {
            if (v != expected) {
                return noCommit(expected, last, from);
            }
            expected++;
        }
        if (checkpoint == null && commits.isEmpty()) {
            return noCommit(0, last, from); // checkpoint files of no bytes alone
        }
        for (FileStatus f : commits.values()) {
            String p = problemIn(fs, f);
            if (p != null) {
                return "its Delta log file " + f.getPath().getName() + " is corrupt (" + p + ")";
            }
        }
        return null;
    }

    /**
     * A log that lacks the commit of a version after the checkpoint Delta can use, with what
     * {@code _last_checkpoint} names when Delta cannot use it.
     */
    private static String noCommit(long version, DeltaCheckpoints.Last last, long used) {
        return "its Delta log has no commit file " + String.format(Locale.ROOT, "%020d", version) + ".json and no"
                + " checkpoint after it to rebuild the table from" + (last == null || last.version() <= used ? ""
                        : " (" + DeltaCheckpoints.LAST + " names the checkpoint of version " + last.version()
                                + ", which is missing or empty)");
    }

    private static String problemIn(FileSystem fs, FileStatus f) throws IOException {
        if (f.getLen() == 0) {
            return "empty";
        }
        int line = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(f.getPath()),
                StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                line++;
                if (l.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = JSON.readTree(l);
                    if (!n.isObject()) {
                        return "line " + line + ": not a JSON object";
                    }
                } catch (JsonEOFException e) {
                    return "line " + line + ": cut short";
                } catch (JsonProcessingException e) {
                    return "line " + line + ": not JSON";
                }
            }
        } catch (org.apache.hadoop.fs.ChecksumException e) {
            return "its checksum does not match: it changed after it was written";
        }
        return null;
    }
}
