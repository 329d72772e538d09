package io.techdir;

import io.techdir.job.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of a test JVM, built lazily by the production factory with test settings
 * (2 cores, 2 shuffle partitions); it costs ~5 s once, so only tests that need Spark touch it.
 * Commands run in-process reuse it and leave it running. It also turns the default warehouse off
 * ({@code -Dtechdir.warehouse=none}) for every command run in the test JVM.
 */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    /** The shared session, created on first use. */
    public static synchronized SparkSession get() {
        if (session == null) {
            System.setProperty("spark.sql.shuffle.partitions", "2");
            System.setProperty("spark.default.parallelism", "2");
            // Commands run in tests never merge into the project's data/warehouse/ by default: a test
            // that wants a warehouse names one (--warehouse @TempDir).
            System.setProperty("techdir.warehouse", "none");
            session = SparkSessions.getOrCreate("local[2]", "techdir-tests");
        }
        return session;
    }
}
