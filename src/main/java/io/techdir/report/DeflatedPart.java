package io.techdir.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The middle of a large zip entry (a sheet's {@code <row>} elements), deflated while it is
 * produced and stored in a temporary file, then written into the package as a raw (already
 * compressed) entry between a head and a tail known only when the package is saved.
 *
 * <p>The producer hands over chunks of bytes ({@link #submit}); up to {@link #THREADS} worker
 * threads deflate them at {@link Deflater#BEST_SPEED}, each chunk on its own and ended by a sync
 * flush (a byte-aligned, non-final deflate segment), so the segments concatenate into one valid
 * deflate stream, like pigz does. The producer keeps the CRC-32 and the length; the head and tail
 * are deflated at save time and the entry's CRC combined ({@link Crc32Combine}). At most
 * {@code 2 × THREADS + 1} chunks are in flight, so memory stays bounded. {@link #close()} deletes
 * the file and stops the workers.
 */
final class DeflatedPart implements Closeable, ChunkSink {

    /** Bytes of XML per chunk handed to a worker. */
    static final int CHUNK = 1 << 18;

    /** Worker threads: the available processors, at most 4. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final int IN_FLIGHT = 2 * THREADS + 1;

    private final Path file;
    private final OutputStream out;
    private final ExecutorService workers;
    private final ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
    private final Queue<byte[]> freeBuffers = new ConcurrentLinkedQueue<>();
    private final Queue<Deflater> deflaters = new ConcurrentLinkedQueue<>();
    private final List<Deflater> allDeflaters = Collections.synchronizedList(new ArrayList<>());
    private final int bufferSize;
    private final CRC32 crc = new CRC32();
    private long length;
    private long compressedLength;
    private boolean finished;

    /**
     * Creates the temporary file (in {@code java.io.tmpdir}) and the workers.
     *
     * @param bufferSize the size of the buffers {@link #buffer()} hands out ({@code >= CHUNK})
     */
    DeflatedPart(int bufferSize) throws IOException {
        this.bufferSize = bufferSize;
        this.file = Files.createTempFile("techdir-sheet", ".deflate");
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        this.workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "techdir-sheet-deflate");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * An empty buffer of {@code bufferSize} bytes to fill (recycled from deflated chunks); any
     * thread may take one.
     */
    @Override
    public byte[] buffer() {
        byte[] b = freeBuffers.poll();
        return b != null ? b : new byte[bufferSize];
    }

    /**
     * Hands over {@code buffer[0..length)} to be deflated; the buffer must not be touched
     * afterwards. Returns an empty buffer to go on with.
     */
    @Override
    public byte[] submit(byte[] buffer, int len) {
        if (finished) {
            throw new IllegalStateException("deflated part: submit after finish; expected submit before finish");
        }
        if (len > 0) {
            crc.update(buffer, 0, len);
            length += len;
            pending.add(workers.submit(() -> deflate(buffer, len)));
            while (pending.size() >= IN_FLIGHT) {
                writeOldest();
            }
        } else {
            freeBuffers.add(buffer);
        }
        return buffer();
    }

    @Override
    public void submitLast(byte[] buffer, int len) {
        freeBuffers.add(submit(buffer, len));
    }

    /** Waits for the chunks in flight and closes the temporary file. */
    void finish() {
        if (finished) {
            return;
        }
        while (!pending.isEmpty()) {
            writeOldest();
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the deflated sheet data", e);
        }
        finished = true;
        workers.shutdown();
    }

    /** Uncompressed bytes submitted. */
    long length() {
        return length;
    }

    /** CRC-32 of the uncompressed bytes submitted. */
    long crc() {
        return crc.getValue();
    }

    /**
     * Writes a deflated zip entry {@code name} holding {@code head}, the submitted bytes, then the
     * bytes of {@code tail}, without inflating or deflating the submitted bytes again.
     */
    void writeEntry(ZipArchiveOutputStream zip, String name, byte[] head, InputStream tail) throws IOException {
        finish();
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            CRC32 headCrc = new CRC32();
            headCrc.update(head);
            byte[] headDeflated = deflate(d, head, head.length, Deflater.SYNC_FLUSH);
            d.reset();
            CRC32 tailCrc = new CRC32();
            ByteArrayOutputStream tailDeflated = new ByteArrayOutputStream();
            long tailLength = 0;
            byte[] in = new byte[1 << 16];
            byte[] chunk = new byte[1 << 16];
            for (int n; (n = tail.read(in)) >= 0; ) {
                tailCrc.update(in, 0, n);
                tailLength += n;
                d.setInput(in, 0, n);
                while (!d.needsInput()) {
                    tailDeflated.write(chunk, 0, d.deflate(chunk));
                }
            }
            d.finish();
            while (!d.finished()) {
                tailDeflated.write(chunk, 0, d.deflate(chunk));
            }
            long entryCrc = Crc32Combine.combine(Crc32Combine.combine(headCrc.getValue(), crc(), length),
                    tailCrc.getValue(), tailLength);
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setMethod(ZipEntry.DEFLATED);
            entry.setCrc(entryCrc);
            entry.setSize(head.length + length + tailLength);
            entry.setCompressedSize(headDeflated.length + compressedLength + tailDeflated.size());
            try (InputStream data = Files.newInputStream(file);
                    InputStream raw = new SequenceInputStream(new ByteArrayInputStream(headDeflated),
                            new SequenceInputStream(data, new ByteArrayInputStream(tailDeflated.toByteArray())))) {
                zip.addRawArchiveEntry(entry, raw);
            }
        } finally {
            d.end();
        }
    }

    /** Stops the workers, frees the deflaters and deletes the temporary file. */
    @Override
    public void close() throws IOException {
        finished = true;
        workers.shutdownNow();
        for (Future<byte[]> f : pending) {
            f.cancel(true);
        }
        pending.clear();
        try {
            out.close();
        } finally {
            synchronized (allDeflaters) {
                allDeflaters.forEach(Deflater::end);
                allDeflaters.clear();
            }
            Files.deleteIfExists(file);
        }
    }

    private void writeOldest() {
        Future<byte[]> oldest = pending.remove();
        try {
            byte[] deflated = oldest.get();
            out.write(deflated);
            compressedLength += deflated.length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException(file + ": interrupted while deflating"));
        } catch (ExecutionException e) {
            throw new IllegalStateException(file + ": cannot deflate the sheet data", e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the deflated sheet data", e);
        }
    }

    /** Worker task: deflates a chunk as a non-final, byte-aligned segment and recycles the buffer. */
    private byte[] deflate(byte[] buffer, int len) {
        Deflater d = deflaters.poll();
        if (d == null) {
            d = new Deflater(Deflater.BEST_SPEED, true);
            allDeflaters.add(d);
        }
        try {
            return deflate(d, buffer, len, Deflater.SYNC_FLUSH);
        } finally {
            d.reset();
            deflaters.add(d);
            freeBuffers.add(buffer);
        }
    }

    private static byte[] deflate(Deflater d, byte[] in, int len, int flush) {
        d.setInput(in, 0, len);
        byte[] out = new byte[Math.max(1024, len / 8)];
        int n = 0;
        while (true) {
            n += d.deflate(out, n, out.length - n, flush);
            if (n < out.length) {
                return Arrays.copyOf(out, n);
            }
            out = Arrays.copyOf(out, out.length * 2);
        }
    }
}
