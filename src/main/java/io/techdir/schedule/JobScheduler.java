package io.techdir.schedule;

import io.techdir.job.JobDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on their cron schedules with Quartz (in memory: the schedule comes from the job files,
 * the state that must survive a restart from {@link ScheduleState}). Per job:
 * <ul>
 *   <li>one run at a time, across schedulers and processes ({@link JobLock}); a fire time whose
 *       run another instance already completed is not run again;</li>
 *   <li>misfire policy: when the scheduler starts and a fire time passed while it was down, the
 *       job runs once at start (not once per missed time); a fire time missed while running (all
 *       threads busy, previous run still going) also fires once, late;</li>
 *   <li>a log file per run: {@code LOGS/JOB/yyyyMMdd'T'HHmmss'Z'.log} (the fire time, UTC).</li>
 * </ul>
 * {@link #stop()} lets a running job finish, then stops.
 */
public final class JobScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    private static final String ENGINE = "techdir.scheduler";
    private static final String FILE = "file";
    private static final String NAME = "name";
    private static final String FIRE = "fire";
    private static final DateTimeFormatter LOG_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Misfire catch-up looks this many fire times ahead at most (then: runs for the start time). */
    private static final int MAX_CATCH_UP_STEPS = 100_000;

    private final Scheduler quartz;
    private final JobRunner runner;
    private final Path lockDir;
    private final ScheduleState state;
    private final Path logDir;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final List<Scheduled> scheduled = new ArrayList<>();

    /** A job on the schedule and its next fire time. */
    public record Scheduled(String job, Path file, String cron, String zone, Instant next) {
    }

    private JobScheduler(Scheduler quartz, JobRunner runner, Path lockDir, ScheduleState state, Path logDir) {
        this.quartz = quartz;
        this.runner = runner;
        this.lockDir = lockDir;
        this.state = state;
        this.logDir = logDir;
    }

    /**
     * Schedules the jobs that have a {@code schedule} and starts.
     *
     * @param jobs job definitions (those without a schedule are left out)
     * @param lockDir where the per-job locks are
     * @param stateDir where the last fire time of each job is kept
     * @param logDir where the per-run logs go
     * @param runner what runs a job
     */
    public static JobScheduler start(List<JobDefinition> jobs, Path lockDir, Path stateDir, Path logDir,
            JobRunner runner) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "techdir-" + UUID.randomUUID());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(Math.max(1, Math.min(jobs.size(), 4))));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "5000");
        try {
            Scheduler q = new StdSchedulerFactory(p).getScheduler();
            JobScheduler s = new JobScheduler(q, runner, lockDir, new ScheduleState(stateDir), logDir);
            q.getContext().put(ENGINE, s);
            Instant now = Instant.now();
            for (JobDefinition job : jobs) {
                Optional<CronExpression> cron = JobFiles.cron(job);
                if (cron.isPresent()) {
                    s.schedule(job, cron.get(), now);
                }
            }
            q.start();
            return s;
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler: cannot start: " + e.getMessage(), e);
        }
    }

    private void schedule(JobDefinition job, CronExpression cron, Instant now) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(Fire.class).withIdentity(job.name())
                .usingJobData(FILE, job.file().toString()).usingJobData(NAME, job.name()).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(job.name() + "-cron").forJob(detail)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron.getCronExpression())
                        .inTimeZone(TimeZone.getTimeZone(JobFiles.zone(job)))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        quartz.scheduleJob(detail, trigger);
        scheduled.add(new Scheduled(job.name(), job.file(), job.schedule(), JobFiles.zone(job).getId(),
                JobFiles.nextFire(job, now).orElse(null)));
        Optional<Instant> missed = missed(job, cron, now);
        if (missed.isPresent()) {
            LOG.info("{}: fire time {} passed while the scheduler was down; running once now", job.name(),
                    missed.get());
            quartz.scheduleJob(TriggerBuilder.newTrigger().withIdentity(job.name() + "-catch-up").forJob(detail)
                    .usingJobData(FIRE, missed.get().toString()).startNow().build());
        }
    }

    /** The latest fire time after the job's last run and before now, if any. */
    private Optional<Instant> missed(JobDefinition job, CronExpression cron, Instant now) {
        Optional<Instant> last = state.last(job.name());
        if (last.isEmpty()) {
            return Optional.empty(); // never ran here: nothing was missed
        }
        Date next = cron.getNextValidTimeAfter(Date.from(last.get()));
        Instant latest = null;
        for (int i = 0; next != null && next.toInstant().isBefore(now); i++) {
            latest = next.toInstant();
            if (i == MAX_CATCH_UP_STEPS) {
                break;
            }
            next = cron.getNextValidTimeAfter(next);
        }
        return Optional.ofNullable(latest);
    }

    /** The jobs on the schedule, with their next fire time as of the start. */
    public List<Scheduled> scheduled() {
        return List.copyOf(scheduled);
    }

    /** Runs completed (any exit code) by this scheduler. */
    public long runs() {
        return runs.get();
    }

    /** Fire times this scheduler skipped because another run held the job's lock or had run them. */
    public long skipped() {
        return skipped.get();
    }

    /** Whether {@link #stop()} has completed. */
    public boolean isStopped() {
        try {
            return quartz.isShutdown();
        } catch (SchedulerException e) {
            return true;
        }
    }

    /** Stops firing, waits for running jobs to finish, then shuts down. */
    public void stop() {
        try {
            if (!quartz.isShutdown()) {
                quartz.standby();
                quartz.shutdown(true);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler: cannot stop: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Priority of the stop hook: above Spark's (40), so the running job finishes before Spark stops. */
    private static final int STOP_HOOK_PRIORITY = 100;

    /**
     * Stops cleanly on SIGTERM / Ctrl-C: a shutdown hook (in Hadoop's hook manager, which runs
     * hooks by priority, before Spark's own that stops the session) lets the running job finish.
     *
     * @param afterStop run once stopped (e.g. releases the thread waiting for the end)
     */
    public void stopOnShutdown(Runnable afterStop) {
        org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(() -> {
            LOG.info("stopping: waiting for running jobs to finish");
            stop();
            afterStop.run();
        }, STOP_HOOK_PRIORITY, 6, java.util.concurrent.TimeUnit.HOURS);
    }

    /** One fire of a job: lock, run with its log, record the fire time. */
    void fire(String name, Path file, Instant fireTime) {
        Optional<JobLock> lock = JobLock.tryAcquire(lockDir, name);
        if (lock.isEmpty()) {
            skipped.incrementAndGet();
            LOG.info("{}: fire time {} skipped: another run holds {}", name, fireTime, lockDir.resolve(name + ".lock"));
            return;
        }
        try (JobLock l = lock.get()) {
            if (!l.previousHolder().isEmpty()) {
                LOG.warn("{}: took over a stale lock left by {}", name, l.previousHolder());
            }
            Optional<Instant> last = state.last(name);
            if (last.isPresent() && !last.get().isBefore(fireTime)) {
                skipped.incrementAndGet();
                LOG.info("{}: fire time {} skipped: already run (last {})", name, fireTime, last.get());
                return;
            }
            Path log = logDir.resolve(name).resolve(LOG_NAME.format(fireTime) + ".log");
            Files.createDirectories(log.getParent());
            int code;
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                w.println("techdir schedule: job " + name + " (" + file + "), fire time " + fireTime + ", started "
                        + Instant.now());
                try {
                    code = runner.run(file, w);
                } catch (Exception e) {
                    e.printStackTrace(w);
                    code = -1;
                }
                w.println("techdir schedule: finished " + Instant.now() + ", exit code " + code);
            }
            state.record(name, fireTime);
            runs.incrementAndGet();
            if (code == 0) {
                LOG.info("{}: run for {} finished with exit code 0; log {}", name, fireTime, log);
            } else {
                // a failed run is what an operator watching the scheduler (even with -q) must see
                LOG.warn("{}: run for {} failed with exit code {}; log {}", name, fireTime, code, log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot write the run's log: " + e.getMessage(), e);
        }
    }

    /** The Quartz job: hands the fire to its scheduler. */
    @DisallowConcurrentExecution
    public static final class Fire implements Job {

        @Override
        public void execute(JobExecutionContext context) {
            JobDataMap data = context.getMergedJobDataMap();
            Instant fire = data.containsKey(FIRE) ? Instant.parse(data.getString(FIRE))
                    : context.getScheduledFireTime().toInstant();
            try {
                JobScheduler engine = (JobScheduler) context.getScheduler().getContext().get(ENGINE);
                engine.fire(data.getString(NAME), Path.of(data.getString(FILE)), fire);
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
