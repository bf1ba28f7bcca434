package dev.faqbot.core;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.kb.Intent;
import java.util.List;
import java.util.Objects;

/**
 * Turns a ranking into answer, clarify or decline. Declining is always preferred to guessing: a medical answer
 * is given only when one intent is both confident and clearly ahead.
 */
public final class Decider {

    static final int MAX_CHOICES = 3;

    private final Thresholds thresholds;

    public Decider(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Out of scope on top always declines; an in-scope top is answered, offered among choices, or declined. */
    public Decision decide(Ranking ranking) {
        Scored top = ranking.top();
        if (top.intent().equals(Intent.OUT_OF_SCOPE)) {
            return new Decision.Decline(Decision.Reason.OUT_OF_SCOPE, ranking);
        }
        double lead = top.confidence() - ranking.second().confidence();
        if (top.confidence() >= thresholds.answer() && lead >= thresholds.margin()) {
            return new Decision.Answer(top.intent(), top.confidence(), ranking);
        }
        if (top.confidence() < thresholds.clarify()) {
            return new Decision.Decline(Decision.Reason.NOT_CONFIDENT, ranking);
        }
        if (outOfScope(ranking) >= thresholds.outOfScope()) {
            // Unsure, and quite possibly not about our topics at all: choices would be a guess.
            return new Decision.Decline(Decision.Reason.OUT_OF_SCOPE, ranking);
        }
        List<String> choices = ranking.top(MAX_CHOICES + 1).stream()
                .filter(s -> !s.intent().equals(Intent.OUT_OF_SCOPE))
                .filter(s -> s.confidence() >= thresholds.choice())
                .limit(MAX_CHOICES)
                .map(Scored::intent)
                .toList();
        if (choices.isEmpty()) {
            return new Decision.Decline(Decision.Reason.NOT_CONFIDENT, ranking);
        }
        return new Decision.Clarify(choices, ranking);
    }

    private static double outOfScope(Ranking ranking) {
        return ranking.ranked().stream().filter(s -> s.intent().equals(Intent.OUT_OF_SCOPE))
                .mapToDouble(Scored::confidence).findFirst().orElse(0);
    }

    public Thresholds thresholds() {
        return thresholds;
    }
}
