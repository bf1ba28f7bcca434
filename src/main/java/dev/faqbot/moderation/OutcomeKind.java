package dev.faqbot.moderation;

import dev.faqbot.core.Outcome;

/** The four kinds of reply, named as in {@code ask --json}, for counting and for the learning log. */
enum OutcomeKind {
    ANSWERED("answered"), CLARIFY("clarify"), FALLBACK("fallback"), EMERGENCY("emergency");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    static OutcomeKind of(Outcome outcome) {
        if (outcome instanceof Outcome.Answered) {
            return ANSWERED;
        }
        if (outcome instanceof Outcome.Clarify) {
            return CLARIFY;
        }
        if (outcome instanceof Outcome.Emergency) {
            return EMERGENCY;
        }
        return FALLBACK;
    }

    String label() {
        return label;
    }
}
