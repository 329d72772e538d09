package io.techdir.cli;

import io.techdir.check.BadConfigurationException;
import io.techdir.check.Baseline;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceNames;
import io.techdir.gather.SourceSpec;
import io.techdir.job.InputPlanning;
import io.techdir.job.JobDefinition;
import io.techdir.job.MarketReportJob;
import io.techdir.job.RunCounts;
import io.techdir.job.RunResult;
import io.techdir.job.RunSettings;
import io.techdir.job.SourceProblem;
import io.techdir.job.RunSessions;
import io.techdir.job.SparkSessions;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import io.techdir.warehouse.RunRecord;
import io.techdir.warehouse.RunStatus;
import io.techdir.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techdir run}: runs a job (by default the market report on the shipped samples). */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Runs a job: gathers the sources, normalizes and checks every posting, and writes the report.",
            "With no option: the default job (jobs/market-report.properties) on data/samples/, in embedded Spark"
                    + " (local[*]), written to reports/<date>/."},
        footerHeading = "%nSource kinds:%n",
        footer = {"  csv:PATH[?mapping=NAME&source=NAME&delimiter=;]  the generic CSV format, or a board export"
                + " with a mapping (hellowork, glassdoor; auto-detected from the header)",
            "  francetravail:PATH                                a France Travail 'Offres d'emploi v2' JSON"
                    + " file, or a folder of them",
            "  francetravail-api:KEYWORDS[?rome=&departement=...]  the France Travail API (credentials from"
                    + " FRANCE_TRAVAIL_CLIENT_ID / FRANCE_TRAVAIL_CLIENT_SECRET)",
            "  web:URL[?profile=NAME&crawl-delay=MS&max-pages=N]  a job board listing or sitemap (JSON-LD,"
                    + " microdata, site profiles)",
            "  html:DIR                                          replays a landing zone (data/raw/<run>/) offline"})
final class RunCommand implements Callable<Integer> {

    /** Default job file, relative to the project folder. */
    static final String DEFAULT_JOB = "jobs/market-report.properties";

