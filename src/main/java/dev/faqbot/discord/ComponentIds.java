package dev.faqbot.discord;

import java.util.Optional;

/**
 * The custom ids on the bot's buttons and menu, {@code faq:<action>:<intent id>}. Discord hands them back on
 * a click, so they carry all the state a click needs: nothing is kept per message.
 */
final class ComponentIds {

    /** The topic menu; its option values are intent ids. */
    static final String TOPICS = "faq:topics";

    private static final String PICK = "faq:pick:";
    private static final String HELPFUL = "faq:yes:";
    private static final String NOT_HELPFUL = "faq:no:";

    /** What a click asks for. */
    sealed interface Action {
        /** Show the answer for this intent (a "did you mean" choice or a related question). */
        record Pick(String intentId) implements Action {
        }

        /** A "helpful" or "not helpful" vote on the answer for this intent. */
        record Feedback(String intentId, boolean helpful) implements Action {
        }
    }

    private ComponentIds() {
    }

    /** The id of a button that shows the answer for {@code intentId}; empty when it would be too long. */
    static Optional<String> pick(String intentId) {
        return fitting(PICK + intentId);
    }

    /** The id of a feedback button; empty when it would be too long. */
    static Optional<String> feedback(String intentId, boolean helpful) {
        return fitting((helpful ? HELPFUL : NOT_HELPFUL) + intentId);
    }

    /** What a clicked button's id asks for; empty for ids the bot did not make. */
    static Optional<Action> parse(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        if (customId.startsWith(PICK)) {
            return intent(customId, PICK).map(Action.Pick::new);
        }
        if (customId.startsWith(HELPFUL)) {
            return intent(customId, HELPFUL).map(id -> new Action.Feedback(id, true));
        }
        if (customId.startsWith(NOT_HELPFUL)) {
            return intent(customId, NOT_HELPFUL).map(id -> new Action.Feedback(id, false));
        }
        return Optional.empty();
    }

    private static Optional<String> intent(String customId, String prefix) {
        String id = customId.substring(prefix.length());
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static Optional<String> fitting(String id) {
        return id.length() <= Limits.CUSTOM_ID ? Optional.of(id) : Optional.empty();
    }
}
