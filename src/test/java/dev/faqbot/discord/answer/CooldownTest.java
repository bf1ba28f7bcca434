package dev.faqbot.discord.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CooldownTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final Cooldown cooldown = new Cooldown(Duration.ofSeconds(10), ticker);

    @Test
    void aSecondQuestionWithinTheWindowIsToldOnceThenIgnored() {
        assertEquals(Cooldown.Verdict.GO, cooldown.check(1));
        assertEquals(Cooldown.Verdict.WAIT_AND_TELL, cooldown.check(1));
        assertEquals(Cooldown.Verdict.WAIT_QUIETLY, cooldown.check(1));
        assertEquals(Cooldown.Verdict.WAIT_QUIETLY, cooldown.check(1));
    }

    @Test
    void membersHaveTheirOwnWindows() {
        assertEquals(Cooldown.Verdict.GO, cooldown.check(1));
        assertEquals(Cooldown.Verdict.GO, cooldown.check(2));
    }

    @Test
    void theWindowRunsFromTheAnsweredQuestionNotFromTheNotice() {
        cooldown.check(1);
        advance(Duration.ofSeconds(9));
        assertEquals(Cooldown.Verdict.WAIT_AND_TELL, cooldown.check(1));
        advance(Duration.ofSeconds(2));
        assertEquals(Cooldown.Verdict.GO, cooldown.check(1));
    }

    @Test
    void lookingDoesNotStartAWindow_butSeesOneThatRuns() {
        assertEquals(Cooldown.Verdict.GO, cooldown.look(1));
        assertEquals(Cooldown.Verdict.GO, cooldown.look(1), "chatter the bot did not answer starts no window");
        assertEquals(Cooldown.Verdict.GO, cooldown.check(1));
        assertEquals(Cooldown.Verdict.WAIT_AND_TELL, cooldown.look(1));
        assertEquals(Cooldown.Verdict.WAIT_QUIETLY, cooldown.look(1));
        advance(Duration.ofSeconds(11));
        assertEquals(Cooldown.Verdict.GO, cooldown.look(1));
    }

    @Test
    void aZeroWindowNeverSlowsAnyoneDown() {
        Cooldown off = new Cooldown(Duration.ZERO, ticker);
        assertEquals(Cooldown.Verdict.GO, off.check(1));
        assertEquals(Cooldown.Verdict.GO, off.check(1));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Cooldown(Duration.ofSeconds(-1), ticker));
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
