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

    /** A job file's source with its local path resolved against the project folder. */
    static SourceSpec resolve(SourceSpec spec, Path home) {
        if (!FILE_KINDS.contains(spec.kind()) || Path.of(spec.location()).isAbsolute()) {
            return spec;
        }
        return new SourceSpec(spec.kind(), relativize(home.resolve(spec.location())).toString(), spec.options());
    }
}
