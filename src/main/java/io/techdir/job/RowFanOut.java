package io.techdir.job;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;

/**
 * Reads rows on a thread of its own and hands each of them, in batches, to two consumers, each
 * with its own {@link #iterator(int) iterator}: the postings CSV and the Postings sheet are
 * written at the same time as Spark's rows are fetched and deserialized, on as many cores.
 *
 * <p>Each consumer's queue holds at most {@value #QUEUE} batches of {@value #BATCH} rows, so
 * memory stays bounded: the reader waits for the slower consumer. {@link #cancel} (a consumer
 * failed) stops the reader and makes both iterators throw; a failure of the reader itself is
 * thrown by both iterators once they reach it. Rows are shared between the consumers: they must
 * not change them (Spark's {@link Row}s are immutable).
 */
final class RowFanOut implements AutoCloseable {

    /** Rows per batch handed over. */
    static final int BATCH = 1024;

    /**
     * Batches a consumer may be behind the reader. Spark's local iterator computes one partition
     * at a time, when the previous one has been read: while it does (a second or more for a
     * partition of 250 000 postings), the writers live on what is queued. 128 batches (131 072
     * rows, about 350 MB) keep both cores busy through most of it.
     */
    static final int QUEUE = 128;

    private static final Row[] END = new Row[0];

    private final BlockingQueue<Row[]> first = new ArrayBlockingQueue<>(QUEUE);
    private final BlockingQueue<Row[]> second = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private volatile Throwable failure;
    private volatile boolean cancelled;
    private boolean handedOut;

    private RowFanOut(Iterator<Row> rows) {
        this.reader = new Thread(() -> read(rows), "techdir-postings-read");
        reader.setDaemon(true);
    }

    /** Starts reading {@code rows} (consumed once, on the reader thread). */
    static RowFanOut start(Iterator<Row> rows) {
        RowFanOut fan = new RowFanOut(rows);
        fan.reader.start();
        return fan;
    }

    /**
     * The rows for consumer 0 or 1, in the order read; each consumer takes its iterator once and
     * uses it from one thread.
     *
     * @throws CancellationException from {@code hasNext} after {@link #cancel}
     * @throws RuntimeException from {@code hasNext} when reading the rows failed (the reader's
     *     exception, or an {@link IllegalStateException} wrapping a checked one)
     */
    Iterator<Row> iterator(int consumer) {
        if (consumer != 0 && consumer != 1) {
            throw new IllegalArgumentException("consumer " + consumer + "; expected 0 or 1");
        }
        return new Batches(consumer == 0 ? first : second);
    }

    /** Stops the reader and makes both iterators throw; the first cause is kept. */
    void cancel(Throwable cause) {
        fail(cause);
        cancelled = true;
        reader.interrupt();
    }

    /** The first failure: of the reader, or the cause given to {@link #cancel}; null if none. */
    Throwable failure() {
        return failure;
    }

    /** Stops the reader if it is still running and waits for it. */
    @Override
    public void close() throws InterruptedException {
        if (reader.isAlive()) {
            cancelled = true;
            reader.interrupt();
            reader.join();
        }
    }

    private void read(Iterator<Row> rows) {
        Row[] batch = new Row[BATCH];
        int n = 0;
        try {
            try {
                while (!cancelled && rows.hasNext()) {
                    batch[n++] = rows.next();
                    if (n == BATCH) {
                        hand(batch);
                        batch = new Row[BATCH];
                        n = 0;
                    }
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable t) {
                fail(t); // the rows read before it are still handed over, then the end
            }
            if (n > 0) {
                Row[] last = new Row[n];
                System.arraycopy(batch, 0, last, 0, n);
                hand(last);
            }
            hand(END);
        } catch (InterruptedException e) {
            // cancelled: the consumers are told by the flag
        }
    }

    private synchronized void fail(Throwable t) {
        if (failure == null) {
            failure = t;
        }
    }

    private void hand(Row[] batch) throws InterruptedException {
        put(first, batch);
        put(second, batch);
    }

    private void put(BlockingQueue<Row[]> queue, Row[] batch) throws InterruptedException {
        while (!cancelled) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** One consumer's view: batches taken from its queue. */
    private final class Batches implements Iterator<Row> {
        private final BlockingQueue<Row[]> queue;
        private Row[] batch = new Row[0];
        private int next;
        private boolean ended;

        Batches(BlockingQueue<Row[]> queue) {
            this.queue = queue;
        }

        @Override
        public boolean hasNext() {
            while (next == batch.length) {
                if (ended) {
                    return false;
                }
                Row[] taken = take();
                if (taken == END) {
                    ended = true;
                    Throwable t = failure;
                    if (t != null) {
                        throw rethrown(t);
                    }
                    return false;
                }
                batch = taken;
                next = 0;
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more rows");
            }
            return batch[next++];
        }

        private Row[] take() {
            try {
                Row[] taken = null;
                while (taken == null) {
                    if (cancelled) {
                        throw new CancellationException("reading the rows was cancelled");
                    }
                    taken = queue.poll(100, TimeUnit.MILLISECONDS);
                }
                return taken;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for rows");
            }
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("reading the rows failed: " + t.getMessage(), t);
    }
}
