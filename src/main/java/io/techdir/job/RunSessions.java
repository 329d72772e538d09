package io.techdir.job;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark session of each run (and of {@code history}). A run alone makes its session and stops
 * it when it ends. A process that runs job after job ({@code techdir schedule},
 * {@code techdir bench-runs}) keeps one local session for all of them instead
 * ({@link #keepBetweenRuns()}): Spark compiles the code it generates for a query once per session
 * (its cache is keyed by the session's class loader), and the JVM compiles those classes again for
 * every new session, so runs in a new session each pay that again (here ~190 classes and most of the JIT's work in a warm run of 100 000 postings:
 * 21.9–24.1 s a run against 16.4–18.2 s with the session kept).
 *
 * <p>Only a local master's session is kept; a cluster's is stopped after each run, which frees its
 * executors. A session this class did not make (a test's, an embedding program's) is used and
 * left running, as before. Between runs, when no run is using it, the kept session's cached
 * datasets are dropped: each run starts from what the run before left on disk, nothing else.
 */
public final class RunSessions {

    private static final Logger LOG = LoggerFactory.getLogger(RunSessions.class);
    private static final Object LOCK = new Object();
    /** Open {@link #keepBetweenRuns()} scopes. */
    private static int keeping;
    /** The session kept between runs, or null. */
    private static SparkSession kept;
    /** Runs using {@link #kept}. */
    private static int using;

    private RunSessions() {
    }

    /**
     * Keeps the local session of the runs made until the returned scope is closed; closing it
     * stops the kept session (when no run is using it any more).
     */
    public static Scope keepBetweenRuns() {
        synchronized (LOCK) {
            keeping++;
        }
        return new Scope();
    }

    /** Something closed once (a second close does nothing), under the class's lock. */
    private abstract static class Once implements AutoCloseable {
        private boolean closed;

        @Override
        public final void close() {
            synchronized (LOCK) {
                if (!closed) {
                    closed = true;
                    closeOnce();
                }
            }
        }

        /** What closing does, under the lock. */
        abstract void closeOnce();
    }

    /** A {@link #keepBetweenRuns()} scope. */
    public static final class Scope extends Once {

        private Scope() {
        }

        @Override
        void closeOnce() {
            keeping--;
            if (keeping == 0 && kept != null && using == 0) {
                kept.stop();
                kept = null;
            }
        }
    }

    /**
     * The session for one run: the kept one when its master is the run's, else a session of this
     * JVM's (a test's, an embedding program's), else a new one ({@link SparkSessions#getOrCreate}).
     * Close the lease when the run ends.
     *
     * @param master a Spark master URL, or null for the default ({@link SparkSessions#getOrCreate})
     * @param appName the application name, for a new session
     */
    public static Lease acquire(String master, String appName) {
        synchronized (LOCK) {
            if (kept != null && kept.sparkContext().isStopped()) {
                kept = null;
                using = 0;
            }
            String wanted = SparkSessions.effectiveMaster(master);
            if (kept != null) {
                String current = kept.sparkContext().master();
                if (current.equals(wanted) || using > 0) {
                    if (!current.equals(wanted)) {
                        // one SparkContext per JVM, and another job is running on the kept one
                        LOG.warn("master {} asked while another job runs on {}: this run runs there too", wanted,
                                current);
                    }
                    using++;
                    return new Lease(kept, Ownership.KEPT);
                }
                kept.stop();
                kept = null;
            }
            if (SparkSession.getDefaultSession().isDefined()) {
                return new Lease(SparkSession.getDefaultSession().get(), Ownership.FOREIGN);
            }
            SparkSession spark = SparkSessions.getOrCreate(master, appName);
            if (keeping > 0 && wanted.startsWith("local")) {
                kept = spark;
                using = 1;
                return new Lease(spark, Ownership.KEPT);
            }
            return new Lease(spark, Ownership.OWN);
        }
    }

    private enum Ownership {
        /** Made for this run: stopped when it ends. */
        OWN,
        /** The kept session: left running, its caches dropped when no run uses it. */
        KEPT,
        /** Someone else's: left as it is. */
        FOREIGN
    }

    /** One run's use of a session. */
    public static final class Lease extends Once {
        private final SparkSession session;
        private final Ownership ownership;

        private Lease(SparkSession session, Ownership ownership) {
            this.session = session;
            this.ownership = ownership;
        }

        /** The run's session. */
        public SparkSession session() {
            return session;
        }

        @Override
        void closeOnce() {
            switch (ownership) {
                case OWN -> session.stop();
                case KEPT -> {
                    if (session != kept) {
                        return; // a kept session found stopped and replaced: not the current one's count
                    }
                    using--;
                    if (using == 0) {
                        if (keeping == 0) {
                            session.stop();
                            kept = null;
                        } else {
                            dropCaches(session);
                        }
                    }
                }
                case FOREIGN -> {
                    // not ours to stop
                }
            }
        }
    }

    /** Drops what a run left cached (a run that failed may not have released its datasets). */
    private static void dropCaches(SparkSession spark) {
        if (spark.sparkContext().isStopped()) {
            return;
        }
        spark.catalog().clearCache();
        for (RDD<?> rdd : scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs())
                .values()) {
            rdd.unpersist(false);
        }
    }
}
