package io.techdir.warehouse;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time into a warehouse: held from the warehouse's opening to its runs row, so that
 * two runs into one warehouse (two scheduled jobs firing together, two {@code run} commands) take
 * turns instead of failing on Delta's concurrent-commit checks, the later one losing its report.
 * Within a process a lock per warehouse; across processes, on a local warehouse, an exclusive lock
 * on the file {@value #FILE} in its folder (released by the system if the process dies). A
 * warehouse on another file system (s3://, hdfs://) gets the in-process lock only.
 */
public final class WarehouseLock implements AutoCloseable {

    /** The lock file in a local warehouse's folder. */
    public static final String FILE = ".techdir-run.lock";

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseLock.class);
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock file;

    private WarehouseLock(ReentrantLock local, FileChannel channel, FileLock file) {
        this.local = local;
        this.channel = channel;
        this.file = file;
    }

    /**
     * Waits until no other run holds the warehouse, then holds it.
     *
     * @throws WarehouseException when the lock file cannot be made (the folder is a file, cannot be written)
     */
    public static WarehouseLock acquire(String uri) {
        Path folder = localFolder(uri);
        String key = folder != null ? folder.toAbsolutePath().normalize().toString() : uri;
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (!local.tryLock()) {
            LOG.info("warehouse {}: another run of this process writes it; waiting", uri);
            local.lock();
        }
        if (folder == null) {
            return new WarehouseLock(local, null, null);
        }
        FileChannel channel = null;
        try {
            refuseFile(uri);
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                LOG.info("warehouse {}: another process runs into it; waiting", uri);
                lock = channel.lock();
            }
            return new WarehouseLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            close(channel);
            local.unlock();
            if (e instanceof WarehouseException w) {
                throw w;
            }
            throw new WarehouseException(uri + ": cannot lock the warehouse for this run (" + e + ")", e);
        }
    }

    /** Refuses a local warehouse whose path is a file, in one line. */
    static void refuseFile(String uri) {
        Path folder = localFolder(uri);
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new WarehouseException(uri + ": not a folder (a file of that name exists); expected a warehouse"
                    + " folder");
        }
    }

    /** The folder of a local warehouse (a path, or a file: URI); null for another file system. */
    static Path localFolder(String uri) {
        if (uri.startsWith("file:")) {
            return Path.of(URI.create(uri));
        }
        int colon = uri.indexOf(':');
        int slash = uri.indexOf('/');
        boolean scheme = colon > 1 && (slash < 0 || colon < slash);
        return scheme ? null : Path.of(uri);
    }

    @Override
    public void close() {
        try {
            if (file != null) {
                file.release();
            }
        } catch (IOException e) {
            LOG.debug("releasing the warehouse lock: {}", e.toString());
        } finally {
            close(channel);
            local.unlock();
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
        }
    }
}
