package dev.faqbot.discord.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqbot.kb.EmergencyReply;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Emergency replies skip the cooldown, so one member could make the bot post crisis text as fast as Discord
 * allows. This keeps the same reply from being posted again in the same channel within {@link #WINDOW}: the
 * first one always goes; a repeat is not posted (the reply is still there, just above).
 */
public final class EmergencyLimit {

    public static final Duration WINDOW = Duration.ofMinutes(1);

    /** "channel|reply" of the emergency replies posted within the window. */
    private final Cache<String, Boolean> posted;

    public EmergencyLimit(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.posted = Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** True, and remembered, when {@code reply} was not posted in {@code channelId} within the window. */
    public boolean first(String channelId, EmergencyReply reply) {
        String key = channelId + "|" + reply.title() + "|" + reply.answer().hashCode();
        return posted.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
