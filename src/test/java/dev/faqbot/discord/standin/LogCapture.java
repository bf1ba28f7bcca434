package dev.faqbot.discord.standin;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log line written while it is open, with its exception chain, as text. */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Each event as "LEVEL logger - message" followed by its exceptions and their messages. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        // ListAppender adds under AppenderBase.doAppend, which holds the appender's own lock, not the list's
        synchronized (appender) {
            for (ILoggingEvent event : appender.list) {
                StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " - "
                        + event.getFormattedMessage());
                for (IThrowableProxy error = event.getThrowableProxy(); error != null; error = error.getCause()) {
                    line.append(" | ").append(error.getClassName()).append(": ").append(error.getMessage());
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
