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

    /**
     * An encoder for many texts, called from several threads at once: the same vectors as {@link #encode}, set up
     * for throughput rather than for the time one text takes. Close it when done.
     */
    default Bulk bulk() {
        return new Bulk() {
            @Override
            public float[] encode(String text) {
                return SentenceEncoder.this.encode(text);
            }

            @Override
            public void close() {
                // nothing of its own to release
            }
        };
    }

    /** See {@link #bulk()}. */
    interface Bulk extends AutoCloseable {

        /** The vector for {@code text}: equal to {@link SentenceEncoder#encode}'s. */
        float[] encode(String text);

        @Override
        void close();
    }
}
