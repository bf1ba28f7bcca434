package dev.faqbot.classify;

import java.util.Optional;

/**
 * Where trained models are kept between runs, keyed by a hash of everything they were trained from, so a restart
 * with an unchanged knowledge base trains nothing. The classifier does no I/O itself: the store that reads and
 * writes files lives outside this package.
 */
public interface ModelStore {

    Optional<byte[]> get(String key);

    /** Keeps a model; a store that cannot write it logs why and carries on (the model is only trained again). */
    void put(String key, byte[] model);

    /** A store that keeps nothing. */
    ModelStore NONE = new ModelStore() {
        @Override
        public Optional<byte[]> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, byte[] model) {
        }
    };
}
