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

    @Test
    void theJavaTheTestsRunOnIsOneOfThem() {
        assertDoesNotThrow(() -> SparkSessions.requireSupportedJava());
    }
}
