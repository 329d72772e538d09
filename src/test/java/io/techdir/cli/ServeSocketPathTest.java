package io.techdir.cli;

import static io.techdir.cli.InProcess.techdir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.cli.InProcess.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --socket PATH} removes only a socket a gone server left there: a file or a folder
 * at that path is the caller's, and the server refuses to start (exit 3) without touching it.
 */
class ServeSocketPathTest {

    @TempDir
    Path dir;

    @Test
    void aFileAtTheSocketPathIsKeptAndTheServerRefuses() throws Exception {
        Path precious = dir.resolve("precious.txt");
        Files.writeString(precious, "keep me");
        Outcome o = techdir("serve", "--no-warm-up", "--socket", precious.toString());
        assertEquals(3, o.code(), o.err());
        assertTrue(o.err().contains("--socket " + precious + ": a file of that name exists, not a socket"), o.err());
        assertEquals("keep me", Files.readString(precious));
    }

    @Test
    void aFolderAtTheSocketPathIsKeptAndTheServerRefuses() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Outcome o = techdir("serve", "--no-warm-up", "--socket", folder.toString());
        assertEquals(3, o.code(), o.err());
        assertTrue(o.err().contains("a folder of that name exists, not a socket"), o.err());
        assertTrue(Files.isDirectory(folder));
    }
}
