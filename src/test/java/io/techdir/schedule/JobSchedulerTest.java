package io.techdir.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.techdir.job.JobDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler with a stand-in runner (no Spark): firing, the lock between instances, misfires, stop. */
class JobSchedulerTest {

    static JobDefinition job(Path dir, String name, String cron) throws IOException {
        Path f = dir.resolve(name + ".properties");
        Files.writeString(f, "name=" + name + "\nschedule=" + cron + "\ntimezone=Europe/Paris\nsource.1=csv:a.csv\n");
        return JobDefinition.load(f);
    }

    @Test
    void twoSchedulersRunEachFireTimeOnceOneAtATimeAndStopCleanly(@TempDir Path dir) throws Exception {
        JobDefinition job = job(dir, "every-2s", "*/2 * * * * ?");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        Map<String, Integer> perLog = new ConcurrentHashMap<>();
        JobRunner slow = (file, log) -> {
            started.incrementAndGet();
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                log.println("ran " + file);
                Thread.sleep(2500); // longer than the period: the next fire times overlap the run
                return 0;
            } finally {
                running.decrementAndGet();
            }
        };
        JobScheduler a = JobScheduler.start(List.of(job), dir.resolve("locks"), dir.resolve("state"),
                dir.resolve("logs"), slow);
        JobScheduler b = JobScheduler.start(List.of(job), dir.resolve("locks"), dir.resolve("state"),
                dir.resolve("logs"), slow);
        assertEquals("every-2s", a.scheduled().get(0).job());
        assertTrue(a.scheduled().get(0).next().isAfter(Instant.now().minusSeconds(1)));
        Thread.sleep(7_000);
        long t0 = System.nanoTime();
        a.stop();
        b.stop();
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;

