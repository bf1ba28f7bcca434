package dev.faqbot.classify;

/** Character 3-grams from inside words (see {@link CharGramFeatures}). */
public final class CharGrams3 extends CharGramFeatures {

    public CharGrams3() {
        super(3);
    }
}
