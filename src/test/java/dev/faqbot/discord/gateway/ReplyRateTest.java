package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.moderation.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The token bucket under a clock the test moves: no test waits for real time. */
class ReplyRateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));

    @Test
    void aBurstOfTheRateGoes_theRestWaitsForTheBucketToRefill() {
        ReplyRate rate = new ReplyRate(clock, 20);

        assertEquals(20, IntStream.range(0, 50).filter(i -> rate.tryTake()).count());
        assertFalse(rate.tryTake());

        clock.advance(Duration.ofMillis(100));
        assertEquals(2, IntStream.range(0, 10).filter(i -> rate.tryTake()).count(), "20 a second: 2 in 100 ms");

        clock.advance(Duration.ofMinutes(5));
        assertEquals(20, IntStream.range(0, 50).filter(i -> rate.tryTake()).count(), "never more than one burst");
    }

    @Test
    void aMessageThatMustGo_isTakenEvenFromAnEmptyBucket_andTheNextOnesWait() {
        ReplyRate rate = new ReplyRate(clock, 2);
        assertTrue(rate.tryTake());
        assertTrue(rate.tryTake());

        rate.take();
        rate.take();

        clock.advance(Duration.ofMillis(900));
        assertFalse(rate.tryTake(), "the emergency replies used the next second's share");
        clock.advance(Duration.ofMillis(600));
        assertTrue(rate.tryTake());
    }
}
