package io.techdir.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PostingNormalizer#isoDate}: the date a posting was published, from an ISO date or
 * date-time. Each row is what the parse-based version gave before the fast path for
 * {@code yyyy-MM-dd...} texts (generated postings carry "2024-04-26T15:00:06.733Z"), and of the
 * one for days 01-28 that skips the memo (days 29-31 and invalid ones go the parse's way).
 */
class PostingNormalizerTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            # published                      | date
            2024-04-26T15:00:06.733Z          | 2024-04-26
            2024-04-26                        | 2024-04-26
            "  2024-04-26T15:00:06+02:00 "    | 2024-04-26
            2024-04-26 15:00                  | 2024-04-26
            2024-04-26T25:00Z                 | 2024-04-26
            2024-02-29T10:00Z                 | 2024-02-29
            2024-02-30T10:00Z                 | null
            2023-02-29                        | null
            2024-13-01                        | null
            0000-01-01T00:00Z                 | 0000-01-01
            +10000-01-01T00:00Z               | +10000-01-01
            26/04/2024                        | null
            2024-4-26                         | null
            2024-04-00                        | null
            2024-00-10                        | null
            2024-12-31                        | 2024-12-31
            2024-12-28x                       | 2024-12-28
            2024-12-2                         | null
            "2024-12-2 "                      | null
            """)
    void isoDate(String published, String date) {
        assertEquals(date, PostingNormalizer.isoDate(published));
    }
}
