package dev.faqbot.core;

import dev.faqbot.classify.Scored;
import java.util.List;
import java.util.Objects;

/**
 * What the bot would do with a question, and why: for moderators who test a wording ({@code /faq-admin test})
 * without it counting as a question asked.
 *
 * @param outcome  the reply it would give
 * @param decision the decision behind it
 * @param top      the classifier's best intents with their confidences, most likely first; empty when the
 *                 classifier was not asked (an emergency, or a message without words)
 */
public record Explanation(Outcome outcome, Decision decision, List<Scored> top) {

    public Explanation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decision, "decision");
        top = List.copyOf(top);
    }
}
