package dev.faqbot.discord.render;

import java.util.Optional;

/**
 * The custom ids on the bot's buttons and menu, {@code faq:<action>:<intent id>}. Discord hands them back on
 * a click, so they carry all the state a click needs: nothing is kept per message. A "not helpful" button may
 * also carry {@code :<key>}, the key under which {@link dev.faqbot.discord.answer.AskedQuestions} holds the question for a while, so that
 * the vote can reach the learning log with the question it was about.
 */
public final class ComponentIds {

    /** The topic menu; its option values are intent ids. */
    public static final String TOPICS = "faq:topics";

    private static final String PICK = "faq:pick:";
    private static final String HELPFUL = "faq:yes:";
    private static final String NOT_HELPFUL = "faq:no:";
    /** Intent ids are lower-case letters, digits and "_", so this cannot be part of one. */
    private static final char KEY = ':';

    /** What a click asks for. */
    public sealed interface Action {
        /** Show the answer for this intent (a "did you mean" choice or a related question). */
        record Pick(String intentId) implements Action {
        }

        /**
         * A "helpful" or "not helpful" vote on the answer for this intent.
         *
         * @param questionKey where {@link dev.faqbot.discord.answer.AskedQuestions} holds the question; empty when the button has none
         */
        record Feedback(String intentId, boolean helpful, String questionKey) implements Action {
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

    /** A feedback button's id with the key of the question; without the key when that would be too long. */
    static Optional<String> feedback(String intentId, boolean helpful, Optional<String> questionKey) {
        return questionKey.flatMap(key -> feedback(intentId + KEY + key, helpful))
                .or(() -> feedback(intentId, helpful));
    }

    /** What a clicked button's id asks for; empty for ids the bot did not make. */
    public static Optional<Action> parse(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        if (customId.startsWith(PICK)) {
            return intent(customId, PICK).map(Action.Pick::new);
        }
        if (customId.startsWith(HELPFUL)) {
            return intent(customId, HELPFUL).map(id -> vote(id, true));
        }
        if (customId.startsWith(NOT_HELPFUL)) {
            return intent(customId, NOT_HELPFUL).map(id -> vote(id, false));
        }
        return Optional.empty();
    }

    private static Action vote(String idAndKey, boolean helpful) {
        int split = idAndKey.indexOf(KEY);
        return split < 0 ? new Action.Feedback(idAndKey, helpful, "")
                : new Action.Feedback(idAndKey.substring(0, split), helpful, idAndKey.substring(split + 1));
    }

    private static Optional<String> intent(String customId, String prefix) {
        String id = customId.substring(prefix.length());
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static Optional<String> fitting(String id) {
        return id.length() <= Limits.CUSTOM_ID ? Optional.of(id) : Optional.empty();
    }
}
