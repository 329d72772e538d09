package io.techdir.job;

import io.techdir.check.Baseline;
import io.techdir.gather.GatherSettings;
import io.techdir.gather.SourceSpec;
import io.techdir.report.CsvDialect;
import io.techdir.report.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run needs, resolved: sources, output folder, baseline, report options.
 *
 * @param runId the run's id ({@code yyyyMMdd'T'HHmmss'Z'-job}), unique per start time and job
 * @param jobName the job's name
 * @param jobFile the job file, or null when the run was defined on the command line only
 * @param sources sources to read, in order
 * @param out output folder
 * @param asOf the report's date
 * @param baseline the baseline checked against
 * @param lang report language
 * @param csvDialect CSV dialect of the tables
 * @param master Spark master URL, or null (local[*] or spark-submit's)
 * @param started when the run started
 * @param gather crawler and landing-zone settings of web and API sources
 * @param warehouse the warehouse folder or Hadoop URI the run is merged into, or null for none
 * @param careers career-path CSV files ({@code person,order,title,start,end}), none for a run
 *     without career input
 */
public record RunSettings(String runId, String jobName, Path jobFile, List<SourceSpec> sources, Path out,
        LocalDate asOf, Baseline baseline, Language lang, CsvDialect csvDialect, String master,
        Instant started, GatherSettings gather, String warehouse, List<Path> careers) {

    /** Settings without career input. */
    public RunSettings(String runId, String jobName, Path jobFile, List<SourceSpec> sources, Path out,
            LocalDate asOf, Baseline baseline, Language lang, CsvDialect csvDialect, String master,
            Instant started, GatherSettings gather, String warehouse) {
        this(runId, jobName, jobFile, sources, out, asOf, baseline, lang, csvDialect, master, started, gather,
                warehouse, List.of());
    }

    public RunSettings {
        Objects.requireNonNull(runId, "runId");
        sources = List.copyOf(sources);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(csvDialect, "csvDialect");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(gather, "gather");
        careers = List.copyOf(careers);
    }
}
