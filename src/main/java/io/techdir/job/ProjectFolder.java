package io.techdir.job;

import java.nio.file.Path;

/**
 * The project folder, where {@code jobs/}, {@code data/} and {@code reports/} are: the system
 * property {@value #PROPERTY} set by {@code bin/techdir}, else the working folder.
 */
public final class ProjectFolder {

    /** The system property {@code bin/techdir} sets to the project folder. */
    public static final String PROPERTY = "techdir.home";

    private ProjectFolder() {
    }

    /** The project folder, absolute and normalized. */
    public static Path path() {
        return Path.of(System.getProperty(PROPERTY, ".")).toAbsolutePath().normalize();
    }
}
