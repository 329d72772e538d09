package io.techdir.cli;

import io.techdir.schedule.JobFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techdir jobs}: the job files and their next fire time. */
@Command(name = "jobs", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Lists the job files of jobs/ with their schedule and next fire time (in the job's time zone)."
                + " A bad job file is reported with the field at fault (exit code 3); the others are still listed."})
final class JobsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "DIR", description = "Folder of job files (default: jobs/ in the project folder).")
    Path jobs;

    java.time.Clock clock = java.time.Clock.systemUTC();

    @Override
    public Integer call() {
        Path dir = jobs != null ? jobs : Home.relativize(Home.path().resolve("jobs"));
        List<JobFiles.Entry> entries = JobFiles.list(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant now = clock.instant();
        out.printf(Locale.ROOT, "%-24s %-22s %-16s %-25s  %s%n", "JOB", "SCHEDULE", "ZONE", "NEXT", "FILE");
        boolean bad = false;
        for (JobFiles.Entry e : entries) {
            if (!e.ok()) {
                err.println("techdir: error: " + e.error());
                bad = true;
                continue;
            }
            String next = JobFiles.nextFire(e.job(), now)
                    .map(i -> ZonedDateTime.ofInstant(i, JobFiles.zone(e.job())).toOffsetDateTime().toString())
                    .orElse("-");
            out.printf(Locale.ROOT, "%-24s %-22s %-16s %-25s  %s%n", e.job().name(),
                    e.job().schedule() == null ? "(not scheduled)" : e.job().schedule(),
                    JobFiles.zone(e.job()).getId(), next, e.file());
        }
        out.flush();
        err.flush();
        return bad ? ExitCode.BAD_INPUT.code() : ExitCode.OK.code();
    }
}
