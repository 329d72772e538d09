package io.techdir.gather;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test case's fresh {@link FixtureBoard} on 127.0.0.1 whose robots.txt allows every page, and a
 * fresh folder for the crawl's landing zone ({@link #raw}); the board is closed after each test.
 * Tests add the pages they need.
 */
abstract class OpenBoardCase {

    /** The robots.txt of {@link #board}: every page allowed. */
    static final String ALLOW_ALL = "User-agent: *\nAllow: /\n";

    @TempDir
    Path raw;
    FixtureBoard board;

    @BeforeEach
    void startBoard() throws Exception {
        board = new FixtureBoard().robots(ALLOW_ALL);
    }

    @AfterEach
    void stopBoard() {
        board.close();
    }
}
