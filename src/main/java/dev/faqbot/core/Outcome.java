package dev.faqbot.core;

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

    /** "Did you mean": the candidates, most likely first. */
    record Clarify(String question, List<Response> candidates, double confidence) implements Outcome {
        public Clarify {
            candidates = List.copyOf(candidates);
        }
    }

    /** An honest "I don't know that one", with the topics the bot does know. */
    record NoMatch(String question, Decision.Reason reason, List<Response> topics, double confidence)
            implements Outcome {
        public NoMatch {
            topics = List.copyOf(topics);
        }
    }
}
