package io.techdir.job;

import io.techdir.check.BadConfigurationException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The only caller of {@code SparkSession.builder()}. It sets {@code local[*]} only when no master
 * was given (neither {@code --master} nor {@code spark.master} from {@code spark-submit}), so a
 * cluster master always wins. Every session is Delta-enabled (the warehouse).
 */
public final class SparkSessions {

    /** The master used when none is given: embedded Spark on every core. */
    public static final String DEFAULT_MASTER = "local[*]";

    /** Delta Lake's session extension (MERGE INTO, time travel). */
    public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

    /** Delta Lake's catalog for {@code spark_catalog}. */
    public static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

    /**
     * The newest Java feature release Spark (4.1.1) and its Hadoop client run on: from Java 23 on,
     * {@code Subject.getSubject}, which Hadoop calls for the current user (the warehouse's file
     * system, Spark's shared state), throws {@code UnsupportedOperationException} (tried on
     * Temurin 25: the default job failed at the warehouse with an internal error). Spark 4.1
     * supports Java 17 and 21.
     */
    public static final int NEWEST_JAVA = 22;

    private SparkSessions() {
    }

    /**
     * {@link #requireSupportedJava(Runtime.Version, String)} of the running Java: called before
     * a session is made, and by a command that will make sessions later (the scheduler, at start).
     *
     * @throws BadConfigurationException for Java 23 and later
     */
    public static void requireSupportedJava() {
        requireSupportedJava(Runtime.version(), System.getProperty("java.home"));
    }

    /**
     * Refuses, with one line saying what to do, a Java release newer than {@link #NEWEST_JAVA}:
     * better than an internal error once the run has done most of its work.
     *
     * @param version the running Java's version ({@link Runtime#version()})
     * @param javaHome where it is installed ({@code java.home}), named in the message
     * @throws BadConfigurationException for Java 23 and later
     */
    static void requireSupportedJava(Runtime.Version version, String javaHome) {
        if (version.feature() > NEWEST_JAVA) {
            throw new BadConfigurationException("Java " + version + " (" + javaHome + "): Spark "
                    + BuildInfo.sparkVersion() + " and its Hadoop client run on Java 17 to " + NEWEST_JAVA
                    + " (Hadoop calls Subject.getSubject, which Java 23 and later no longer support);"
                    + " set JAVA_HOME to a JDK 17 or 21");
        }
    }

    /**
     * The master a session for {@code master} runs on: {@code master} when given, else the one
     * {@code spark-submit} set ({@code spark.master}), else {@link #DEFAULT_MASTER}.
     */
    public static String effectiveMaster(String master) {
        return effectiveMaster(master, new SparkConf(true));
    }

    private static String effectiveMaster(String master, SparkConf conf) {
        return master != null ? master : conf.get("spark.master", DEFAULT_MASTER);
    }

    /**
     * Gets or creates the session.
     *
     * @param master a Spark master URL, or null to keep the one {@code spark-submit} set, else
     *     {@link #DEFAULT_MASTER}
     * @param appName the application name shown by the cluster manager
     * @throws BadConfigurationException on a Java release Spark's Hadoop client cannot run on
     *     ({@link #NEWEST_JAVA})
     */
    public static SparkSession getOrCreate(String master, String appName) {
        requireSupportedJava();
        SparkConf conf = new SparkConf(true); // true: picks up spark.* system properties (spark-submit)
        String effective = effectiveMaster(master, conf);
        conf.setMaster(effective);
        conf.setAppName(appName);
        // All timestamps in UTC: date_posted and the run clock must not depend on the machine.
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // Batch runs need no web UI; it also costs ~1 s and a port.
        conf.setIfMissing("spark.ui.enabled", "false");
        // Our datasets are small per stage; 200 shuffle partitions would mean 200 tiny tasks.
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        // Adaptive execution coalesces partitions further when they are small.
        conf.setIfMissing("spark.sql.adaptive.enabled", "true");
        // Smaller datasets a run caches (its rejects; a rebuild's rows) are read a few times within
        // minutes: building compressed column batches cost ~40 % of a CPU-bound normalize pass here
        // (25 000 generated postings, process CPU: 2.4 s plain loop, 4.0 s cached compressed, 3.2 s
        // uncompressed), memory is not the constraint (MEMORY_AND_DISK spills). The gathered rows
        // are not cached but held as rows (HeldRows).
        conf.setIfMissing("spark.sql.inMemoryColumnarStorage.compressed", "false");
        // Spark keeps the classes it generates for queries in a cache of 100 by default; one run
        // makes ~250 (its stages, Delta's MERGE), so a session kept between runs (RunSessions)
        // would compile them all again at every run.
        conf.setIfMissing("spark.sql.codegen.cache.maxEntries", "1000");
        // The warehouse: Delta Lake tables (MERGE, time travel, DESCRIBE HISTORY).
        conf.setIfMissing("spark.sql.extensions", DELTA_EXTENSION);
        conf.setIfMissing("spark.sql.catalog.spark_catalog", DELTA_CATALOG);
        // Delta rebuilds a table's state from its log with 50 partitions by default: our logs are
        // small (one commit per run and table), so a few partitions do it in a fraction of the time.
        conf.setIfMissing("spark.databricks.delta.snapshotPartitions", "2");
        if (effective.startsWith("local")) {
            // This machine's hostname does not resolve to a usable address: bind the embedded
            // driver to loopback. Never forced for a cluster master (executors must reach it).
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
