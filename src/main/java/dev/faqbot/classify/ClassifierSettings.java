package dev.faqbot.classify;

/**
 * How the intent classifier is trained. See {@code reference.yml} for what each value does and why it is the
 * default.
 *
 * @param engine         {@code embeddings}: one model over words and the sentence vector (the default);
 *                       {@code words}: OpenNLP's document categorizer over words alone (no sentence vectors)
 * @param iterations     training iterations of the embeddings engine (L-BFGS steps)
 * @param wordsIterations training iterations of the words engine (GIS)
 * @param cutoff         features seen fewer times than this are dropped (words engine)
 * @param gaussianSigma  Gaussian prior (smoothing) on the weights; 0 turns it off (words engine)
 * @param stem           reduce words to their Snowball stem ("injections" -> "inject")
 * @param bigrams        add word pairs as features (words engine; the embeddings engine always does)
 * @param charGrams      length of the character n-grams taken from inside words; 0 for none (words engine)
 * @param stopWords      drop words that carry no meaning (pronouns, articles) before features are made
 * @param lengthFeature  add one feature for the message's length (words engine)
 * @param l2Cost         L2 regularisation of the embeddings engine (higher: calmer confidences)
 * @param vectorWeight   how much the sentence vector weighs against the words (embeddings engine)
 */
public record ClassifierSettings(Engine engine, int iterations, int wordsIterations, int cutoff, double gaussianSigma,
                                 boolean stem, boolean bigrams, int charGrams, boolean stopWords, boolean lengthFeature,
                                 double l2Cost, double vectorWeight) {

    /** Which model classifies. */
    public enum Engine { EMBEDDINGS, WORDS }

    public static final ClassifierSettings DEFAULTS =
            new ClassifierSettings(Engine.EMBEDDINGS, 100, 300, 1, 2.0, true, true, 4, true, true, 0.03, 1.0);

    public ClassifierSettings {
        if (engine == null) {
            throw new IllegalArgumentException("engine must be embeddings or words");
        }
        if (iterations < 1 || iterations > 10_000) {
            throw new IllegalArgumentException("iterations must be from 1 to 10000: " + iterations);
        }
        if (wordsIterations < 1 || wordsIterations > 10_000) {
            throw new IllegalArgumentException("iterations must be from 1 to 10000: " + wordsIterations);
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
        if (!(l2Cost >= 0 && l2Cost <= 100)) {
            throw new IllegalArgumentException("l2 cost must be from 0 to 100: " + l2Cost);
        }
        if (!(vectorWeight > 0 && vectorWeight <= 100)) {
            throw new IllegalArgumentException("vector weight must be above 0 and at most 100: " + vectorWeight);
        }
    }

    /** The words engine (OpenNLP's document categorizer) with these settings ({@code iterations}: GIS's). */
    public static ClassifierSettings words(int iterations, int cutoff, double gaussianSigma, boolean stem,
                                           boolean bigrams, int charGrams, boolean stopWords, boolean lengthFeature) {
        return new ClassifierSettings(Engine.WORDS, DEFAULTS.iterations(), iterations, cutoff, gaussianSigma, stem,
                bigrams, charGrams, stopWords, lengthFeature, DEFAULTS.l2Cost(), DEFAULTS.vectorWeight());
    }

    /** These settings with another engine. */
    public ClassifierSettings withEngine(Engine other) {
        return new ClassifierSettings(other, iterations, wordsIterations, cutoff, gaussianSigma, stem, bigrams,
                charGrams, stopWords, lengthFeature, l2Cost, vectorWeight);
    }
}
