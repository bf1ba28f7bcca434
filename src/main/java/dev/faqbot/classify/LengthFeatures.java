package dev.faqbot.classify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature for how long the message is. It lets the model learn that "thank you" closing a long letter is
 * not a thank-you message, and that greetings are short. Public with a no-argument constructor because
 * OpenNLP re-creates feature generators by class name.
 */
public final class LengthFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        int n = tokens.length;
        String bucket = n <= 3 ? "tiny" : n <= 8 ? "short" : n <= 20 ? "medium" : "long";
        return List.of("len=" + bucket);
    }
}
