package io.techdir.gather;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the files of a source location: the file itself, or a folder's files of one kind. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The location itself when it is a file; else the folder's regular, non-hidden files whose
     * name ends with {@code extension} (any case), sorted by name, as {@code location/NAME}.
     */
    static List<String> list(String location, String extension) throws SourceUnavailableException {
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw new SourceUnavailableException(location + ": bad path '" + e.getReason()
                    + "'; expected a file or folder", e);
        }
        if (Files.isRegularFile(path)) {
            if (!Files.isReadable(path)) {
                throw new SourceUnavailableException(location + ": not readable");
            }
            return List.of(location);
        }
        if (!Files.isDirectory(path)) {
            throw new SourceUnavailableException(location + ": no such file or folder");
        }
        String suffix = extension.toLowerCase(Locale.ROOT);
        List<String> files;
        try (Stream<Path> children = Files.list(path)) {
            files = children
                    .filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && n.toLowerCase(Locale.ROOT).endsWith(suffix))
                    .sorted()
                    .map(n -> path.resolve(n).toString())
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SourceUnavailableException(location + ": cannot list folder ("
                    + RecordIterator.describe(e) + ")", e);
        }
        if (files.isEmpty()) {
            throw new SourceUnavailableException(location + ": no " + suffix
                    + " file in folder; expected at least one");
        }
        return files;
    }
}
