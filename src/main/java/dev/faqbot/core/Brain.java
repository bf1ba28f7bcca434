package dev.faqbot.core;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.LabelledText;
import dev.faqbot.classify.Query;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.safety.SafetyCheck;
import dev.faqbot.text.Normaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A knowledge base together with the classifier trained on it, its safety check, and the sentence model both
 * read with (none for the words-only engine). A reload builds a whole new brain and swaps it in at once, so no
 * question ever sees half of an old one and half of a new one.
 */
public record Brain(KnowledgeBase knowledgeBase, IntentClassifier classifier, SafetyCheck safety,
                    Optional<Embedder> embedder) {

    /** A brain without sentence vectors. */
    public Brain(KnowledgeBase knowledgeBase, IntentClassifier classifier, SafetyCheck safety) {
        this(knowledgeBase, classifier, safety, Optional.empty());
    }

    /** Trains the words-only engine, with the safety patterns alone: no sentence model, nothing cached. */
    public static Brain train(KnowledgeBase kb, Normaliser normaliser, ClassifierSettings settings) {
        return BrainTrainer.wordsOnly(normaliser, settings).train(kb);
    }

    /** The query the models read for a normalised text; its sentence vectors are computed when first needed. */
    public Query query(String normalised) {
        return new Query(normalised, embedder.orElse(null));
    }

    public static List<LabelledText> examples(KnowledgeBase kb, Normaliser normaliser) {
        List<LabelledText> examples = new ArrayList<>();
        // By id: the order must not change between runs (it is part of the model cache's key).
        new java.util.TreeMap<>(kb.intents()).values().forEach(intent -> intent.examples().forEach(
                text -> examples.add(new LabelledText(intent.id(), normaliser.normalise(text)))));
        return examples;
    }
}
