package io.techdir.job;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.check.BadConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java releases a Spark session is made on (no session is made here). */
class SparkSessionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"17", "17.0.15+6-Debian-1deb12u1", "21.0.5+11-LTS", "22.0.2"})
    void javaSeventeenToTwentyTwoRunSpark(String version) {
        assertDoesNotThrow(() -> SparkSessions.requireSupportedJava(Runtime.Version.parse(version), "/opt/jdk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23", "24.0.1", "25.0.1+8-LTS"})
    void newerJavaIsRefusedWithWhatToDo(String version) {
        BadConfigurationException e = assertThrows(BadConfigurationException.class,
                () -> SparkSessions.requireSupportedJava(Runtime.Version.parse(version), "/usr/lib/jvm/temurin"));
        assertEquals("Java " + version + " (/usr/lib/jvm/temurin): Spark " + BuildInfo.sparkVersion()
                + " and its Hadoop client run on Java 17 to 22 (Hadoop calls Subject.getSubject, which Java 23 and"
                + " later no longer support); set JAVA_HOME to a JDK 17 or 21", e.getMessage());
    }

    /** Spark's own forms (SparkContext's SparkMasterRegex, its cluster managers) pass; no session is made. */
    @ParameterizedTest
    @ValueSource(strings = {"local", "local[1]", "local[4]", "local[*]", "local[2,3]", "local[*, 4]",
        "local-cluster[2, 1, 1024]", "spark://host:7077", "spark://10.0.0.1:7077,10.0.0.2:7077", "spark://[::1]:7077",
        "yarn", "k8s://https://kubernetes.example:6443", "mesos://zk://host:2181/mesos"})
    void sparkMasterFormsAreAccepted(String master) {
        assertEquals(null, SparkSessions.masterFormProblem(master));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', emptyValue = "", value = {
        "foo              | not a Spark master URL; expected " + SparkSessions.MASTER_FORMS,
        "local[abc]       | not a Spark master URL; expected " + SparkSessions.MASTER_FORMS,
        "''               | not a Spark master URL; expected " + SparkSessions.MASTER_FORMS,
        "LOCAL            | not a Spark master URL; expected " + SparkSessions.MASTER_FORMS,
        "k8s:             | not a Spark master URL; expected " + SparkSessions.MASTER_FORMS,
        "local[0]         | expected local[N] with N from 1 (threads), or local[*]",
        "local[99999999999] | expected local[N] with N from 1 (threads), or local[*]",
        "local-cluster[0,1,1024] | expected local-cluster[N,C,M] with N workers, C cores and M MiB each, from 1",
        "spark://host     | expected spark://HOST:PORT (several masters: spark://HOST:PORT,HOST:PORT)",
        "spark://host:0   | expected spark://HOST:PORT (several masters: spark://HOST:PORT,HOST:PORT)",
        "spark://host:70000 | expected spark://HOST:PORT (several masters: spark://HOST:PORT,HOST:PORT)",
        "spark://h:7077/  | expected spark://HOST:PORT (several masters: spark://HOST:PORT,HOST:PORT)",
    })
    void otherMastersAreRefusedSayingWhatIsExpected(String master, String expected) {
        assertEquals(expected, SparkSessions.masterFormProblem(master));
    }

    @Test
    void anUnreachableStandaloneMasterOrAMissingClusterManagerIsSaidBeforeSparkStarts() throws Exception {
        assertEquals(null, SparkSessions.masterUnavailable("local[*]"));
        assertEquals("no Spark cluster manager on the class path takes it (yarn needs Spark's spark-yarn module,"
                + " k8s:// its spark-kubernetes module: run techdir with spark-submit)",
                SparkSessions.masterUnavailable("yarn"));
        // a port nothing listens on: refused at once
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
            assertEquals(null, SparkSessions.masterUnavailable("spark://127.0.0.1:" + port), "something listens");
        }
        assertEquals("cannot reach the Spark master (127.0.0.1:" + port + ": Connection refused)",
                SparkSessions.masterUnavailable("spark://127.0.0.1:" + port));
        assertEquals("cannot reach the Spark master (unknown host no-such-host.invalid)",
                SparkSessions.masterUnavailable("spark://no-such-host.invalid:7077"));
    }

    @Test
    void theJavaTheTestsRunOnIsOneOfThem() {
        assertDoesNotThrow(() -> SparkSessions.requireSupportedJava());
    }
}
