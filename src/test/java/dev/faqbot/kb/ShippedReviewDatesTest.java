package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Kbs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warns before the bot withdraws a shipped answer: loads the shipped knowledge base as the bot would 60 days from now
 * and fails, naming each answer to review, if any would then be withdrawn (more than
 * {@code review_overdue_error_days}, 30, past its {@code next_review}). So CI turns red 60 days before an answer is
 * withdrawn, a month before its review is even due.
 *
 * <p>This is the one test that reads the real clock, on purpose: its job is to notice the passing of time, which a
 * fixed clock cannot. Every other test fixes the clock ({@link Kbs#SHIPPED_TODAY}) so that it gives the same result
 * on any day. When it fails, the code is fine: the answers it names need their review (MODERATORS.md, review dates).
 */
class ShippedReviewDatesTest {

    private static final Duration AHEAD = Duration.ofDays(60);

    @Test
    void noShippedAnswerIsWithdrawnWithinSixtyDays() {
        Clock inSixtyDays = Clock.offset(Clock.systemUTC(), AHEAD);
        LocalDate then = Today.of(inSixtyDays);

        LoadResult result = Kbs.load(Kbs.PROJECT, inSixtyDays);

        KnowledgeBase kb = assertInstanceOf(LoadResult.Loaded.class, result,
                () -> "review dates must never refuse the knowledge base: " + result.problems()).knowledgeBase();
        List<Response> late = kb.responses().values().stream().filter(r -> kb.rules().withdrawn(r, then))
                .sorted(Comparator.comparing((Response r) -> r.nextReview().orElseThrow()).thenComparing(Response::id))
                .toList();
        assertTrue(late.isEmpty(), () -> late.size() + " answer(s) will be withdrawn within " + AHEAD.toDays()
                + " days: the bot will then show only their sources. Check each one's facts and sources, then update"
                + " reviewed and next_review:\n" + String.join("\n", late.stream().map(r -> "  responses/" + r.id()
                + ".yml: review due " + r.nextReview().orElseThrow() + ", withdrawn from "
                + kb.rules().withdrawnFrom(r).orElseThrow() + " (" + r.title() + ")").toList()));
    }
}
