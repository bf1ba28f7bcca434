package dev.faqbot.discord.answer;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A core that knows nothing: for tests about connecting, where training the real model would only cost time. */
public final class NoAnswers implements Answers {

    private final Consumer<Origin> asked;

    public NoAnswers() {
        this(origin -> { });
    }

    /** @param asked told where every question asked came from (a stand-in bot counts them) */
    public NoAnswers(Consumer<Origin> asked) {
        this.asked = asked;
    }

    @Override
    public Outcome ask(String question, Origin origin) {
        asked.accept(origin);
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
