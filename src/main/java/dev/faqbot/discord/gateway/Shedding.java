package dev.faqbot.discord.gateway;

import dev.faqbot.storage.DropLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * The limits on what the bot sends: the global reply rate, the per-channel limit on repeated emergency replies,
 * and the log line for what they drop.
 */
public record Shedding(ReplyRate rate, EmergencyLimit emergencies, DropLog drops) {

    public Shedding {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(emergencies, "emergencies");
        Objects.requireNonNull(drops, "drops");
    }

    public static Shedding of(Clock clock, int repliesPerSecond) {
        return new Shedding(new ReplyRate(clock, repliesPerSecond), new EmergencyLimit(clock),
                new DropLog(LoggerFactory.getLogger(Shedding.class), clock, Duration.ofSeconds(10)));
    }
}
