package dev.faqbot.moderation;

import dev.faqbot.classify.Ranking;
import dev.faqbot.core.Decision;
import java.util.Optional;

/** The classifier's ranking behind a decision; none for an emergency or an empty message. */
final class DecisionRanking {

    private DecisionRanking() {
    }

    static Optional<Ranking> of(Decision decision) {
        if (decision instanceof Decision.Answer a) {
            return Optional.of(a.ranking());
        }
        if (decision instanceof Decision.Clarify c) {
            return Optional.of(c.ranking());
        }
        return decision instanceof Decision.Decline d ? Optional.ofNullable(d.ranking()) : Optional.empty();
    }
}
