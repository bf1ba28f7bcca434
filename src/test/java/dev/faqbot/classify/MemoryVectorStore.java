package dev.faqbot.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A vector store in memory that counts what it was asked to keep. */
final class MemoryVectorStore implements VectorStore {

    final Map<String, float[]> vectors = new HashMap<>();
    int flushes;

    @Override
    public Optional<float[]> get(String modelId, String text) {
        return Optional.ofNullable(vectors.get(modelId + "|" + text));
    }

    @Override
    public void putAll(String modelId, Map<String, float[]> added) {
        added.forEach((text, vector) -> vectors.put(modelId + "|" + text, vector));
    }

    @Override
    public void flush() {
        flushes++;
    }
}
