package io.techdir.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time into a warehouse: a second holder waits for the first to let go. */
class WarehouseLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunWaitsForTheFirstToLetGo() throws Exception {
        String uri = dir.resolve("wh").toString();
        AtomicBoolean secondHeld = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread second;
        try (WarehouseLock first = WarehouseLock.acquire(uri)) {
            assertTrue(Files.exists(dir.resolve("wh").resolve(WarehouseLock.FILE)), "the lock file is in the folder");
            second = new Thread(() -> {
                try (WarehouseLock again = WarehouseLock.acquire(uri)) {
                    secondHeld.set(true);
                }
                done.countDown();
            });
            second.start();
            assertFalse(done.await(500, TimeUnit.MILLISECONDS), "the second waits while the first holds it");
            assertFalse(secondHeld.get());
        }
        assertTrue(done.await(10, TimeUnit.SECONDS), "the second goes on once the first let go");
        assertTrue(secondHeld.get());
        second.join();
        // another spelling of the same folder is the same warehouse
        Thread t = new Thread(() -> WarehouseLock.acquire(uri).close());
        try (WarehouseLock a = WarehouseLock.acquire(dir.resolve("wh").resolve("..").resolve("wh").toString())) {
            t.start();
            t.join(300);
            assertTrue(t.isAlive(), "waits on the same warehouse spelled otherwise");
        }
        t.join(10_000);
        assertFalse(t.isAlive());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("afile.txt"), "x");
        WarehouseException e = assertThrows(WarehouseException.class, () -> WarehouseLock.acquire(file.toString()));
        assertEquals(file + ": not a folder (a file of that name exists); expected a warehouse folder", e.getMessage());
        // and the lock is not left held
        Path wh = dir.resolve("wh2");
        WarehouseLock.acquire(wh.toString()).close();
    }

    @Test
    void onlyLocalWarehousesHaveAFolder() {
        assertNull(WarehouseLock.localFolder("s3a://bucket/wh"));
        assertNull(WarehouseLock.localFolder("hdfs://nn:9000/wh"));
        assertEquals(Path.of("data/warehouse"), WarehouseLock.localFolder("data/warehouse"));
        assertEquals(Path.of("/tmp/wh"), WarehouseLock.localFolder("file:///tmp/wh"));
    }
}
