package dev.faqbot.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams from inside each word ("mesenchimal" shares most of its 4-grams with "mesenchymal"),
 * so a typo still lands near the right intent. OpenNLP re-creates feature generators from their class names,
 * so each length is its own public top-level class with a no-argument constructor.
 */
abstract class CharGramFeatures implements FeatureGenerator {

    private final int n;

    CharGramFeatures(int n) {
        this.n = n;
    }

    /** The generator for n-grams of {@code n} characters (3 to 5). */
    static CharGramFeatures ofLength(int n) {
        return switch (n) {
            case 3 -> new CharGrams3();
            case 4 -> new CharGrams4();
            case 5 -> new CharGrams5();
            default -> throw new IllegalArgumentException("character n-gram length must be 3, 4 or 5: " + n);
        };
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String token : tokens) {
            String word = "<" + token + ">";
            if (word.length() <= n + 1) {
                continue; // short words are already whole-word features
            }
            for (int i = 0; i + n <= word.length(); i++) {
                features.add("c=" + word.substring(i, i + n));
            }
        }
        return features;
    }
}
