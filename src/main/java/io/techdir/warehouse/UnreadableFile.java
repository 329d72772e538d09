package io.techdir.warehouse;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.spark.SparkThrowable;

/**
 * A warehouse file Spark could not read, as bad input in one line. Spark reads files only from the
 * warehouse here (the sources are read by techdir's own readers, in tasks that Spark does not see
 * as file reads), and a file it cannot read (a data file cut short, overwritten or missing, a
 * checkpoint damaged where the check at open does not look) fails the Spark task that reads it
 * with the condition {@code FAILED_READ_FILE}, wherever the rows are used: merging, {@code
 * history}, a rebuild. Reading every data file beforehand would cost a read of the whole
 * warehouse, so the file is named when it is read.
 */
public final class UnreadableFile {

    private static final String CONDITION = "FAILED_READ_FILE";

    private UnreadableFile() {
    }

    /**
     * The exception naming the file, e.g. {@code /srv/wh/runs/part-00000-….parquet: cannot read this
     * file of the warehouse (it is not a Parquet file. Expected magic number at tail, but found [114,
     * 99, 48, 21]); expected the file as Delta wrote it (restore the file, or the warehouse, from a
     * backup)}; null when {@code e} is no failed read of a file.
     */
    public static WarehouseException of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SparkThrowable s && s.getCondition() != null && s.getCondition().startsWith(CONDITION)
                    && s.getMessageParameters().get("path") != null) {
                String file = local(s.getMessageParameters().get("path"));
                return new WarehouseException(file + ": cannot read this file of the warehouse (" + why(t, file)
                        + "); expected the file as Delta wrote it (restore the file, or the warehouse, from a backup)",
                        e);
            }
        }
        return null;
    }

    /**
     * Why the file could not be read: its innermost cause's first line, the file it names said
     * "it", its type unless a bare RuntimeException (Parquet's "is not a Parquet file"); the
     * condition when there is no cause.
     */
    private static String why(Throwable failed, String file) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == failed) {
            return ((SparkThrowable) failed).getCondition();
        }
        String m = root.getMessage() == null ? "" : root.getMessage().strip();
        int nl = m.indexOf('\n');
        m = (nl < 0 ? m : m.substring(0, nl)).replaceAll("(file:(//)?)?" + Pattern.quote(file), "it").strip();
        return root.getClass() == RuntimeException.class ? m : root.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }

    /** A {@code file:} URI as a local path; any other as it is. */
    private static String local(String path) {
        if (!path.startsWith("file:")) {
            return path;
        }
        try {
            return Path.of(URI.create(path)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return path.replaceFirst("^file:(//)?", "");
        }
    }
}
