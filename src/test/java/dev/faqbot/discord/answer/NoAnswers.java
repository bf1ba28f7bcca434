package dev.faqbot.discord.answer;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import java.util.List;
import java.util.Optional;

/** A core that knows nothing: for tests about connecting, where training the real model would only cost time. */
public final class NoAnswers implements Answers {

    @Override
    public Outcome ask(String question, Origin origin) {
        return peek(question);
    }

    @Override
    public Outcome peek(String question) {
        return new Outcome.NoMatch(question, Decision.Reason.OUT_OF_SCOPE, List.of(), 0);
    }

    @Override
    public Optional<Outcome> urgent(String question) {
        return Optional.empty();
    }

    @Override
    public Optional<Outcome> answerFor(String intentId, String question) {
        return Optional.empty();
    }

    @Override
    public List<Response> topics() {
        return List.of();
    }
}
