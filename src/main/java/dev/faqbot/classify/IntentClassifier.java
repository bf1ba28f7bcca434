package dev.faqbot.classify;

/** Ranks the known intents for a message. Implementations must be safe to call from many threads. */
public interface IntentClassifier {

    Ranking classify(Query query);

    /** Ranks a normalised text (for models that need no sentence vector, and for tests). */
    default Ranking classify(String normalised) {
        return classify(Query.textOnly(normalised));
    }
}
