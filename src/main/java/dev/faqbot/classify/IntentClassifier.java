package dev.faqbot.classify;

/** Ranks the known intents for a normalised question. Implementations must be safe to call from many threads. */
public interface IntentClassifier {

    Ranking classify(String normalised);
}
