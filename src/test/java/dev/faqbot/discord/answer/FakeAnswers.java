package dev.faqbot.discord.answer;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.render.Fixtures;
import dev.faqbot.kb.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A core with canned outcomes per question (anything else: "no match"), which remembers what it was asked (a peek
 * is not asking) and what it looked at (a peek is the costly part: the sentence model and the classifier).
 */
public final class FakeAnswers implements Answers {

    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, Outcome> picks = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    final List<Origin> origins = new ArrayList<>();
    final List<String> peeked = new ArrayList<>();

    FakeAnswers answering(String question, Outcome outcome) {
        outcomes.put(question, outcome);
        return this;
    }

    public FakeAnswers picking(String intentId, Outcome outcome) {
        picks.put(intentId, outcome);
        return this;
    }

    @Override
    public synchronized Outcome ask(String question, Origin origin) {
        asked.add(question);
        origins.add(origin);
        return outcome(question);
    }

    /** Looks without counting: like the real core, a peek is not a question asked. */
    @Override
    public synchronized Outcome peek(String question) {
        peeked.add(question);
        return outcome(question);
    }

    /** The moderators' patterns alone: the canned outcome when it is an emergency. */
    @Override
    public synchronized Optional<Outcome> urgent(String question) {
        return Optional.of(outcome(question)).filter(Outcome.Emergency.class::isInstance);
    }

    private Outcome outcome(String question) {
        return outcomes.getOrDefault(question,
                new Outcome.NoMatch(question, Decision.Reason.OUT_OF_SCOPE, Fixtures.topics(2), 0.1));
    }

    @Override
    public Optional<Outcome> answerFor(String intentId, String question) {
        return Optional.ofNullable(picks.get(intentId));
    }

    @Override
    public List<Response> topics() {
        return Fixtures.topics(3);
    }
}
