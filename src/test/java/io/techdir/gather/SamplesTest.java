package io.techdir.gather;

import static io.techdir.gather.Records.postings;
import static io.techdir.gather.Records.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.RawPosting;
import io.techdir.posting.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped samples (data/samples/, see its README) read cleanly: every record becomes a
 * posting, with the source the auto-detection gives, and the counts the README states.
 */
class SamplesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # spec                                | files | records | distinct ids | source
            francetravail:data/samples/francetravail | 2  | 250     | 250          | francetravail
            csv:data/samples/hellowork            | 1     | 200     | 174          | hellowork
            csv:data/samples/glassdoor            | 1     | 120     | 120          | glassdoor
            """)
    void samplesReadWithoutRejects(String spec, int fileCount, int records, int distinct,
            String source) throws Exception {
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse(spec));
        List<String> files = reader.files();
        assertEquals(fileCount, files.size());
        for (String file : files) {
            reader.check(file);
        }
        List<SourceRecord> all = files.stream().flatMap(f -> readAll(reader, f).stream()).toList();
        assertEquals(records, all.size());
        List<RawPosting> rows = postings(all);
        assertEquals(records, rows.size(), "no rejects");
        assertEquals(distinct, rows.stream().map(RawPosting::sourceId).distinct().count());
        assertEquals(Set.of(source), rows.stream().map(RawPosting::source)
                .collect(Collectors.toSet()));
    }

    @Test
    void realDataSamplesStayUnderOnePointFiveMegabytes() throws IOException {
        long bytes = 0;
        for (String folder : List.of("francetravail", "hellowork", "glassdoor")) {
            try (Stream<Path> files = Files.walk(Path.of("data/samples", folder))) {
                bytes += files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length())
                        .sum();
            }
        }
        assertTrue(bytes < 1_500_000, "data/samples holds " + bytes + " bytes of real data");
    }
}
