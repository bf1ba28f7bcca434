package dev.faqbot.core;

import dev.faqbot.classify.Ranking;
import dev.faqbot.safety.SafetyCheck.Danger;
import java.util.List;
import java.util.Objects;
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
        if (this instanceof Cautioned c) {
            return c.decision().rankingIfAny();
        }
        return this instanceof Decline d ? Optional.ofNullable(d.ranking()) : Optional.empty();
    }

    /**
     * A danger sign the safety check is sure of: emergency guidance, nothing else.
     *
     * @param reason what raised it ("pattern", "detector 0.93"), for moderators
     */
    record Emergency(Danger danger, String reason) implements Decision {
        public Emergency {
            Objects.requireNonNull(danger, "danger");
            Objects.requireNonNull(reason, "reason");
        }

        /** Raised by a moderator's pattern. */
        public Emergency(Danger danger) {
            this(danger, "pattern");
        }
    }

    /**
     * A danger sign the detector is unsure of: the emergency lines first, then {@code decision} (an answer, a
     * "did you mean" or a decline), so a worried-but-safe member still gets an answer.
     */
    record Cautioned(Danger danger, String reason, Decision decision) implements Decision {
        public Cautioned {
            Objects.requireNonNull(danger, "danger");
            Objects.requireNonNull(reason, "reason");
            if (decision instanceof Emergency || decision instanceof Cautioned || decision == null) {
                throw new IllegalArgumentException("a caution goes above an answer, a clarification or a decline");
            }
        }
    }

    /**
     * Confident in one intent.
     *
     * @param alsoAsked other intents the message clearly asked about too ("what are MSCs and are they approved?"),
     *                  offered first among the follow-ups
     */
    record Answer(String intent, double confidence, Ranking ranking, List<String> alsoAsked) implements Decision {
        public Answer {
            alsoAsked = List.copyOf(alsoAsked);
        }

        public Answer(String intent, double confidence, Ranking ranking) {
            this(intent, confidence, ranking, List.of());
        }
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
