package io.techdir.schedule;

import io.techdir.job.JobDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A scheduler process for {@link JobSchedulerTest}: args DIR JOBFILE; its stand-in job appends
 * "started" to DIR/marks, works 3 s, appends "finished". Stops on SIGTERM like {@code techdir schedule}.
 */
public final class SchedulerChild {

    private SchedulerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path marks = dir.resolve("marks");
        JobScheduler s = JobScheduler.start(List.of(JobDefinition.load(Path.of(args[1]))), dir.resolve("locks"),
                dir.resolve("state"), dir.resolve("logs"), (file, log) -> {
                    Files.writeString(marks, "started\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    Thread.sleep(3_000);
                    Files.writeString(marks, "finished\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    return 0;
                });
        CountDownLatch stopped = new CountDownLatch(1);
        s.stopOnShutdown(stopped::countDown);
        stopped.await();
    }
}
