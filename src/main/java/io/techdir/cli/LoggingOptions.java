package io.techdir.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** {@code --verbose} and {@code --quiet}, shared by the commands that run work. */
final class LoggingOptions {

    @Option(names = {"-v", "--verbose"}, description = "Log each step (DEBUG) and print stack traces on errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Log warnings and errors only.")
    boolean quiet;

    /** Applies the chosen level to techdir's loggers (Spark's stay at WARN). */
    void apply() {
        if (verbose) {
            Configurator.setLevel("io.techdir", Level.DEBUG);
        } else if (quiet) {
            Configurator.setLevel("io.techdir", Level.WARN);
        }
    }
}
