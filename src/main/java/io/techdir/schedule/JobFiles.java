package io.techdir.schedule;

import io.techdir.check.BadConfigurationException;
import io.techdir.job.JobDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.quartz.CronExpression;

/** The job files of a folder ({@code *.properties}, by name) and their cron schedules. */
public final class JobFiles {

    /** The zone of a job without {@code timezone}. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    private JobFiles() {
    }

    /** A job file, read or not. */
    public record Entry(Path file, JobDefinition job, String error) {

        /** Whether the file was read. */
        public boolean ok() {
            return job != null;
        }
    }

    /**
     * Every job file of a folder, sorted by name; a bad one is an entry with its error (naming
     * the file and the field), so one bad file does not hide the others. A job whose name an
     * earlier file has already is a bad one.
     */
    public static List<Entry> list(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (NoSuchFileException e) {
            throw new BadConfigurationException(dir + ": no such jobs folder");
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        java.util.Map<String, Path> named = new java.util.HashMap<>();
        for (Path f : files) {
            try {
                JobDefinition job = JobDefinition.load(f);
                // the scheduler, its locks and logs, and the run ids know a job by its name
                Path first = named.putIfAbsent(job.name(), f);
                out.add(first == null ? new Entry(f, job, null) : new Entry(f, null, f + ": field 'name' has value '"
                        + job.name() + "', the name of " + first + " already; expected one name per job"));
            } catch (BadConfigurationException e) {
                out.add(new Entry(f, null, e.getMessage()));
            }
        }
        return out;
    }

    /** The job's time zone (its {@code timezone}, else UTC). */
    public static ZoneId zone(JobDefinition job) {
        return job.timezone() == null ? DEFAULT_ZONE : ZoneId.of(job.timezone());
    }

    /** The job's cron expression in its zone; empty for a job without {@code schedule}. */
    public static Optional<CronExpression> cron(JobDefinition job) {
        if (job.schedule() == null) {
            return Optional.empty();
        }
        try {
            CronExpression c = new CronExpression(job.schedule());
            c.setTimeZone(TimeZone.getTimeZone(zone(job)));
            return Optional.of(c);
        } catch (ParseException e) {
            throw new BadConfigurationException(job.file() + ": field 'schedule' has value '" + job.schedule()
                    + "' (" + e.getMessage() + "); expected a Quartz cron expression");
        }
    }

    /** The first fire time strictly after {@code after}; empty when unscheduled or never again. */
    public static Optional<Instant> nextFire(JobDefinition job, Instant after) {
        return cron(job).map(c -> c.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
    }
}
