package io.techdir.cli;

import io.techdir.gather.SourceSpec;
import java.nio.file.Path;
import java.util.Set;

/**
 * The project folder (where {@code jobs/}, {@code data/} and {@code reports/} are): the system
 * property {@code techdir.home} set by {@code bin/techdir}, else the working folder. Paths inside
 * job files are relative to it.
 */
final class Home {

    /** Source kinds whose location is a local path. */
    private static final Set<String> FILE_KINDS = Set.of("csv", "francetravail", "html");

    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty("techdir.home", ".")).toAbsolutePath().normalize();
    }

    /** A path as short as it can be said: relative to the working folder when inside it. */
    static Path relativize(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    /**
     * System property that replaces every job's warehouse ({@code none}: no warehouse unless
     * {@code --warehouse} is given); for tests and for {@code TECHDIR_JAVA_OPTS}.
     */
    static final String WAREHOUSE_PROPERTY = "techdir.warehouse";

    /**
     * A job's warehouse (null for none): the {@value #WAREHOUSE_PROPERTY} system property when set; a URI ({@code scheme://...} or {@code file:...}) as is, a path resolved
     * against the project folder; null means {@code data/warehouse}.
     */
    static String warehouse(String fromJob, Path home) {
        String override = System.getProperty(WAREHOUSE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return override.trim().equals("none") ? null : override.trim();
        }
        String w = fromJob != null ? fromJob : RunCommand.DEFAULT_WAREHOUSE;
        if (w.contains("://") || w.startsWith("file:")) {
            return w;
        }
        return relativize(home.resolve(w)).toString();
    }

    /**
     * A local source's path made absolute: on a cluster, executors read the files from their own
     * working folder, so a relative path would name nothing there.
     */
    static SourceSpec absolute(SourceSpec spec) {
        if (!FILE_KINDS.contains(spec.kind()) || Path.of(spec.location()).isAbsolute()) {
            return spec;
        }
        return new SourceSpec(spec.kind(), Path.of(spec.location()).toAbsolutePath().normalize().toString(),
                spec.options());
    }

    /** A job file's source with its local path resolved against the project folder. */
    static SourceSpec resolve(SourceSpec spec, Path home) {
        if (!FILE_KINDS.contains(spec.kind()) || Path.of(spec.location()).isAbsolute()) {
            return spec;
        }
        return new SourceSpec(spec.kind(), relativize(home.resolve(spec.location())).toString(), spec.options());
    }
}
