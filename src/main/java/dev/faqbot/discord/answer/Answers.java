package dev.faqbot.discord.answer;

import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the Discord adapter needs from the core; tests put a hand-written fake in its place. */
public interface Answers {

    /** The core's answer to one question asked at {@code origin}: counted, and seen by the learning loop. */
    Outcome ask(String question, Origin origin);

    /**
     * The answer {@link #ask} would give, without counting it as a question or logging it: to look before
     * deciding whether to answer (an auto-answer channel, a member in the cooldown).
     */
    Outcome peek(String question);

    /**
     * The emergency reply when the moderators' patterns match, else empty: the cheap check alone (no sentence
     * vector, no classifier), for a message that must not cost more. Not counted.
     */
    Optional<Outcome> urgent(String question);

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
            public Outcome ask(String question, Origin origin) {
                return bot.ask(question, origin);
            }

            @Override
            public Outcome peek(String question) {
                return bot.peek(question);
            }

            @Override
            public Optional<Outcome> urgent(String question) {
                return bot.urgent(question);
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
