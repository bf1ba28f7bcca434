package dev.faqbot.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * Says clearly that work was dropped, without flooding the log when a lot is: the first drop is logged at once,
 * later ones at most once per {@code every}, with how many were dropped since the last line.
 */
public final class DropLog {

    private final Logger log;
    private final Clock clock;
    private final Duration every;
    private long dropped;
    private long total;
    private Instant lastLine;

    public DropLog(Logger log, Clock clock, Duration every) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.every = Objects.requireNonNull(every, "every");
    }

    /** One piece of work dropped; {@code what} says what and why ("the answer to message 12: reply rate"). */
    public synchronized void dropped(String what) {
        dropped++;
        total++;
        Instant now = clock.instant();
        if (lastLine == null || !now.isBefore(lastLine.plus(every))) {
            log.warn("Dropped {} (load shedding; {} dropped since the last such line, {} in all)", what, dropped,
                    total);
            dropped = 0;
            lastLine = now;
        }
    }

    /** How many were dropped since this log was made. */
    public synchronized long total() {
        return total;
    }
}
