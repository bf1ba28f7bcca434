package dev.faqbot.discord;

import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the Discord adapter needs from the core; tests put a hand-written fake in its place. */
interface Answers {

    /** The core's answer to one question. */
    Outcome ask(String question);

    /**
     * The answer {@link #ask} would give, without counting it as a question or logging it: for a member who is
     * in the cooldown, whose message is only checked for an emergency.
     */
    default Outcome peek(String question) {
        return ask(question);
    }

    /**
     * A message nobody addressed to the bot (in an auto-answer channel): the answer or the emergency reply, if
     * that is what the core gives, else nothing. Only a message answered counts as a question asked.
     */
    default Optional<Outcome> overhear(String message) {
        Outcome outcome = ask(message);
        return speaks(outcome) ? Optional.of(outcome) : Optional.empty();
    }

    /**
     * True for the outcomes the bot posts unasked: a confident answer (also one withdrawn for review, which points to
     * its sources) and emergency guidance (sure or not).
     */
    static boolean speaks(Outcome outcome) {
        return outcome instanceof Outcome.Answered || outcome instanceof Outcome.Withdrawn
                || outcome instanceof Outcome.Emergency || outcome instanceof Outcome.Cautioned;
    }

    /**
     * The emergency guidance in an outcome, alone: what a member in the cooldown still gets. Empty when the
     * outcome shows no danger.
     */
    static Optional<Outcome> dangerOnly(Outcome outcome) {
        if (outcome instanceof Outcome.Emergency) {
            return Optional.of(outcome);
        }
        if (outcome instanceof Outcome.Cautioned c) {
            return Optional.of(new Outcome.Emergency(c.question(), c.danger(), c.reply()));
        }
        return Optional.empty();
    }

    /** The vetted answer for an intent the user picked from a button or a menu. */
    Optional<Outcome> answerFor(String intentId, String question);

    /** The medical topics the bot can answer, for the topic list and menu. */
    List<Response> topics();

    static Answers of(FaqBot bot) {
        Objects.requireNonNull(bot, "bot");
        return new Answers() {
            @Override
            public Outcome ask(String question) {
                return bot.ask(question);
            }

            @Override
            public Outcome peek(String question) {
                return bot.peek(question);
            }

            @Override
            public Optional<Outcome> overhear(String message) {
                // Look first without telling the statistics and the learning loop; ask (from the cache) only
                // when there is something to say.
                return speaks(bot.peek(message)) ? Optional.of(bot.ask(message)).filter(Answers::speaks)
                        : Optional.empty();
            }

            @Override
            public Optional<Outcome> answerFor(String intentId, String question) {
                return bot.answerFor(intentId, question);
            }

            @Override
            public List<Response> topics() {
                // The same list the console and a "no match" reply show: medical topics only.
                return bot.knowledgeBase().topics();
            }
        };
    }
}
