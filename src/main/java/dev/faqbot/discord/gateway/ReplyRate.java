package dev.faqbot.discord.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A token bucket for the messages the bot sends: at most {@code perSecond} a second on average, and a burst of
 * as many. Discord allows a bot 50 requests a second in all; the setting stays well under that so clicks,
 * interaction replies and reconnects keep room. Interaction replies do not count against Discord's global
 * limit, so only messages (answers, notices, the moderator log) take a token.
 */
public final class ReplyRate {

    private final Clock clock;
    private final double perSecond;
    private final double burst;
    private double tokens;
    private Instant last;

    public ReplyRate(Clock clock, int perSecond) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (perSecond < 1) {
            throw new IllegalArgumentException("the reply rate must be at least 1 a second: " + perSecond);
        }
        this.perSecond = perSecond;
        this.burst = perSecond;
        this.tokens = burst;
        this.last = clock.instant();
    }

    /** Takes a token if one is left; false means: drop this message. */
    public synchronized boolean tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /**
     * Takes a token whatever is left, for a message that must go (an emergency reply): the bucket may go below
     * zero, so the messages after it wait their turn.
     */
    public synchronized void take() {
        refill();
        tokens = Math.max(tokens - 1, -burst);
    }

    private void refill() {
        Instant now = clock.instant();
        Duration passed = Duration.between(last, now);
        if (!passed.isNegative()) {
            tokens = Math.min(burst, tokens + passed.toNanos() / 1e9 * perSecond);
        }
        last = now;
    }
}
