package io.techdir.gather;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a local input file is named in its records ({@code FILE:LINE}), and so in posting ids,
 * rejects and the manifest's inputs: relative to the project folder when the file is inside it
 * ({@code data/samples/glassdoor/glassdoor-2020-sample.csv}), else its absolute path; both
 * normalized ({@code ./}, {@code ..} and doubled separators removed), with {@code /} as separator.
 * So one file has one name, and its postings one id, whatever the run's working folder (a cron
 * job's is not the project's), however the path was spelled on the command line, and whatever the
 * Spark master (a cluster's executors are given absolute paths to read). The name is only a name:
 * the file is read at the path the run was given.
 */
public final class RecordNames {

    private RecordNames() {
    }

    /**
     * The name of the local file {@code file} (as the run reads it: absolute, or relative to this
     * process's working folder) for a project in the folder {@code home}; a URL, or a text that is
     * no path of this system, is returned as it is.
     */
    public static String of(String file, Path home) {
        if (file.contains("://")) {
            return file;
        }
        Path absolute;
        try {
            absolute = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return file;
        }
        Path base = home.toAbsolutePath().normalize();
        Path named = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
        return named.toString().replace(java.io.File.separatorChar, '/');
    }
}
