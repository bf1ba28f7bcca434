package dev.faqbot.core;

import dev.faqbot.classify.Ranking;
import dev.faqbot.safety.SafetyCheck.Danger;
import java.util.List;
import java.util.Optional;

/** What the pipeline decided for a message, in intent ids only (no answer text). */
public sealed interface Decision {

    /** The classifier's ranking behind this decision; none for an emergency or an empty message. */
    default Optional<Ranking> rankingIfAny() {
        if (this instanceof Answer a) {
            return Optional.of(a.ranking());
        }
        if (this instanceof Clarify c) {
            return Optional.of(c.ranking());
        }
        return this instanceof Decline d ? Optional.ofNullable(d.ranking()) : Optional.empty();
    }

    /** A danger sign: emergency guidance, nothing else. */
    record Emergency(Danger danger) implements Decision {
    }

    /** Confident in one intent. */
    record Answer(String intent, double confidence, Ranking ranking) implements Decision {
    }

    /** Two or three intents are close: ask which one was meant. */
    record Clarify(List<String> candidates, Ranking ranking) implements Decision {
        public Clarify {
            candidates = List.copyOf(candidates);
        }
    }

    /** Not sure, out of scope, or nothing to go on: say so and list the topics. */
    record Decline(Reason reason, Ranking ranking) implements Decision {
    }

    /** Why a message was declined. */
    enum Reason { EMPTY, OUT_OF_SCOPE, NOT_CONFIDENT }
}
