package dev.faqbot.classify;

/**
 * How the OpenNLP classifier is trained. See {@code reference.yml} for what each value does and why it is
 * the default.
 *
 * @param iterations     GIS training iterations
 * @param cutoff         features seen fewer times than this are dropped
 * @param gaussianSigma  Gaussian prior (smoothing) on the weights; 0 turns it off
 * @param stem           reduce words to their Snowball stem ("injections" -> "inject")
 * @param bigrams        add word pairs as features
 * @param charGrams      length of the character n-grams taken from inside words (typo tolerance); 0 for none
 * @param stopWords      drop words that carry no meaning (pronouns, articles) before features are made
 * @param lengthFeature  add one feature for the message's length (short, medium, long)
 */
public record ClassifierSettings(int iterations, int cutoff, double gaussianSigma, boolean stem, boolean bigrams,
                                 int charGrams, boolean stopWords, boolean lengthFeature) {

    public static final ClassifierSettings DEFAULTS = new ClassifierSettings(300, 1, 2.0, true, true, 4, true, true);

    public ClassifierSettings {
        if (iterations < 1 || iterations > 10_000) {
            throw new IllegalArgumentException("iterations must be from 1 to 10000: " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must not be negative: " + cutoff);
        }
        if (gaussianSigma < 0) {
            throw new IllegalArgumentException("gaussian sigma must not be negative: " + gaussianSigma);
        }
        if (charGrams != 0 && (charGrams < 3 || charGrams > 5)) {
            throw new IllegalArgumentException("character n-gram length must be 0 (off), 3, 4 or 5: " + charGrams);
        }
    }
}
