package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.moderation.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergencyLimitTest {

    private static final EmergencyReply EMERGENCY = new EmergencyReply("Call now", "Call 911.", List.of());
    private static final EmergencyReply SELF_HARM = new EmergencyReply("You are not alone", "Call 988.", List.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final EmergencyLimit limit = new EmergencyLimit(clock);

    @Test
    void theFirstReplyInAChannelAlwaysGoes_theSameOneAgainNotWithinAMinute() {
        assertTrue(limit.first("100", EMERGENCY));
        assertFalse(limit.first("100", EMERGENCY));
        clock.advance(Duration.ofSeconds(59));
        assertFalse(limit.first("100", EMERGENCY));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limit.first("100", EMERGENCY), "a minute later it is posted again");
    }

    @Test
    void anotherChannelOrAnotherReply_isAFirstOfItsOwn() {
        assertTrue(limit.first("100", EMERGENCY));
        assertTrue(limit.first("200", EMERGENCY));
        assertTrue(limit.first("100", SELF_HARM));
    }
}
