package io.techdir.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The last scheduled fire time each job ran for, in {@code DIR/JOB.last} (an ISO instant, written
 * atomically): what the misfire policy compares with the cron schedule when the scheduler starts.
 */
public final class ScheduleState {

    private final Path dir;

    /** State kept in a folder. */
    public ScheduleState(Path dir) {
        this.dir = dir;
    }

    /** The fire time of the job's last run, if any. */
    public Optional<Instant> last(String job) {
        Path f = dir.resolve(job + ".last");
        try {
            return Files.exists(f) ? Optional.of(Instant.parse(Files.readString(f, StandardCharsets.UTF_8).trim()))
                    : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // unreadable state: as if the job never ran (no catch-up)
        }
    }

    /** Records that the job ran for a fire time. */
    public void record(String job, Instant fireTime) {
        Path f = dir.resolve(job + ".last");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, job, ".tmp");
            Files.writeString(tmp, fireTime + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot write: " + e.getMessage(), e);
        }
    }
}