    /** Default warehouse, relative to the project folder. */
    static final String DEFAULT_WAREHOUSE = "data/warehouse";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Option(names = "--job", paramLabel = "FILE", description = "Job definition file (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_JOB)
    String job;

    @Option(names = "--source", paramLabel = "KIND:LOCATION",
            description = "A source to read (repeatable); replaces the job's sources.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--careers", paramLabel = "FILE",
            description = "A career-path CSV (person,order,title,start,end; repeatable); replaces the job's."
                    + " With --source and no --careers, the run has no career input.")
    List<Path> careers = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the job's, reports/<date>/).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The report's date, yyyy-MM-dd (default: today, UTC).")
    String asOf;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline file (default: the job's, else the shipped one).")
    Path baseline;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Report language (default: the job's, fr).")
    String lang;

    @Option(names = "--csv-dialect", paramLabel = "standard|excel-fr",
            description = "CSV tables: standard (comma, UTF-8) or excel-fr (semicolon, decimal comma, BOM).")
    String csvDialect;

    @Option(names = "--crawl-delay", paramLabel = "MILLIS",
            description = "Web sources: delay between two requests to one host (default 1000; robots.txt Crawl-delay wins when longer).")
    Long crawlDelay;

    @Option(names = "--max-crawl-delay", paramLabel = "MILLIS",
            description = "Web sources: longest robots.txt Crawl-delay honoured (default 60000); a host asking more is not crawled.")
    Long maxCrawlDelay;

    @Option(names = "--max-pages", paramLabel = "N", description = "Web sources: pages fetched at most per source.")
    Integer maxPages;

    @Option(names = "--raw", paramLabel = "DIR",
            description = "Landing zone of fetched pages (default: data/raw/ in the project folder).")
    Path raw;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "Web sources: User-Agent (default names techdir, its version and a contact URL).")
    String userAgent;

    @Option(names = "--warehouse", paramLabel = "DIR|URI",
            description = "Delta Lake warehouse the run is merged into (default: the job's, else data/warehouse/);"
                    + " any Hadoop URI (file:, hdfs:, s3a:).")
    String warehouse;

    @Option(names = "--no-warehouse", description = "Write the report only; do not merge the run into the warehouse.")
    boolean noWarehouse;

    @Option(names = "--as-of-version", paramLabel = "N|DATE",
            description = "Rebuild the report of an earlier run from the warehouse, without reading the sources:"
                    + " N is the postings-table version the run wrote (manifest, 'techdir history'); a date"
                    + " yyyy-MM-dd picks the newest run finished OK that day (else that day's newest, else the"
                    + " last day before with runs). Not with --source, --as-of or other options of a fresh run.")
    String asOfVersion;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        logging.apply();
        if (asOfVersion != null) {
            refuseFreshRunOptions();
        }
        RunSettings settings = settings();
        if (asOfVersion != null && (noWarehouse || settings.warehouse() == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--as-of-version needs a warehouse; expected --warehouse DIR|URI and no --no-warehouse");
        }
        if (asOfVersion != null) {
            // a rebuild only reads: a path with no warehouse is said now, and nothing is created there
            Warehouse.refuseAbsent(settings.warehouse());
        }
        // What would fail the run at its end, or make Spark fail with its stack traces, is checked
        // before any Spark work: the output folder, then whether the master can be used.
        Path target;
        if (asOfVersion == null) {
            target = settings.out();
            WritableFolder.prepare(target, out != null ? "--out " + out
                    : settings.jobFile() + ": field 'out' (" + target + ")");
        } else {
            target = out != null ? settings.out()
                    : Home.relativize(Home.path().resolve("reports").resolve("rebuilt-" + asOfVersion.trim()));
            WritableFolder.prepare(target, out != null ? "--out " + out : "output folder " + target);
        }
        if (master != null) {
            String unavailable = SparkSessions.masterUnavailable(master);
            if (unavailable != null) {
                throw new BadConfigurationException("--master '" + master + "': " + unavailable);
            }
        }
        // The inputs' checksums are computed while the Spark session starts.
        InputPlanning planning = asOfVersion == null ? InputPlanning.start(settings) : null;
        // A session that exists already (a test's, an embedding program's) is used and left running;
        // the scheduler's runs share one (RunSessions).
        RunResult result;
        try (RunSessions.Lease lease = RunSessions.acquire(settings.master(), "techdir " + settings.jobName())) {
            SparkSession spark = lease.session();
            try {
                if (asOfVersion != null) {
                    result = MarketReportJob.rebuild(spark, settings.warehouse(), asOfVersion, target);
                } else {
                    result = MarketReportJob.run(spark, settings, planning);
                }
            } catch (RuntimeException e) {
                // A cluster master that accepted the connection but not the application: Spark gives
                // up after a minute and stops the context under the run.
                if (master != null && !master.startsWith("local") && spark.sparkContext().isStopped()
                        && !(e instanceof BadConfigurationException)) {
                    throw new BadConfigurationException("--master '" + master + "': the Spark master did not"
                            + " take the application; Spark gave up and stopped (see its log above)", e);
                }
                throw e;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        RunCounts c = result.counts();
        out.printf(Locale.ROOT, "report: %s%n", result.out());
        out.printf(Locale.ROOT, "postings: %d input = %d normalized + %d rejected + %d duplicates%n",
                c.input(), c.normalized(), c.rejected(), c.duplicates());
        if (result.newPostings() >= 0) {
            out.printf(Locale.ROOT, "warehouse: %s: %d new, %d seen before%n", settings.warehouse(),
                    result.newPostings(), result.seenBefore());
        }
        RunRecord rebuilt = result.rebuiltFrom();
        if (rebuilt != null) {
            out.printf(Locale.ROOT, "rebuilt: run %s (postings version %d, finished %s, %s)%n", rebuilt.runId(),
                    rebuilt.versions().get(Warehouse.POSTINGS), rebuilt.finished(), rebuilt.status());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (rebuilt != null && rebuilt.status() == RunStatus.PROBLEMS) {
            err.printf(Locale.ROOT, "techdir: warning: run %s finished with %d problem(s) (a source or a file it could"
                    + " not read whole): its report is rebuilt as it was, without what was not read%n",
                    rebuilt.runId(), rebuilt.problems());
        }
        for (SourceProblem p : result.problems()) {
            err.println("techdir: error: " + p.message());
        }
        err.flush();
        return result.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.SOURCE_FAILED.code();
    }

    /** Resolves the options and the job file into the run's settings. */
    RunSettings settings() {
        if (master != null) {
            String problem = SparkSessions.masterFormProblem(master);
            if (problem != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--master '" + master + "': " + problem);
            }
        }
        if (out != null && out.toString().isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--out '" + out + "': expected a folder");
        }
        if (warehouse != null && warehouse.isBlank()) {
            // '' would be the working folder: its tables would land among whatever is there
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--warehouse '" + warehouse + "': expected a folder or URI");
        }
        Path jobHome = Home.path();
        // The default job lives in the project folder; a job named on the command line is a path.
        Path jobFile = job.equals(DEFAULT_JOB) ? Home.relativize(jobHome.resolve(job)) : Home.fromCaller(Path.of(job));
        JobDefinition def = JobDefinition.load(jobFile);
        List<SourceSpec> specs = new ArrayList<>();
        if (sources.isEmpty()) {
            for (String s : def.sources()) {
                specs.add(Home.resolve(SourceSpec.parse(s), jobHome));
            }
        } else {
            for (String s : sources) {
                specs.add(Home.fromCaller(SourceSpec.parse(s)));
            }
            // a job file's sources are checked so when it is read (JobDefinition.load)
            SourceNames.clash(specs).ifPresent(c -> {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--source '"
                        + sources.get(c.first()) + "' and --source '" + sources.get(c.second()) + "' " + c.reason());
            });
        }
        String effectiveMaster = master != null ? master : System.getProperty("spark.master");
        if (effectiveMaster != null && !effectiveMaster.startsWith("local")) {
            specs.replaceAll(Home::absolute); // executors do not share the driver's working folder
        }
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now(clock) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--as-of '" + asOf + "'; expected a date yyyy-MM-dd");
        }
        Path outDir = out != null ? Home.fromCaller(out)
                : Home.relativize(jobHome.resolve(def.out().replace("{date}", date.toString())));
        Baseline base;
        if (baseline != null) {
            base = Baseline.load(Home.fromCaller(baseline));
        } else if (def.baseline() != null) {
            base = Baseline.load(jobHome.resolve(def.baseline()));
        } else {
            base = Baseline.standard();
        }
        Language language = parseLanguage(lang != null ? lang : def.lang());
        CsvDialect dialect = parseDialect(csvDialect != null ? csvDialect : def.csvDialect());
        Instant started = clock.instant();
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
                + "-" + def.name();
        GatherSettings.Builder gather = GatherSettings.defaults().toBuilder()
                .runId(runId)
                .rawRoot(raw != null ? Home.fromCaller(raw) : Home.relativize(jobHome.resolve("data/raw")))
                .environment(Home.environment())
                .quiet(logging.quiet);
        if (crawlDelay != null) {
            gather.crawlDelayMillis(crawlDelay);
        }
        if (maxCrawlDelay != null) {
            gather.maxCrawlDelayMillis(maxCrawlDelay);
        }
        if (maxPages != null) {
            gather.maxPages(maxPages);
        }
        if (userAgent != null) {
            gather.userAgent(userAgent);
        }
        String wh = null;
        if (!noWarehouse) {
            wh = warehouse != null ? Home.fromCallerWarehouse(warehouse) : Home.warehouse(def.warehouse(), jobHome);
        }
        // Career files, like sources, come from the job unless the command line names the inputs.
        List<Path> careerFiles = new ArrayList<>();
        careers.forEach(c -> careerFiles.add(Home.fromCaller(c)));
        if (careers.isEmpty() && sources.isEmpty()) {
            for (String c : def.careers()) {
                careerFiles.add(Home.relativize(jobHome.resolve(c)));
            }
        }
        return new RunSettings(runId, def.name(), jobFile, specs, outDir, date, base, language, dialect, master,
                started, gather.get(), wh, careerFiles);
    }

    /**
     * {@code --as-of-version} rebuilds a run with the settings it ran with: an option that only
     * matters for a fresh run (what to read, how, the report's date and form) would be ignored, so
     * it is refused, naming both options.
     */
    private void refuseFreshRunOptions() {
        java.util.Map<String, Boolean> given = new java.util.LinkedHashMap<>();
        given.put("--source", !sources.isEmpty());
        given.put("--careers", !careers.isEmpty());
        given.put("--as-of", asOf != null);
        given.put("--baseline", baseline != null);
        given.put("--lang", lang != null);
        given.put("--csv-dialect", csvDialect != null);
        given.put("--crawl-delay", crawlDelay != null);
        given.put("--max-crawl-delay", maxCrawlDelay != null);
        given.put("--max-pages", maxPages != null);
        given.put("--raw", raw != null);
        given.put("--user-agent", userAgent != null);
        for (var e : given.entrySet()) {
            if (e.getValue()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--as-of-version and "
                        + e.getKey() + " cannot be combined: a rebuild reads no source and uses the run's own"
                        + " settings; expected --as-of-version with --warehouse, --job, --out, --master only");
            }
        }
    }

    private Language parseLanguage(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "fr" -> Language.FR;
            case "en" -> Language.EN;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang '" + value + "'; expected fr or en");
        };
    }

    private CsvDialect parseDialect(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "standard" -> CsvDialect.STANDARD;
            case "excel-fr" -> CsvDialect.EXCEL_FR;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--csv-dialect '" + value + "'; expected standard or excel-fr");
        };
    }
}
