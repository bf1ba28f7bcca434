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
            public Optional<Outcome> answerFor(String intentId, String question) {
                return bot.answerFor(intentId, question);
            }

            @Override
            public List<Response> topics() {
                // The same list the console and a "no match" reply show: medical topics only.
                return bot.knowledgeBase().topics().stream().filter(Response::medical).toList();
            }
        };
    }
}
