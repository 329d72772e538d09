package io.techdir.cli;

import io.techdir.job.JobDefinition;
import io.techdir.job.RunSessions;
import io.techdir.warehouse.RunRecord;
import io.techdir.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techdir history}: the runs recorded in the warehouse, oldest first. */
@Command(name = "history", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Lists the runs recorded in the warehouse, oldest first, with how each ended (STATUS: OK, or"
                + " PROBLEMS when a source or file could not be read whole and the run exited 4; PROBLEMS: how many),"
                + " their counts and the postings-table version each wrote (the N of 'techdir run --as-of-version N').",
            "A run that merged rows but wrote no runs row (killed before its end, or still running) is named after"
                    + " the table ('interrupted: run ID ...') until a completed run has seen its rows again.",
            "Reads the warehouse only: a path with no warehouse is an error (exit 3), nothing is created."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Option(names = "--warehouse", paramLabel = "DIR|URI",
            description = "The warehouse (default: the default job's, else data/warehouse/).")
    String warehouse;

    @Override
    public Integer call() {
        logging.apply();
        Path home = Home.path();
        if (warehouse != null && warehouse.isBlank()) {
            // '' would be the working folder
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--warehouse '" + warehouse + "': expected a folder or URI");
        }
        String uri = warehouse == null ? null : Home.fromCallerWarehouse(warehouse);
        if (uri == null) {
            JobDefinition def = JobDefinition.load(Home.relativize(home.resolve(RunCommand.DEFAULT_JOB)));
            uri = Home.warehouse(def.warehouse(), home);
            if (uri == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "no warehouse (-D" + Home.WAREHOUSE_PROPERTY + "=none); expected --warehouse DIR|URI");
            }
        }
        Warehouse.refuseAbsent(uri); // before Spark starts; nothing is created
        List<RunRecord> runs;
        List<Warehouse.Interrupted> interrupted;
        try (RunSessions.Lease lease = RunSessions.acquire(null, "techdir history")) {
            Warehouse w = Warehouse.openExisting(lease.session(), uri);
            runs = w.runs();
            interrupted = w.interruptedRuns();
        }
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable("LLLLRRRRRRRL", "RUN", "AS_OF", "FINISHED", "STATUS", "PROBLEMS", "INPUT",
                "POSTINGS", "NEW", "SEEN", "WAREHOUSE", "VERSION", "REPORT");
        for (RunRecord r : runs) {
            table.row(r.runId(), r.asOf(), r.finished(), r.status(), r.problems() < 0 ? "?" : r.problems(), r.input(),
                    r.normalized(), r.newPostings(), r.seenBefore(), r.warehousePostings(),
                    r.versions().get(Warehouse.POSTINGS), r.out());
        }
        out.print(table.render());
        for (Warehouse.Interrupted i : interrupted) {
            Map<String, Long> n = i.rows();
            out.printf(Locale.ROOT, "interrupted: run %s merged %d posting(s), %d duplicate(s), %d reject(s) but wrote"
                    + " no runs row (killed before its end, or still running); it cannot be rebuilt, and a run of the"
                    + " same inputs takes its rows over%n", i.runId(), n.get(Warehouse.POSTINGS),
                    n.get(Warehouse.DUPLICATES), n.get(Warehouse.REJECTS));
        }
        out.printf(Locale.ROOT, "%d run(s) in %s%n", runs.size(), uri);
        out.flush();
        return ExitCode.OK.code();
    }
}
