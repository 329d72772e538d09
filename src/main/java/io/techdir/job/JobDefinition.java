package io.techdir.job;

import io.techdir.check.BadConfigurationException;
import io.techdir.gather.BadSourceException;
import io.techdir.gather.SourceNames;
import io.techdir.gather.SourceSpec;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A job definition: one {@code .properties} file under {@code jobs/} naming a job's schedule,
 * sources and outputs. Relative paths inside are resolved against the project folder. Its web and
 * API sources must have names of their own ({@link SourceNames}).
 *
 * @param file the file it was read from
 * @param name job name
 * @param schedule Quartz cron expression, or null
 * @param timezone time zone of the schedule, or null
 * @param sources source texts ({@code KIND:LOCATION}), in order
 * @param out output folder pattern; {@code {date}} is replaced by the as-of date
 * @param baseline baseline file, or null for the shipped one
 * @param lang report language ({@code fr} or {@code en})
 * @param csvDialect CSV dialect ({@code standard} or {@code excel-fr})
 * @param warehouse warehouse folder or Hadoop URI, or null for the default ({@code data/warehouse})
 * @param careers career-path CSV files ({@code careers = a.csv, b.csv}), relative to the project
 *     folder; empty for none
 */
public record JobDefinition(Path file, String name, String schedule, String timezone,
        List<String> sources, String out, String baseline, String lang, String csvDialect, String warehouse,
        List<String> careers) {

    /** A job name: it goes into run ids and the scheduler's file names, so no '/', no '..' start. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private static final Set<String> KEYS = Set.of("name", "description", "schedule", "timezone",
            "out", "baseline", "lang", "csv_dialect", "warehouse", "careers");

    public JobDefinition {
        sources = List.copyOf(sources);
        careers = List.copyOf(careers);
    }

    /**
     * Reads a job file.
     *
     * @throws BadConfigurationException naming the file and the field when the file is missing,
     *     a field is unknown, missing or bad, or two web or API sources share a name (naming both
     *     fields)
     */
    public static JobDefinition load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new BadConfigurationException(file + ": no such job file");
        } catch (IOException | IllegalArgumentException e) {
            throw new BadConfigurationException(file + ": cannot read job file: " + e.getMessage());
        }
        Map<Integer, String> sources = new TreeMap<>();
        Map<Integer, SourceSpec> specs = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("source.")) {
                String n = key.substring("source.".length());
                int number;
                try {
                    number = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new BadConfigurationException(file + ": field '" + key
                            + "'; expected source.N with N a number (source.1, source.2, ...)");
                }
                String text = p.getProperty(key).trim();
                try {
                    specs.put(number, SourceSpec.parse(text, file + ": field '" + key + "' has value '" + text + "'"));
                } catch (BadSourceException e) {
                    throw new BadConfigurationException(e.getMessage(), e);
                }
                sources.put(number, text);
            } else if (!KEYS.contains(key)) {
                throw new BadConfigurationException(file + ": unknown field '" + key + "'; expected one of "
                        + new java.util.TreeSet<>(KEYS) + " or source.N");
            }
        }
        String name = p.getProperty("name");
        if (name == null || name.isBlank()) {
            throw new BadConfigurationException(file + ": missing field 'name'");
        }
        // the name becomes part of the run id and of the scheduler's lock and log paths
        if (!NAME.matcher(name.trim()).matches()) {
            throw new BadConfigurationException(file + ": field 'name' has value '" + name.trim()
                    + "'; expected letters, digits, '_', '.', '-', starting with a letter or digit");
        }
        if (sources.isEmpty()) {
            throw new BadConfigurationException(file + ": no sources; expected at least one 'source.1 = KIND:LOCATION'");
        }
        List<Integer> numbers = new ArrayList<>(specs.keySet());
        SourceNames.clash(new ArrayList<>(specs.values())).ifPresent(c -> {
            int a = numbers.get(c.first());
            int b = numbers.get(c.second());
            throw new BadConfigurationException(file + ": fields 'source." + a + "' (" + sources.get(a)
                    + ") and 'source." + b + "' (" + sources.get(b) + ") " + c.reason());
        });
        String lang = p.getProperty("lang", "fr").trim().toLowerCase(Locale.ROOT);
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw new BadConfigurationException(file + ": field 'lang' has value '" + lang + "'; expected fr or en");
        }
        String dialect = p.getProperty("csv_dialect", "standard").trim().toLowerCase(Locale.ROOT);
        if (!dialect.equals("standard") && !dialect.equals("excel-fr")) {
            throw new BadConfigurationException(file + ": field 'csv_dialect' has value '" + dialect
                    + "'; expected standard or excel-fr");
        }
        String schedule = trimOrNull(p.getProperty("schedule"));
        if (schedule != null && !org.quartz.CronExpression.isValidExpression(schedule)) {
            String why;
            try {
                new org.quartz.CronExpression(schedule);
                why = "invalid";
            } catch (java.text.ParseException e) {
                why = e.getMessage();
            }
            throw new BadConfigurationException(file + ": field 'schedule' has value '" + schedule + "' (" + why
                    + "); expected a Quartz cron expression 'sec min hour day-of-month month day-of-week',"
                    + " e.g. '0 0 6 ? * MON'");
        }
        String timezone = trimOrNull(p.getProperty("timezone"));
        if (timezone != null) {
            try {
                java.time.ZoneId.of(timezone);
            } catch (java.time.DateTimeException e) {
                throw new BadConfigurationException(file + ": field 'timezone' has value '" + timezone
                        + "'; expected a time zone id such as Europe/Paris or UTC");
            }
        }
        String out = p.getProperty("out", "reports/{date}").trim();
        if (out.isEmpty()) {
            throw new BadConfigurationException(file + ": field 'out' has value ''; expected a folder such as"
                    + " reports/{date}");
        }
        String warehouse = p.getProperty("warehouse");
        if (warehouse != null && warehouse.isBlank()) {
            // blank is not "the default": say so rather than pick a folder the writer did not name
            throw new BadConfigurationException(file + ": field 'warehouse' has value '" + warehouse.trim()
                    + "'; expected a folder or URI such as data/warehouse (leave the field out for the default)");
        }
        List<String> careers = new ArrayList<>();
        for (String c : p.getProperty("careers", "").split(",")) {
            if (!c.isBlank()) {
                careers.add(c.trim());
            }
        }
        return new JobDefinition(file, name.trim(), schedule, timezone, new ArrayList<>(sources.values()),
                out, trimOrNull(p.getProperty("baseline")),
                lang, dialect, trimOrNull(warehouse), careers);
    }

    private static String trimOrNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
