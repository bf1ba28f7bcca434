package dev.faqbot.classify;

/** Character 4-grams from inside words (see {@link CharGramFeatures}). */
public final class CharGrams4 extends CharGramFeatures {

    public CharGrams4() {
        super(4);
    }
}
