package dev.faqbot.classify;

/** Character 5-grams from inside words (see {@link CharGramFeatures}). */
public final class CharGrams5 extends CharGramFeatures {

    public CharGrams5() {
        super(5);
    }
}
