package io.techdir.cli;

import io.techdir.check.BadConfigurationException;
import io.techdir.job.JobDefinition;
import io.techdir.job.RunSessions;
import io.techdir.job.SparkSessions;
import io.techdir.schedule.JobFiles;
import io.techdir.schedule.JobScheduler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techdir schedule}: runs the jobs of {@code jobs/} on their cron schedules until stopped. */
@Command(name = "schedule", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Runs the jobs of jobs/ on their cron schedules (Quartz) until stopped (SIGTERM, Ctrl-C).",
            "One run of a job at a time, also across processes (a lock in --state that a crash releases); a run missed"
                    + " while the scheduler was down happens once at start; on SIGTERM the running job finishes"
                    + " first; each run writes its log to --logs/JOB/FIRE-TIME.log."})
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Option(names = "--jobs", paramLabel = "DIR", description = "Folder of job files (default: jobs/).")
    Path jobs;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Locks and last fire times (default: data/schedule/).")
    Path state;

    @Option(names = "--logs", paramLabel = "DIR", description = "Per-run logs (default: data/schedule/logs/).")
    Path logs;

    @Override
    public Integer call() throws InterruptedException {
        logging.apply();
        refuseBlank("--state", state);
        refuseBlank("--logs", logs);
        Path home = Home.path();
        Path dir = jobs != null ? jobs : Home.relativize(home.resolve("jobs"));
        Path stateDir = state != null ? state : Home.relativize(home.resolve("data/schedule"));
        Path logDir = logs != null ? logs : stateDir.resolve("logs");
        List<JobDefinition> defs = new ArrayList<>();
        for (JobFiles.Entry e : JobFiles.list(dir)) {
            if (!e.ok()) {
                throw new BadConfigurationException(e.error());
            }
            defs.add(e.job());
        }
        // Where every fire time writes: checked now, not at the first fire time with a stack trace.
        String stateNamed = state != null ? "--state " + state : "state folder " + stateDir;
        WritableFolder.prepare(stateDir, stateNamed);
        WritableFolder.prepare(stateDir.resolve("locks"), stateNamed + " (its locks folder)");
        WritableFolder.prepare(logDir, logs != null ? "--logs " + logs : "log folder " + logDir);
        // The runs make a Spark session: on a Java it cannot run on, say so now, not at each fire time.
        SparkSessions.requireSupportedJava();
        PrintWriter out = spec.commandLine().getOut();
        // The runs share one local Spark session: only the first pays for Spark's generated code.
        try (RunSessions.Scope kept = RunSessions.keepBetweenRuns()) {
            JobScheduler scheduler = JobScheduler.start(defs, stateDir.resolve("locks"), stateDir, logDir,
                    (file, log) -> Main.run(new String[] {"run", "--job", file.toString()}, log, log));
            CountDownLatch stopped = new CountDownLatch(1);
            scheduler.stopOnShutdown(stopped::countDown);
            for (JobScheduler.Scheduled s : scheduler.scheduled()) {
                out.printf(Locale.ROOT, "scheduled %s: '%s' (%s), next %s%n", s.job(), s.cron(), s.zone(),
                        s.next());
            }
            out.printf(Locale.ROOT, "%d job(s) scheduled from %s; logs in %s; stop with SIGTERM or Ctrl-C%n",
                    scheduler.scheduled().size(), dir, logDir);
            out.flush();
            stopped.await();
        }
        return ExitCode.OK.code();
    }

    /** '' would be the working folder: a usage error, as for --out. */
    private void refuseBlank(String option, Path value) {
        if (value != null && value.toString().isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    option + " '" + value + "': expected a folder");
        }
    }
}
