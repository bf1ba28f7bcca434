package dev.faqbot.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sentence vectors for the bot: one at a time for questions, and in bulk, through a {@link VectorStore}, for the
 * training examples, so that a restart or a reload embeds only the examples that changed.
 */
public final class Embedder {

    private static final int REPORT_EVERY = 100;

    private final SentenceEncoder encoder;
    private final VectorStore store;

    public Embedder(SentenceEncoder encoder, VectorStore store) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** An embedder that keeps nothing between runs. */
    public static Embedder uncached(SentenceEncoder encoder) {
        return new Embedder(encoder, VectorStore.NONE);
    }

    public String modelId() {
        return encoder.modelId();
    }

    /** The vector of one question (not kept in the store: the answer cache holds repeated questions). */
    public float[] embed(String text) {
        return encoder.encode(text);
    }

    /** The vectors of {@code texts}, in their order; the new ones are computed, reported and stored. */
    public Map<String, float[]> embedAll(List<String> texts, Progress progress) {
        Map<String, float[]> vectors = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            store.get(encoder.modelId(), text).filter(v -> v.length == encoder.dimension()).ifPresentOrElse(
                    v -> vectors.put(text, v), () -> missing.add(text));
        }
        Map<String, float[]> computed = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            if (i % REPORT_EVERY == 0) {
                progress.report("embedding new examples", i, missing.size());
            }
            computed.put(missing.get(i), encoder.encode(missing.get(i)));
        }
        if (!missing.isEmpty()) {
            progress.report("embedding new examples", missing.size(), missing.size());
            store.putAll(encoder.modelId(), computed);
            store.flush();
        }
        vectors.putAll(computed);
        return vectors;
    }
}
