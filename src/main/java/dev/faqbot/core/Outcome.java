package dev.faqbot.core;

import dev.faqbot.kb.CrisisRules;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.Response;
import dev.faqbot.safety.SafetyCheck.Danger;
import java.util.List;

/** What the bot replies, with the vetted content to show. Adapters (console, Discord, JSON) render it. */
public sealed interface Outcome {

    /** The question as the user wrote it. */
    String question();

    /** Emergency guidance; never cached, never mixed with knowledge-base content. */
    record Emergency(String question, Danger danger, EmergencyReply reply) implements Outcome {
    }

    /**
     * The emergency lines first, then the normal reply: the safety check saw a possible danger but is not sure.
     * {@code answer} is never an emergency or another caution.
     */
    record Cautioned(String question, Danger danger, EmergencyReply reply, Outcome answer) implements Outcome {
        public Cautioned {
            if (answer instanceof Emergency || answer instanceof Cautioned) {
                throw new IllegalArgumentException("a caution goes above an answer, a clarification or a decline");
            }
        }
    }

    /** A vetted answer. {@code disclaimer} is empty for conversational answers (greeting, thanks, help). */
    record Answered(String question, Response response, double confidence, String disclaimer,
                    List<Response> related) implements Outcome {
        public Answered {
            related = List.copyOf(related);
        }
    }

    /**
     * The answer is withdrawn for review: its {@code next_review} is further past than the content rules allow, so
     * the bot says it is being re-checked and shows only its sources, never its text. Emergency replies are never
     * withdrawn.
     *
     * @param daysOverdue days since the answer's {@code next_review}
     * @param related     the follow-up questions, as an answer would offer them
     * @param dangerLine  ends the reply: what to do if someone is in danger now, for the bot's region
     */
    record Withdrawn(String question, Response response, double confidence, long daysOverdue, List<Response> related,
                     String dangerLine) implements Outcome {
        public Withdrawn {
            related = List.copyOf(related);
        }
    }

    /**
     * "Did you mean": the candidates, most likely first.
     *
     * @param dangerLine ends the reply: what to do if someone is in danger now, for the bot's region
     */
    record Clarify(String question, List<Response> candidates, double confidence, String dangerLine)
            implements Outcome {
        public Clarify {
            candidates = List.copyOf(candidates);
        }

        /** With the line for readers anywhere. */
        public Clarify(String question, List<Response> candidates, double confidence) {
            this(question, candidates, confidence, CrisisRules.DEFAULT_DANGER_LINE);
        }
    }

    /**
     * An honest "I don't know that one", with the topics the bot does know.
     *
     * @param dangerLine ends the reply: what to do if someone is in danger now, for the bot's region
     */
    record NoMatch(String question, Decision.Reason reason, List<Response> topics, double confidence,
                   String dangerLine) implements Outcome {
        public NoMatch {
            topics = List.copyOf(topics);
        }

        /** With the line for readers anywhere. */
        public NoMatch(String question, Decision.Reason reason, List<Response> topics, double confidence) {
            this(question, reason, topics, confidence, CrisisRules.DEFAULT_DANGER_LINE);
        }
    }
}
