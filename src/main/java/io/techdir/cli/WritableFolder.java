package io.techdir.cli;

import io.techdir.check.BadConfigurationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A folder a command will write in (a run's output folder, the scheduler's state and log folders),
 * made and checked when the command starts: a path through a file, a file of that name or a folder
 * that cannot be written fails there, in one line, rather than at the end of a run or at a fire time.
 */
final class WritableFolder {

    private WritableFolder() {
    }

    /**
     * Creates the folder and its parents, and checks that a file can be written in it.
     *
     * @param named how the message names the folder: the option and its value, or the job file's field
     * @throws BadConfigurationException naming it and saying why
     */
    static void prepare(Path dir, String named) {
        // The nearest part of the path that exists must be a folder (named as the path was given).
        for (Path p = dir.normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new BadConfigurationException(named + ": not a directory ("
                            + (p.equals(dir.normalize()) ? "a file of that name exists" : p + " is a file") + ")");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadConfigurationException(named + ": cannot create the folder (" + why(e) + ")");
        }
        try {
            Files.delete(Files.createTempFile(dir, ".techdir-write-check-", ".tmp"));
        } catch (IOException e) {
            throw new BadConfigurationException(named + ": cannot write in the folder (" + why(e) + ")");
        }
    }

    /** An I/O failure in a few words: "permission denied", "Read-only file system"... */
    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
