package dev.faqbot.kb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, checked knowledge base: intents with their training phrases, vetted responses, the disclaimer,
 * the crisis rules and the classifier's synonym map. Immutable; a reload builds a new one.
 */
public record KnowledgeBase(Map<String, Intent> intents, Map<String, Response> responses, String disclaimer,
                            CrisisRules crisis, Synonyms synonyms, ContentRules rules, String version,
                            Instant loadedAt) {

    public KnowledgeBase {
        intents = Map.copyOf(intents);
        responses = Map.copyOf(responses);
    }

    public Optional<Response> response(String intentId) {
        return Optional.ofNullable(responses.get(intentId));
    }

    /** The topics the bot can answer (medical answers; not greeting, thanks or help), by title. */
    public List<Response> topics() {
        return responses.values().stream()
                .filter(Response::medical)
                .sorted(java.util.Comparator.comparing(Response::title))
                .toList();
    }
}
