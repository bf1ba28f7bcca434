package dev.faqbot.core;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.LabelledText;
import dev.faqbot.classify.OpenNlpClassifier;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.safety.SafetyCheck;
import dev.faqbot.text.Normaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * A knowledge base together with the classifier trained on it and its safety check. A reload builds a whole
 * new brain and swaps it in at once, so no question ever sees half of an old one and half of a new one.
 */
public record Brain(KnowledgeBase knowledgeBase, IntentClassifier classifier, SafetyCheck safety) {

    /** Trains the classifier from the knowledge base's intents (out_of_scope included as a class). */
    public static Brain train(KnowledgeBase kb, Normaliser normaliser, ClassifierSettings settings) {
        return new Brain(kb, OpenNlpClassifier.train(examples(kb, normaliser), kb.synonyms(), settings),
                new SafetyCheck(kb.crisis()));
    }

    public static List<LabelledText> examples(KnowledgeBase kb, Normaliser normaliser) {
        List<LabelledText> examples = new ArrayList<>();
        kb.intents().values().forEach(intent -> intent.examples().forEach(
                text -> examples.add(new LabelledText(intent.id(), normaliser.normalise(text)))));
        return examples;
    }
}
