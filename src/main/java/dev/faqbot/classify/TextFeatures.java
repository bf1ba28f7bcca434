package dev.faqbot.classify;

import dev.faqbot.kb.Synonyms;
import dev.faqbot.text.Tokens;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/** Turns normalised text into the word tokens the classifier sees: synonyms unified, words stemmed. */
final class TextFeatures {

    // SnowballStemmer keeps state between calls, so each thread has its own.
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    private final Synonyms synonyms;
    private final boolean stem;
    private final boolean dropStopWords;

    TextFeatures(Synonyms synonyms, boolean stem, boolean dropStopWords) {
        this.synonyms = synonyms;
        this.stem = stem;
        this.dropStopWords = dropStopWords;
    }

    String[] tokens(String normalised) {
        String[] tokens = Tokens.of(synonyms.apply(normalised));
        if (dropStopWords) {
            String[] kept = java.util.Arrays.stream(tokens).filter(t -> !StopWords.WORDS.contains(t)).toArray(String[]::new);
            tokens = kept.length > 0 ? kept : tokens; // "hi there" must not become nothing
        }
        if (stem) {
            SnowballStemmer stemmer = STEMMER.get();
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = stemmer.stem(tokens[i]).toString();
            }
        }
        return tokens;
    }
}
