package io.techdir.report;

import io.techdir.posting.PostingSchema;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * Run in a child JVM with a small heap by {@link WorkbookStreamingTest}: writes a workbook whose
 * postings sheet holds {@code args[1]} rows, cycling through the six real postings of the
 * excerpt with the row number appended to the title and the source id.
 */
public final class StreamingWorkbookMain {

    private StreamingWorkbookMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Row> excerpt = PostingFixtures.excerpt();
        Iterator<Row> rows = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row base = excerpt.get(i % excerpt.size());
                Row r = PostingFixtures.with(base, PostingSchema.TITLE, base.getString(PostingSchema.indexOf("title"))
                        + " #" + i);
                r = PostingFixtures.with(r, PostingSchema.SOURCE_ID, "n" + i);
                i++;
                return r;
            }
        };
        WorkbookWriter.write(file, List.of(ReportTables.salarySpread()), rows, List.of(ReportTables.manifest()),
                Language.FR);
        Runtime rt = Runtime.getRuntime();
        System.out.println("max heap " + rt.maxMemory() / (1024 * 1024) + " MiB, used at end "
                + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MiB");
    }
}
