package io.techdir.job;

import io.techdir.check.BadConfigurationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.ExternalClusterManager;
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

    /** The forms of a Spark master URL, for messages. */
    public static final String MASTER_FORMS = "local, local[N], local[*], local[N,F], local-cluster[N,C,M],"
            + " spark://HOST:PORT, yarn, k8s://...";

    /** Spark's own forms of a local master (SparkContext's SparkMasterRegex): local[N], local[N,F]. */
    private static final Pattern LOCAL_N = Pattern.compile("local\\[([0-9]+|\\*)(?:\\s*,\\s*([0-9]+))?\\]");
    private static final Pattern LOCAL_CLUSTER =
            Pattern.compile("local-cluster\\[\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*]");
    /** One master of a standalone cluster: HOST:PORT (an IPv6 host in brackets). */
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[^\\[\\]:/?#@\\s]+):([0-9]{1,5})");
    /** The masters Spark leaves to a cluster manager module (spark-yarn, spark-kubernetes, ...). */
    private static final Pattern CLUSTER_MANAGER_FORM = Pattern.compile("yarn|(k8s|mesos)://\\S+");
    /** How long {@link #masterUnavailable} waits for a standalone master to accept a connection. */
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    /**
     * Why {@code master} is not a Spark master URL, or null when it has one of the forms Spark
     * accepts (checked before Spark starts, which would otherwise fail with its stack traces):
     * {@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}, {@code
     * local-cluster[N,C,M]}, {@code spark://HOST:PORT[,HOST:PORT...]}, {@code yarn}, {@code
     * k8s://...}, {@code mesos://...}, or any URL a cluster manager on the class path accepts.
     * The message says what was expected; the caller names the value.
     */
    public static String masterFormProblem(String master) {
        if (master.equals("local")) {
            return null;
        }
        Matcher local = LOCAL_N.matcher(master);
        if (local.matches()) {
            if (!local.group(1).equals("*") && !inIntRange(local.group(1), 1)) {
                return "expected local[N] with N from 1 (threads), or local[*]";
            }
            return local.group(2) == null || inIntRange(local.group(2), 0) ? null
                    : "expected local[N,F] with F a number of task failures allowed";
        }
        Matcher cluster = LOCAL_CLUSTER.matcher(master);
        if (cluster.matches()) {
            return inIntRange(cluster.group(1), 1) && inIntRange(cluster.group(2), 1) && inIntRange(cluster.group(3), 1)
                    ? null : "expected local-cluster[N,C,M] with N workers, C cores and M MiB each, from 1";
        }
        if (master.startsWith("spark://")) {
            for (String hostPort : master.substring("spark://".length()).split(",", -1)) {
                Matcher m = HOST_PORT.matcher(hostPort);
                if (!m.matches() || !inIntRange(m.group(2), 1) || Integer.parseInt(m.group(2)) > 65_535) {
                    return "expected spark://HOST:PORT (several masters: spark://HOST:PORT,HOST:PORT)";
                }
            }
            return null;
        }
        if (CLUSTER_MANAGER_FORM.matcher(master).matches() || clusterManagerFor(master)) {
            return null;
        }
        return "not a Spark master URL; expected " + MASTER_FORMS;
    }

    /**
     * Why a master of a right form ({@link #masterFormProblem}) cannot be used from here, or null:
     * {@code yarn}, {@code k8s://} or {@code mesos://} without a cluster manager for it on the
     * class path (Spark would say "Could not parse Master URL"); a {@code spark://} master none of
     * whose HOST:PORT accepts a connection (Spark would retry for a minute, then stop its context).
     * Local masters are always usable.
     */
    public static String masterUnavailable(String master) {
        if (master.startsWith("spark://")) {
            String last = null;
            for (String hostPort : master.substring("spark://".length()).split(",")) {
                Matcher m = HOST_PORT.matcher(hostPort);
                if (!m.matches()) {
                    return "expected spark://HOST:PORT";
                }
                String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
                InetSocketAddress address = new InetSocketAddress(host, Integer.parseInt(m.group(2)));
                if (address.isUnresolved()) {
                    last = "unknown host " + host;
                    continue;
                }
                try (Socket socket = new Socket()) {
                    socket.connect(address, CONNECT_TIMEOUT_MILLIS);
                    return null;
                } catch (IOException e) {
                    last = hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            }
            return "cannot reach the Spark master (" + last + ")";
        }
        if (CLUSTER_MANAGER_FORM.matcher(master).matches() && !clusterManagerFor(master)) {
            return "no Spark cluster manager on the class path takes it (yarn needs Spark's spark-yarn module,"
                    + " k8s:// its spark-kubernetes module: run techdir with spark-submit)";
        }
        return null;
    }

    /** Whether a cluster manager on the class path takes {@code master}, as SparkContext looks for one. */
    private static boolean clusterManagerFor(String master) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ExternalClusterManager m : ServiceLoader.load(ExternalClusterManager.class,
                loader != null ? loader : SparkContext.class.getClassLoader())) {
            if (m.canCreate(master)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inIntRange(String digits, int min) {
        try {
            return Integer.parseInt(digits) >= min;
        } catch (NumberFormatException e) {
            return false; // beyond an int: Spark's toInt would fail
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
