package io.techdir.gather;

import io.techdir.posting.RawPosting;
import io.techdir.posting.Reject;
import io.techdir.posting.SourceRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helpers: fixture paths and reading a whole (small) file. */
final class Records {

    /** Fixtures folder, relative to the project folder (surefire's working directory). */
    static final String DIR = "src/test/resources/gather/";

    private Records() {
    }

    static List<SourceRecord> readAll(String spec, String file) {
        return readAll(SourceReaders.forSpec(SourceSpec.parse(spec)), file);
    }

    static List<SourceRecord> readAll(SourceReader reader, String file) {
        List<SourceRecord> out = new ArrayList<>();
        Iterator<SourceRecord> it = reader.read(file);
        it.forEachRemaining(out::add);
        return out;
    }

    static List<RawPosting> postings(List<SourceRecord> records) {
        return records.stream().filter(RawPosting.class::isInstance).map(RawPosting.class::cast)
                .toList();
    }

    static List<Reject> rejects(List<SourceRecord> records) {
        return records.stream().filter(Reject.class::isInstance).map(Reject.class::cast).toList();
    }
}
