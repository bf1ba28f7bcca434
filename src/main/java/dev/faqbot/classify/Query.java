package dev.faqbot.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message as the models read it: its normalised text, and sentence vectors computed on first use, so the
 * safety check and the classifier share one embedding. Used by one thread for one message.
 */
public final class Query {

    private final String text;
    private final Embedder embedder;
    private final Map<String, float[]> vectors = new HashMap<>(2);

    public Query(String text, Embedder embedder) {
        this.text = Objects.requireNonNull(text, "text");
        this.embedder = embedder;
    }

    /** A query whose sentence vector is already known (cross-validation embeds every example up front). */
    public static Query withVector(String text, float[] vector, Embedder embedder) {
        Query query = new Query(text, embedder);
        query.vectors.put(text, vector);
        return query;
    }

    /** A query for models that read words only (no sentence vectors can be asked of it). */
    public static Query textOnly(String text) {
        return new Query(text, null);
    }

    public String text() {
        return text;
    }

    /** The sentence vector of the whole text. */
    public float[] vector() {
        return vectorOf(text);
    }

    /** The sentence vector of another text (a part of this message), computed once. */
    public float[] vectorOf(String part) {
        if (embedder == null) {
            throw new IllegalStateException("this query was made without sentence vectors");
        }
        return vectors.computeIfAbsent(part, embedder::embed);
    }

    /** A part of this message as a query of its own; its vector is computed once, here. */
    public Query part(String text) {
        return embedder == null ? textOnly(text) : withVector(text, vectorOf(text), embedder);
    }

    /** Whether sentence vectors can be asked of this query. */
    public boolean hasVectors() {
        return embedder != null;
    }
}
