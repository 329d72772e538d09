package io.techdir.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks the commit files a Delta table's state is rebuilt from (those after its latest
 * checkpoint): each must hold whole JSON objects, one a line. Delta reads them in Spark tasks, and
 * a file cut short, emptied or overwritten failed there with Spark's stack traces in the log and an
 * internal error (or, emptied, was read as a commit of nothing: the runs it held vanished from
 * {@code history}); here it is said in one line naming the file. Reading goes through the table's
 * Hadoop file system, so a local file's checksum ({@code .NAME.crc}) is verified too.
 */
final class DeltaLogCheck {

    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");
    private static final Pattern CHECKPOINT = Pattern.compile("(\\d{20})\\.checkpoint\\..*");
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
            if (COMMIT.matcher(name).matches() || CHECKPOINT.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param tablePath the table's folder or URI
     * @return null when every commit file read is whole, else what is wrong, naming the file
     * @throws IOException when the log cannot be listed
     */
    static String problem(String tablePath, Configuration conf) throws IOException {
        Path log = new Path(tablePath, "_delta_log");
        FileSystem fs = log.getFileSystem(conf);
        long checkpoint = -1;
        List<FileStatus> commits = new ArrayList<>();
        for (FileStatus f : fs.listStatus(log)) {
            String name = f.getPath().getName();
            Matcher c = CHECKPOINT.matcher(name);
            if (c.matches()) {
                checkpoint = Math.max(checkpoint, Long.parseLong(c.group(1)));
            } else if (COMMIT.matcher(name).matches()) {
                commits.add(f);
            }
        }
        for (FileStatus f : commits) {
            Matcher m = COMMIT.matcher(f.getPath().getName());
            if (m.matches() && Long.parseLong(m.group(1)) > checkpoint) {
                String p = problemIn(fs, f);
                if (p != null) {
                    return "its Delta log file " + f.getPath().getName() + " is corrupt (" + p + ")";
                }
            }
        }
        return null;
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
