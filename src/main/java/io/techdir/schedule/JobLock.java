package io.techdir.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock that keeps two runs of one job apart, across threads, schedulers and processes: an
 * exclusive OS lock on {@code DIR/JOB.lock}. The operating system releases it when its holder
 * dies (even by SIGKILL), so a lock file left by a crashed process is stale by construction: the
 * next taker gets it, and the file's text (holder's pid, host, since) says whose it was. Not for
 * network file systems without lock support (NFS without lockd): run one scheduler there.
 */
public final class JobLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String previousHolder;

    private JobLock(Path file, FileChannel channel, FileLock lock, String previousHolder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.previousHolder = previousHolder;
    }

    /**
     * Takes the job's lock if nobody holds it.
     *
     * @return the lock, or empty when another run (thread or process) holds it
     */
    public static Optional<JobLock> tryAcquire(Path dir, String job) {
        Path file = dir.resolve(job + ".lock");
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM (another scheduler instance)
            }
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            String previous = holderText(ch);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ManagementFactory.getRuntimeMXBean().getName() + " since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return Optional.of(new JobLock(file, ch, lock, previous));
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException(file + ": cannot lock: " + e.getMessage(), e);
        }
    }

    /** Who held the lock file before (pid@host since ...), empty when it was released cleanly or new. */
    public String previousHolder() {
        return previousHolder;
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Releases the lock; the file is emptied (a clean release) and kept. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot release lock: " + e.getMessage(), e);
        }
    }

    private static String holderText(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 4096);
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim();
    }
}
