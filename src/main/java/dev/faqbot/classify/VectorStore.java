package dev.faqbot.classify;

import java.util.Map;
import java.util.Optional;

/**
 * Where sentence vectors are kept between runs, keyed by the encoder's model id and the exact text. The
 * classifier does no I/O itself: the store that reads and writes a file lives outside this package.
 */
public interface VectorStore {

    Optional<float[]> get(String modelId, String text);

    /** Remembers vectors just computed; a store may write them out later (see {@link #flush()}). */
    void putAll(String modelId, Map<String, float[]> vectors);

    /** Writes what was added since the last flush, where the store keeps anything at all. */
    default void flush() {
    }

    /** A store that keeps nothing. */
    VectorStore NONE = new VectorStore() {
        @Override
        public Optional<float[]> get(String modelId, String text) {
            return Optional.empty();
        }

        @Override
        public void putAll(String modelId, Map<String, float[]> vectors) {
        }
    };
}
