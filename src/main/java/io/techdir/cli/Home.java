package io.techdir.cli;

import io.techdir.gather.SourceSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

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

    /**
     * The caller a server runs a command for ({@link ServeCommand}): its working folder and its
     * environment.
     *
     * @param directory the caller's working folder (absolute), against which relative paths on its
     *     command line are resolved
     * @param environment the caller's environment, where API credentials are looked up
     */
    record Caller(Path directory, Map<String, String> environment) {
    }

    /** The caller of the command running on this thread, when a server runs it for one; else null. */
    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    /** Runs {@code command} on this thread for {@code caller} (see {@link #fromCaller(Path)}). */
    static <T> T asCaller(Caller caller, Callable<T> command) throws Exception {
        Caller before = CALLER.get();
        CALLER.set(caller);
        try {
            return command.call();
        } finally {
            CALLER.set(before);
        }
    }

    /**
     * A path from the command line, as this process must use it: itself, unless a server runs the
     * command for a caller ({@link #asCaller}); then a relative path is resolved against the
     * caller's working folder (and made {@link #relativize as short as it can be said} here).
     */
    static Path fromCaller(Path p) {
        Caller c = CALLER.get();
        return c == null || p == null || p.isAbsolute() ? p : relativize(c.directory().resolve(p));
    }

    /** {@link #fromCaller(Path)} of a local source's path; other sources as they are. */
    static SourceSpec fromCaller(SourceSpec spec) {
        return withLocalPath(spec, Home::fromCaller);
    }

    /** {@link #fromCaller(Path)} of a warehouse given as a path; a URI as it is. */
    static String fromCallerWarehouse(String warehouse) {
        return isUri(warehouse) ? warehouse : fromCaller(Path.of(warehouse)).toString();
    }

    /** The environment of the command's caller: this process's, or the caller's a server runs it for. */
    static Map<String, String> environment() {
        Caller c = CALLER.get();
        return c == null ? System.getenv() : c.environment();
    }

    static Path path() {
        return io.techdir.job.ProjectFolder.path();
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
        return isUri(w) ? w : relativize(home.resolve(w)).toString();
    }

    /** Whether a warehouse location is a URI ({@code scheme://...} or {@code file:...}) rather than a path. */
    private static boolean isUri(String location) {
        return location.contains("://") || location.startsWith("file:");
    }

    /**
     * A local source's path made absolute: on a cluster, executors read the files from their own
     * working folder, so a relative path would name nothing there.
     */
    static SourceSpec absolute(SourceSpec spec) {
        return withLocalPath(spec, p -> p.toAbsolutePath().normalize());
    }

    /** A job file's source with its local path resolved against the project folder. */
    static SourceSpec resolve(SourceSpec spec, Path home) {
        return withLocalPath(spec, p -> relativize(home.resolve(p)));
    }

    /** A local source (file kinds) with a relative path given by {@code how}; any other source as it is. */
    private static SourceSpec withLocalPath(SourceSpec spec, UnaryOperator<Path> how) {
        if (!FILE_KINDS.contains(spec.kind())) {
            return spec;
        }
        Path p = Path.of(spec.location());
        if (p.isAbsolute()) {
            return spec;
        }
        Path changed = how.apply(p);
        return changed == p ? spec : new SourceSpec(spec.kind(), changed.toString(), spec.options());
    }
}
