package dev.faqbot.classify;

/**
 * Turns a text into a sentence vector: texts that mean the same get vectors that point the same way, however
 * they are worded. Implementations must be safe to call from many threads.
 */
public interface SentenceEncoder {

    /** Names the model and its version: vectors from two models must never be mixed (a cache keys on it). */
    String modelId();

    /** The length of every vector this encoder returns. */
    int dimension();

    /** The vector for {@code text}, of length {@link #dimension()} and unit length (cosine = dot product). */
    float[] encode(String text);

}
