package dev.faqbot.classify;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One message as the models read it: its normalised text, and sentence vectors computed on first use, so the
 * safety check and the classifier share one embedding. Used by one thread for one message; the embedder's helper
 * thread only runs the vectors asked for in advance ({@link #prefetch}), never this object's other state.
 */
public final class Query {

    private final String text;
    private final Embedder embedder;
    /** In the order asked for, which is the order they are needed in. */
    private final Map<String, FutureTask<float[]>> vectors;

    public Query(String text, Embedder embedder) {
        this(text, embedder, new LinkedHashMap<>(4));
    }

    private Query(String text, Embedder embedder, Map<String, FutureTask<float[]>> vectors) {
        this.text = Objects.requireNonNull(text, "text");
        this.embedder = embedder;
        this.vectors = vectors;
    }

    /** A query whose sentence vector is already known (cross-validation embeds every example up front). */
    public static Query withVector(String text, float[] vector, Embedder embedder) {
        Query query = new Query(text, embedder);
        FutureTask<float[]> known = new FutureTask<>(() -> vector);
        known.run();
        query.vectors.put(text, known);
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
        FutureTask<float[]> task = task(part);
        task.run(); // computes it here unless the embedder's helper has started on it (then this does nothing)
        // While the helper finishes it, this thread computes the next vectors asked for in advance (run() does
        // nothing for a task begun or done): the two cores share a long letter's windows.
        for (Iterator<FutureTask<float[]>> next = vectors.values().iterator(); !task.isDone() && next.hasNext(); ) {
            next.next().run();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // the helper finishes in milliseconds: an interrupt is kept for the caller, as when the vector
                    // was computed on its own thread, not turned into a failure
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the sentence model failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("this query was closed", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts computing the vectors of these texts (parts of this message) beside the caller, who goes on with other
     * work: on two cores, two vectors cost little more than one. Asking for one the helper has not started computes
     * it on the asking thread, so nothing waits on a busy helper. Does nothing for a query without vectors.
     */
    public Query prefetch(Collection<String> parts) {
        if (embedder != null) {
            for (String part : parts) {
                if (!vectors.containsKey(part)) {
                    embedder.aside(task(part));
                }
            }
        }
        return this;
    }

    /** Cancels the vectors asked for in advance and not started: the message was decided without them. */
    public void close() {
        vectors.values().forEach(task -> task.cancel(false));
    }

    private FutureTask<float[]> task(String part) {
        if (embedder == null) {
            throw new IllegalStateException("this query was made without sentence vectors");
        }
        return vectors.computeIfAbsent(part, p -> new FutureTask<>(() -> embedder.embed(p)));
    }

    /**
     * A part of this message as a query of its own, sharing this one's vectors: each is computed once, when first
     * asked for (so a model reads the part's words while its vector is still on its way).
     */
    public Query part(String text) {
        return embedder == null ? textOnly(text) : new Query(text, embedder, vectors);
    }

    /** Whether sentence vectors can be asked of this query. */
    public boolean hasVectors() {
        return embedder != null;
    }
}
