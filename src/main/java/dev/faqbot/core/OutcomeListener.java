package dev.faqbot.core;

/**
 * Told of every question {@link FaqBot#ask} answered, with the decision behind it: how statistics and the
 * learning loop watch the bot without the core knowing of either. Called on the asking thread, so it must be
 * quick and must not throw (a throw is caught and logged, and never changes the reply).
 */
@FunctionalInterface
public interface OutcomeListener {

    void onOutcome(Outcome outcome, Decision decision);

    /** As above, with where the question was asked; listeners that count per server override this one. */
    default void onOutcome(Outcome outcome, Decision decision, Origin origin) {
        onOutcome(outcome, decision);
    }
}
