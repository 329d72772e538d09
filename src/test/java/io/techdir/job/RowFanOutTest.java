package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.posting.PostingSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Both consumers get every row, in order; a failure anywhere stops all three threads. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RowFanOutTest {

    @TempDir
    Path dir;

    private static Iterator<Row> numbers(int n) {
        return IntStream.range(0, n).mapToObj(i -> RowFactory.create((Object) i)).iterator();
    }

    private static List<Integer> drain(Iterator<Row> it) {
        List<Integer> out = new ArrayList<>();
        it.forEachRemaining(r -> out.add(r.getInt(0)));
        return out;
    }

    @Test
    void bothConsumersGetEveryRowInOrder() throws Exception {
        // More rows than the queues hold, not a multiple of the batch: the reader waits for the consumers.
        int n = RowFanOut.BATCH * RowFanOut.QUEUE * 3 + 17;
        try (RowFanOut fan = RowFanOut.start(numbers(n))) {
            CompletableFuture<List<Integer>> other = CompletableFuture.supplyAsync(() -> drain(fan.iterator(1)));
            List<Integer> mine = drain(fan.iterator(0));
            List<Integer> expected = IntStream.range(0, n).boxed().toList();
            assertEquals(expected, mine);
            assertEquals(expected, other.get());
        }
    }

    @Test
    void noRows() throws Exception {
        try (RowFanOut fan = RowFanOut.start(numbers(0))) {
            assertFalse(fan.iterator(0).hasNext());
            assertFalse(fan.iterator(1).hasNext());
        }
    }

    @Test
    void aReaderFailureReachesBothConsumersAfterTheRowsBeforeIt() throws Exception {
        IllegalStateException boom = new IllegalStateException("partition 3 lost");
        Iterator<Row> failing = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                if (i == 5000) {
                    throw boom;
                }
                return true;
            }

            @Override
            public Row next() {
                return RowFactory.create((Object) i++);
            }
        };
        try (RowFanOut fan = RowFanOut.start(failing)) {
            for (int c = 0; c < 2; c++) {
                Iterator<Row> it = fan.iterator(c);
                int seen = 0;
                RuntimeException e = null;
                try {
                    while (it.hasNext()) {
                        assertEquals(seen++, it.next().getInt(0));
                    }
                } catch (RuntimeException x) {
                    e = x;
                }
                assertSame(boom, e);
                assertEquals(5000, seen);
            }
        }
    }

    @Test
    void aCancelledConsumerStopsTheReaderAndTheOtherConsumer() throws Exception {
        // An endless reader: only the cancellation can stop it.
        Iterator<Row> endless = IntStream.iterate(0, i -> i + 1).mapToObj(i -> RowFactory.create((Object) i)).iterator();
        RowFanOut fan = RowFanOut.start(endless);
        Iterator<Row> first = fan.iterator(0);
        first.next();
        IllegalStateException cause = new IllegalStateException("sheet full");
        fan.cancel(cause);
        assertThrows(CancellationException.class, () -> drain(fan.iterator(1)));
        fan.close();
        assertSame(cause, fan.failure());
    }

    @Test
    void postingsGoToTheCsvAndTheWorkbookAndACsvFailureIsThrown() throws Exception {
        Row posting = RowFactory.create(new Object[PostingSchema.names().size()]);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(posting);
        }
        Path csv = dir.resolve("postings.csv");
        int[] sheetRows = {0};
        ReportStage.writePostings(csv, io.techdir.report.CsvDialect.STANDARD, rows.iterator(), it -> {
            while (it.hasNext()) {
                it.next();
                sheetRows[0]++;
            }
        });
        assertEquals(3000, sheetRows[0]);
        assertEquals(3001, Files.readAllLines(csv).size());

        // A row the CSV refuses (wrong width) fails the CSV thread: its error is the one thrown.
        List<Row> bad = new ArrayList<>(rows);
        bad.add(1500, RowFactory.create("too", "short"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportStage.writePostings(csv, io.techdir.report.CsvDialect.STANDARD, bad.iterator(), it -> {
                    while (it.hasNext()) {
                        it.next();
                    }
                }));
        assertTrue(e.getMessage().contains("posting row 1501 has 2 values"), e.getMessage());

        // A workbook failure is thrown as is, and the CSV thread stops.
        IOException disk = new IOException("disk full");
        assertSame(disk, assertThrows(IOException.class,
                () -> ReportStage.writePostings(csv, io.techdir.report.CsvDialect.STANDARD, rows.iterator(), it -> {
                    it.next();
                    throw disk;
                })));
    }
}
