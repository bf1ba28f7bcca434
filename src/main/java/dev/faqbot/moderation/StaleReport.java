package dev.faqbot.moderation;

import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answers due for review, for {@code /faq-admin stale}: those whose {@code next_review} is within
 * {@code withinDays} of {@code today} or already past, the most overdue first, each marked when it is withdrawn
 * (the bot shows only its sources until it is reviewed). Answers without a review date (greeting, thanks, help)
 * are never listed.
 */
public record StaleReport(LocalDate today, int withinDays, List<Due> answers) {

    public StaleReport {
        Objects.requireNonNull(today, "today");
        answers = List.copyOf(answers);
    }

    public static StaleReport of(KnowledgeBase kb, LocalDate today, int withinDays) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("days ahead must not be negative: " + withinDays);
        }
        LocalDate horizon = today.plusDays(withinDays);
        List<Due> due = kb.responses().values().stream()
                .filter(r -> r.nextReview().isPresent() && !r.nextReview().get().isAfter(horizon))
                .map(r -> due(r, today, kb.rules().withdrawn(r, today)))
                .sorted(Comparator.comparing(Due::nextReview).thenComparing(Due::intent))
                .toList();
        return new StaleReport(today, withinDays, due);
    }

    private static Due due(Response r, LocalDate today, boolean withdrawn) {
        LocalDate next = r.nextReview().orElseThrow();
        return new Due(r.id(), r.title(), r.reviewed(), next, ChronoUnit.DAYS.between(today, next), withdrawn);
    }

    /** The answers withdrawn for review on {@code today}, the most overdue first. */
    public List<Due> withdrawn() {
        return answers.stream().filter(Due::withdrawn).toList();
    }

    /**
     * One answer due for review.
     *
     * @param daysLeft  days until {@code nextReview}; negative when overdue
     * @param withdrawn overdue for longer than the content rules allow: the bot shows only its sources
     */
    public record Due(String intent, String title, LocalDate reviewed, LocalDate nextReview, long daysLeft,
                      boolean withdrawn) {

        public boolean overdue() {
            return daysLeft < 0;
        }

        /**
         * "cost: review due in 12 days (2027-01-03)", "cost: review 5 days overdue (due 2026-12-01)" or "cost:
         * withdrawn, review 45 days overdue (due 2026-10-20)".
         */
        public String describe() {
            if (withdrawn) {
                return intent + ": withdrawn, review " + -daysLeft + " days overdue (due " + nextReview + ")";
            }
            if (daysLeft < 0) {
                return intent + ": review " + -daysLeft + " days overdue (due " + nextReview + ")";
            }
            return intent + ": review due " + (daysLeft == 0 ? "today" : "in " + daysLeft + " days") + " ("
                    + nextReview + ")";
        }
    }
}
