package io.techdir.cli;

import io.techdir.job.RunSessions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two runs at once in one process with a kept session, as two jobs of the scheduler that fire
 * together (for {@link KeptSessionIT}, in a child JVM). Arguments: the two runs' {@code --out}
 * folders, then the options of both runs. Prints each run's exit code.
 */
public final class ConcurrentRuns {

    private ConcurrentRuns() {
    }

    public static void main(String[] args) throws Exception {
        String[] common = java.util.Arrays.copyOfRange(args, 2, args.length);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RunSessions.Scope kept = RunSessions.keepBetweenRuns()) {
            Future<String> a = pool.submit(() -> run(args[0], common));
            Future<String> b = pool.submit(() -> run(args[1], common));
            System.out.println(a.get());
            System.out.println(b.get());
        } finally {
            pool.shutdown();
        }
        System.exit(0);
    }

    private static String run(String out, String[] common) {
        String[] args = new String[common.length + 3];
        args[0] = "run";
        System.arraycopy(common, 0, args, 1, common.length);
        args[common.length + 1] = "--out";
        args[common.length + 2] = out;
        StringWriter text = new StringWriter();
        int code = Main.run(args, new PrintWriter(text), new PrintWriter(text));
        return "exit " + code + " " + out + "\n" + text;
    }
}
