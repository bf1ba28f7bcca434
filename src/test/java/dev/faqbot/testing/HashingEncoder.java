package dev.faqbot.testing;

import dev.faqbot.classify.SentenceEncoder;
import dev.faqbot.text.Tokens;

/**
 * A fast, deterministic stand-in for the sentence model: each word adds to a few of 64 dimensions chosen by its
 * hash, and the sum is scaled to unit length. Texts that share words get similar vectors, which is all unit
 * tests of the plumbing need.
 */
public final class HashingEncoder implements SentenceEncoder {

    public static final int DIMENSION = 64;

    private int calls;

    @Override
    public String modelId() {
        return "hashing-test-encoder";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public synchronized float[] encode(String text) {
        calls++;
        float[] vector = new float[DIMENSION];
        for (String word : Tokens.of(text == null ? "" : text.toLowerCase(java.util.Locale.ROOT))) {
            int h = word.hashCode();
            vector[Math.floorMod(h, DIMENSION)] += 1;
            vector[Math.floorMod(h >>> 8, DIMENSION)] += 0.5f;
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    /** How many texts were encoded so far. */
    public synchronized int calls() {
        return calls;
    }
}
