package io.techdir.gather;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * The log lines of one class at INFO and above while open, as {@code LEVEL message}. The class
 * gets a logger configuration of its own at INFO meanwhile, so a level another test left on
 * {@code io.techdir} (the command line's {@code -q} sets WARN) does not hide its lines.
 */
final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    private final LoggerConfig config;
    private final AbstractAppender appender;

    LogCapture(Class<?> type) {
        String logger = type.getName();
        appender = new AbstractAppender("capture-" + logger, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent e) {
                lines.add(e.getLevel() + " " + e.getMessage().getFormattedMessage());
            }
        };
        appender.start();
        Configuration configuration = ctx.getConfiguration();
        config = new LoggerConfig(logger, Level.INFO, true);
        config.addAppender(appender, Level.INFO, null);
        configuration.addLogger(logger, config);
        ctx.updateLoggers();
    }

    /** The lines so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        ctx.getConfiguration().removeLogger(config.getName());
        ctx.updateLoggers();
        config.removeAppender(appender.getName());
        appender.stop();
    }
}
