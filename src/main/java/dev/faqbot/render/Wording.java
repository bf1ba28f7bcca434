package dev.faqbot.render;

import dev.faqbot.core.Decision;

/** The bot's own sentences (not knowledge-base content), shared by every adapter so they all say the same. */
public final class Wording {

    public static final String CLARIFY_TITLE = "Did you mean one of these?";
    public static final String CLARIFY_HINT = "Pick one, or ask again in other words.";
    public static final String NO_MATCH_TITLE = "I don't know that one";
    public static final String NO_MATCH_TEXT = "I'm not able to answer that, and I won't guess about health"
            + " questions. For anything about your own care, please ask your neurologist or ALS clinic.";
    public static final String EMPTY_TEXT = "Please type a question, for example: \"What are MSCs?\"";
    public static final String TOPICS_INTRO = "Here is what I can answer:";
    /** Instead of an answer whose review is late: it is withdrawn until the moderators have checked it. */
    public static final String WITHDRAWN_TEXT = "The moderators are checking this answer again, because its facts"
            + " are due for review. Until they have, I will not show it. Here are the sources it is based on. For"
            + " your own care, please ask your neurologist or ALS clinic.";

    private Wording() {
    }

    /** "Did you mean one of these?", or "Did you mean this?" for a single choice. */
    public static String clarifyTitle(int choices) {
        return choices == 1 ? "Did you mean this?" : CLARIFY_TITLE;
    }

    /** The opening line of a "no match" reply for the given reason. */
    public static String noMatch(Decision.Reason reason) {
        return reason == Decision.Reason.EMPTY ? EMPTY_TEXT : NO_MATCH_TEXT;
    }
}
