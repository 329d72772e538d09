package io.techdir.gather;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** The log lines of one class while open, as {@code LEVEL message}. */
final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerConfig config;
    private final AbstractAppender appender;
    private final String logger;

    LogCapture(Class<?> type) {
        logger = type.getName();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        config = ctx.getConfiguration().getLoggerConfig(logger);
        appender = new AbstractAppender("capture-" + logger, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent e) {
                if (e.getLoggerName().equals(logger)) {
                    lines.add(e.getLevel() + " " + e.getMessage().getFormattedMessage());
                }
            }
        };
        appender.start();
        config.addAppender(appender, Level.ALL, null);
    }

    /** The lines so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        config.removeAppender(appender.getName());
        appender.stop();
    }
}
