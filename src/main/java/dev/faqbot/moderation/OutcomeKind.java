package dev.faqbot.moderation;

import dev.faqbot.core.Outcome;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of reply, named as in {@code ask --json}, for counting and for the learning log. A caution (the
 * emergency lines above a normal reply) counts as a kind of its own, so moderators see how often it happens.
 */
enum OutcomeKind {
    ANSWERED("answered"), WITHDRAWN("withdrawn"), CLARIFY("clarify"), FALLBACK("fallback"), EMERGENCY("emergency"),
    CAUTION("caution");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    static OutcomeKind of(Outcome outcome) {
        if (outcome instanceof Outcome.Answered) {
            return ANSWERED;
        }
        if (outcome instanceof Outcome.Withdrawn) {
            return WITHDRAWN;
        }
        if (outcome instanceof Outcome.Clarify) {
            return CLARIFY;
        }
        if (outcome instanceof Outcome.Emergency) {
            return EMERGENCY;
        }
        if (outcome instanceof Outcome.Cautioned) {
            return CAUTION;
        }
        return FALLBACK;
    }

    /** The kind stored under {@code label}; empty for a label this version does not know. */
    static Optional<OutcomeKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    String label() {
        return label;
    }
}
