package dev.faqbot.moderation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answers withdrawn for review on {@code today}: members who ask get "this answer is being re-checked" and its
 * sources, not the answer, until moderators update its review dates.
 *
 * @param answers every answer withdrawn now, the most overdue first
 * @param newly   the intents among them that were not withdrawn at the last look
 */
public record Withdrawals(LocalDate today, List<StaleReport.Due> answers, List<String> newly) {

    public Withdrawals {
        Objects.requireNonNull(today, "today");
        answers = List.copyOf(answers);
        newly = List.copyOf(newly);
    }

    /** One line for people, then each answer as {@link StaleReport.Due#describe}. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(answers.size() + " answer(s) withdrawn for review" + (newly.isEmpty() ? ""
                : " (newly: " + String.join(", ", newly) + ")") + ": members who ask get \"this answer is being re-checked\" and its sources. Check the facts and sources, then"
                + " update reviewed and next_review.");
        answers.forEach(due -> lines.add(due.describe()));
        return lines;
    }
}
