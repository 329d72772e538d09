package io.techdir.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint Delta rebuilds a table's state from, and the cheap check of its Parquet files. */
class DeltaCheckpointsTest {

    private static final byte[] PARQUET = {'P', 'A', 'R', '1', 9, 9, 9, 9, 4, 0, 0, 0, 'P', 'A', 'R', '1'};

    @TempDir
    Path log;

    private DeltaCheckpoints.Checkpoint latest(String... files) throws IOException {
        for (String f : files) {
            Files.write(log.resolve(f.replace("!", "")), f.endsWith("!") ? new byte[0] : PARQUET);
        }
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        return DeltaCheckpoints.latest(fs.listStatus(new org.apache.hadoop.fs.Path(log.toUri())));
    }

    @Test
    void theLatestCompleteCheckpointOfFilesWithBytes() throws IOException {
        DeltaCheckpoints.Checkpoint c = latest("00000000000000000000.json", "00000000000000000010.checkpoint.parquet",
                "00000000000000000020.checkpoint.parquet!", // no bytes: passed over, as Delta passes it over
                "00000000000000000030.checkpoint.0000000001.0000000002.parquet", // part 2 of 2 missing
                "00000000000000000040.checkpoint.0000000001.0000000002.parquet",
                "00000000000000000040.checkpoint.0000000002.0000000002.parquet!");
        assertEquals(10, c.version());
        assertEquals("00000000000000000010.checkpoint.parquet", c.name());
        Files.write(log.resolve("00000000000000000040.checkpoint.0000000002.0000000002.parquet"), PARQUET);
        c = latest();
        assertEquals(40, c.version());
        assertEquals(2, c.files().size());
        c = latest("00000000000000000050.checkpoint.80a083e8-7026-4e79-81be-64bd76c43a11.json");
        assertEquals(50, c.version());
        assertEquals(false, c.parquet());
    }

    @Test
    void noCheckpoint() throws IOException {
        assertNull(latest("00000000000000000000.json", "00000000000000000001.checkpoint.parquet!", "_last_checkpoint"));
    }

    @Test
    void aParquetFileIsCheckedByItsEndsAndSize() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        DeltaCheckpoints.Checkpoint c = latest("00000000000000000010.checkpoint.parquet");
        assertNull(DeltaCheckpoints.problem(fs, c, null));
        assertNull(DeltaCheckpoints.problem(fs, c, new DeltaCheckpoints.Last(10, PARQUET.length)));
        assertNull(DeltaCheckpoints.problem(fs, c, new DeltaCheckpoints.Last(9, 99)), "another checkpoint's size");
        assertEquals("cut short: 16 bytes, where _last_checkpoint records 99",
                DeltaCheckpoints.problem(fs, c, new DeltaCheckpoints.Last(10, 99)));
        Path file = log.resolve("00000000000000000010.checkpoint.parquet");
        byte[] footer = PARQUET.clone();
        footer[8] = 5;
        Files.write(file, footer);
        assertEquals("its footer length 5 does not fit in its 16 bytes", DeltaCheckpoints.problem(fs, latest(), null));
        Files.write(file, new byte[] {'P', 'A', 'R', '1', 0, 0, 0, 0, 'P', 'A', 'R'});
        assertEquals("not a Parquet file: 11 bytes", DeltaCheckpoints.problem(fs, latest(), null));
    }
}
