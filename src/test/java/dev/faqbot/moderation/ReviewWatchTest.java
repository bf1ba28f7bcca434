package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.testing.Kbs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Answers are withdrawn by the passing of time: the watch notices with the bot's clock and tells moderators once. */
class ReviewWatchTest {

    /** Both medical answers of the fixture are due on 2031-05-01 and withdrawn 31 days later. */
    private static final Instant DUE = Instant.parse("2031-05-01T12:00:00Z");

    private final KnowledgeBase kb = Kbs.good();
    private final MutableClock clock = new MutableClock(DUE.plus(Duration.ofDays(30)));
    private final List<Withdrawals> told = new CopyOnWriteArrayList<>();

    @Test
    void aWithdrawalIsToldOnce_onTheDayItHappens() {
        ReviewWatch watch = new ReviewWatch(() -> kb, clock);
        watch.addListener(told::add);

        assertTrue(watch.check().isEmpty(), "30 days overdue: not yet");
        clock.advance(Duration.ofDays(1));
        watch.check();
        watch.check();

        assertEquals(1, told.size());
        Withdrawals withdrawals = told.get(0);
        assertEquals(LocalDate.of(2031, 6, 1), withdrawals.today());
        assertEquals(List.of("fda_status", "msc_basics"), withdrawals.newly());
        assertEquals(List.of("2 answer(s) withdrawn for review (newly: fda_status, msc_basics): members who ask get"
                        + " \"this answer is being re-checked\" and its sources. Check the facts and sources, then update"
                        + " reviewed and next_review.",
                "fda_status: withdrawn, review 31 days overdue (due 2031-05-01)",
                "msc_basics: withdrawn, review 31 days overdue (due 2031-05-01)"), withdrawals.lines());
    }

    @Test
    void aListenerAddedLater_hearsWhatIsWithdrawnNow() {
        clock.advance(Duration.ofDays(40));
        ReviewWatch watch = new ReviewWatch(() -> kb, clock);
        watch.check();

        watch.addListener(told::add);

        assertEquals(1, told.size());
        assertEquals(List.of(), told.get(0).newly());
        assertTrue(told.get(0).lines().get(0).startsWith("2 answer(s) withdrawn for review: members"),
                told.get(0).lines().get(0));
    }

    @Test
    void start_looksAtOnce_andAFailingListenerDoesNotStopTheOthers() {
        clock.advance(Duration.ofDays(1));
        try (ReviewWatch watch = new ReviewWatch(() -> kb, clock)) {
            watch.addListener(w -> {
                throw new IllegalStateException("mod log down");
            });
            watch.addListener(told::add);

            watch.start();

            assertEquals(1, told.size());
        }
    }
}
