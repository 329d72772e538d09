package io.techdir.gather;

import static io.techdir.gather.Records.DIR;
import static io.techdir.gather.Records.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readers travel to Spark executors: serialized and read back, they read the same records. */
class SerializationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csv:{d}                                   | hellowork-excerpt.csv
            csv:{d}                                   | glassdoor-excerpt.csv
            csv:{d}?mapping=hellowork&source=hw       | hellowork-excerpt.csv
            csv:{d}?delimiter=;&encoding=UTF-8        | generic-semicolon-bom.csv
            francetravail:{d}                         | ft-array.json
            """)
    void aDeserializedReaderReadsTheSameRecords(String spec, String file) throws Exception {
        SourceReader reader = SourceReaders.forSpec(SourceSpec.parse(spec.replace("{d}", DIR)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(reader);
        }
        SourceReader copy;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SourceReader) in.readObject();
        }
        assertEquals(reader.spec(), copy.spec());
        assertEquals(readAll(reader, DIR + file), readAll(copy, DIR + file));
    }
}