        assertTrue(a.isStopped() && b.isStopped());
        assertTrue(stopMillis < 5_000, "stop waits for the running job only: " + stopMillis + " ms");
        assertEquals(0, running.get(), "a stop lets the running job finish");
        assertTrue(started.get() >= 2, "fired on its schedule: " + started.get());
        assertEquals(1, maxRunning.get(), "never two runs of one job at once");
        assertTrue(a.skipped() + b.skipped() >= 1, "the second instance found the lock held");
        assertEquals(started.get(), a.runs() + b.runs());
        // One log per run, named by fire time: no fire time ran twice.
        try (Stream<Path> logs = Files.list(dir.resolve("logs").resolve("every-2s"))) {
            List<Path> all = logs.toList();
            assertEquals(started.get(), all.size(), all.toString());
            for (Path p : all) {
                String text = Files.readString(p);
                assertTrue(text.contains("ran " + job.file()) && text.contains("exit code 0"), text);
            }
        }
        // The lock is free again.
        Optional<JobLock> lock = JobLock.tryAcquire(dir.resolve("locks"), "every-2s");
        assertTrue(lock.isPresent());
        lock.get().close();
    }

    @Test
    void aFailedRunIsLoggedAsAWarningEvenWhenQuiet(@TempDir Path dir) throws Exception {
        // -q shows warnings only: a run that failed must reach the operator watching the scheduler
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.apache.logging.log4j.core.LoggerContext ctx =
                (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        org.apache.logging.log4j.core.config.LoggerConfig config =
                ctx.getConfiguration().getLoggerConfig(JobScheduler.class.getName());
        org.apache.logging.log4j.core.appender.AbstractAppender capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender("capture", null, null, true,
                        org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent e) {
                        seen.add(e.getLevel() + " " + e.getMessage().getFormattedMessage());
                    }
                };
        capture.start();
        config.addAppender(capture, org.apache.logging.log4j.Level.ALL, null);
        try {
            JobDefinition job = job(dir, "fails", "* * * * * ?");
            JobScheduler s = JobScheduler.start(List.of(job), dir.resolve("locks"), dir.resolve("state"),
                    dir.resolve("logs"), (file, log) -> 4);
            Thread.sleep(2_500);
            s.stop();
        } finally {
            config.removeAppender("capture");
            capture.stop();
        }
        assertTrue(seen.stream().anyMatch(l -> l.startsWith("WARN fails: run for ")
                && l.contains(" failed with exit code 4; log ")), seen.toString());
        assertFalse(seen.stream().anyMatch(l -> l.startsWith("INFO fails: run for ")), seen.toString());
    }

    @Test
    void sigtermLetsTheRunningJobFinishBeforeTheProcessEnds(@TempDir Path dir) throws Exception {
        JobDefinition job = job(dir, "every-1s", "* * * * * ?");
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SchedulerChild.class.getName(), dir.toString(),
                job.file().toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path marks = dir.resolve("marks");
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!(Files.exists(marks) && Files.readString(marks).contains("started"))) {
                assertTrue(child.isAlive() && System.nanoTime() < deadline, Files.readString(dir.resolve("child.log")));
                Thread.sleep(100);
            }
            child.destroy(); // SIGTERM, mid-run
            assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(marks);
        assertEquals("finished", lines.get(lines.size() - 1), "the running job finished first: " + lines);
        assertEquals(lines.stream().filter("started"::equals).count(),
                lines.stream().filter("finished"::equals).count(), "no run cut in half: " + lines);
    }

    @Test
    void aFireTimeMissedWhileDownRunsOnceAtStart(@TempDir Path dir) throws Exception {
        JobDefinition job = job(dir, "daily", "0 0 6 * * ?");
        Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS);
        new ScheduleState(dir.resolve("state")).record("daily", threeDaysAgo);
        AtomicInteger runs = new AtomicInteger();
        JobScheduler s = JobScheduler.start(List.of(job), dir.resolve("locks"), dir.resolve("state"),
                dir.resolve("logs"), (file, log) -> {
                    runs.incrementAndGet();
                    return 0;
                });
        Thread.sleep(1_500);
        s.stop();
        assertEquals(1, runs.get(), "three missed days: one run at start, not three");
        Instant last = new ScheduleState(dir.resolve("state")).last("daily").orElseThrow();
        assertTrue(last.isAfter(threeDaysAgo) && last.isBefore(Instant.now()), last.toString());

        // Started again: nothing was missed since.
        AtomicInteger again = new AtomicInteger();
        JobScheduler s2 = JobScheduler.start(List.of(job), dir.resolve("locks"), dir.resolve("state"),
                dir.resolve("logs"), (file, log) -> {
                    again.incrementAndGet();
                    return 0;
                });
        Thread.sleep(1_000);
        s2.stop();
        assertEquals(0, again.get());
    }

    @Test
    void aStaleLockLeftByADeadHolderIsTakenOver(@TempDir Path dir) throws IOException {
        Path locks = dir.resolve("locks");
        Files.createDirectories(locks);
        Files.writeString(locks.resolve("j.lock"), "12345@deadhost since 2026-11-01T00:00:00Z\n");
        Optional<JobLock> lock = JobLock.tryAcquire(locks, "j");
        assertTrue(lock.isPresent(), "no process holds it: stale");
        assertEquals("12345@deadhost since 2026-11-01T00:00:00Z", lock.get().previousHolder());
        assertFalse(JobLock.tryAcquire(locks, "j").isPresent(), "held now");
        lock.get().close();
        Optional<JobLock> again = JobLock.tryAcquire(locks, "j");
        assertTrue(again.isPresent());
        assertEquals("", again.get().previousHolder(), "released cleanly");
        again.get().close();
    }

    @Test
    void nextFireTimeIsInTheJobsZone(@TempDir Path dir) throws IOException {
        JobDefinition job = JobDefinition.load(Path.of("jobs/market-report.properties"));
        // Monday 06:00 Europe/Paris (UTC+1 in winter) = 05:00 UTC.
        assertEquals(Instant.parse("2026-11-30T05:00:00Z"),
                JobFiles.nextFire(job, Instant.parse("2026-11-26T10:00:00Z")).orElseThrow());
        Files.writeString(dir.resolve("bad.properties"), "name=bad\nsource.1=csv:a.csv\nschedule=0 0 6 ? * FUNDAY\n");
        Files.writeString(dir.resolve("ok.properties"), "name=ok\nsource.1=csv:a.csv\n");
        List<JobFiles.Entry> entries = JobFiles.list(dir);
        assertEquals(2, entries.size());
        assertFalse(entries.get(0).ok());
        assertTrue(entries.get(0).error().startsWith(dir.resolve("bad.properties") + ": field 'schedule'"),
                entries.get(0).error());
        assertTrue(entries.get(1).ok());
        assertTrue(JobFiles.nextFire(entries.get(1).job(), Instant.now()).isEmpty(), "no schedule, no fire time");
    }
}
