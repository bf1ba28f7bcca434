package dev.faqbot.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence vectors for the bot: one at a time for questions (with a helper thread for the other vectors of the same
 * message, see {@link Query#prefetch}), and in bulk, through a {@link VectorStore}, for the training examples, so
 * that a restart or a reload embeds only the examples that changed.
 */
public final class Embedder {

    private static final int REPORT_EVERY = 100;
    private static final int THREADS = 2;
    private static final String STEP = "embedding new examples";
    /** From how many new texts on a collection first is worth it (a first start, a big edit). */
    private static final int COLLECT_FROM = 200;

    /** Tasks waiting for the helper beyond this are left to the thread that needs them. */
    private static final int MAX_WAITING = 64;

    private final SentenceEncoder encoder;
    private final VectorStore store;
    private final ThreadPoolExecutor helper;

    public Embedder(SentenceEncoder encoder, VectorStore store) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.store = Objects.requireNonNull(store, "store");
        // One thread beside the asking one (the other core on these machines); it ends when idle for a while.
        this.helper = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING),
                task -> {
                    Thread thread = new Thread(task, "sentence-vectors");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        helper.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs a vector's task on the helper thread when it is free soon; a task it drops (too many waiting) is run by
     * whoever asks for its result ({@link Query#vectorOf}).
     */
    void aside(Runnable task) {
        helper.execute(task);
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

    /**
     * Encodes on two threads, one text each: the model runs every text on one core (see {@link BgeSmallEncoder}),
     * so two at a time keep both cores busy.
     */
    private Map<String, float[]> encode(List<String> texts, Progress progress) {
        Map<String, float[]> computed = new ConcurrentHashMap<>();
        if (texts.isEmpty()) {
            return computed;
        }
        if (texts.size() >= COLLECT_FROM) {
            // Loading the models leaves the Java heap grown (measured: 520 MB committed, 20 MB of it live), and the
            // JVM would cycle the embedding's short-lived garbage through all of it: the peak of a first start
            // (600 to 780 MB resident with the default heap). Collected once here, it stays small.
            System.gc();
        }
        encode(texts, encoder::encode, computed, progress);
        return computed;
    }

    private static void encode(List<String> texts, java.util.function.Function<String, float[]> encoder,
                               Map<String, float[]> computed, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(REPORT_EVERY, texts.size() / 10);
        progress.report(STEP, 0, texts.size());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "embedding");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String text : texts) {
                work.add(pool.submit(() -> {
                    computed.put(text, encoder.apply(text));
                    int n = done.incrementAndGet();
                    if (n % every == 0 && n < texts.size()) {
                        progress.report(STEP, n, texts.size());
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The vectors of {@code texts}, in their order; the new ones are computed, reported and stored. */
    public Map<String, float[]> embedAll(List<String> texts, Progress progress) {
        Map<String, float[]> vectors = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            store.get(encoder.modelId(), text).filter(v -> v.length == encoder.dimension()).ifPresentOrElse(
                    v -> vectors.put(text, v), () -> missing.add(text));
        }
        Map<String, float[]> computed = encode(missing, progress);
        if (!missing.isEmpty()) {
            progress.report(STEP, missing.size(), missing.size());
            store.putAll(encoder.modelId(), computed);
            store.flush();
        }
        vectors.putAll(computed);
        return vectors;
    }
}
