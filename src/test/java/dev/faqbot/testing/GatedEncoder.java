package dev.faqbot.testing;

import dev.faqbot.classify.SentenceEncoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The hashing encoder, which notes which thread encoded each text and can hold a text until the test (or the
 * end of another text) lets it go.
 */
public final class GatedEncoder implements SentenceEncoder {
    /** The text this encoder fails on, as a broken model would. */
    public static final String FAILING = "a text the model fails on";
    /** The text whose encoding finds the model's native code missing (an Error, not an exception). */
    public static final String NO_NATIVES = "a text for a model without its native code";

    private static final long WAIT_SECONDS = 10;

    private final HashingEncoder hashing = new HashingEncoder();
    private final Map<String, String> threads = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, String> opensWhenDone = new ConcurrentHashMap<>();

    /** Holds {@code text} until {@link #open}; the latch returned opens when its encoding has started. */
    public CountDownLatch gate(String text) {
        gates.put(text, new CountDownLatch(1));
        CountDownLatch latch = new CountDownLatch(1);
        started.put(text, latch);
        return latch;
    }

    public void open(String text) {
        gates.get(text).countDown();
    }

    /** {@code gated} goes on once {@code other} is encoded. */
    public void openWhenDone(String gated, String other) {
        opensWhenDone.put(other, gated);
    }

    /** The name of the thread that encoded {@code text}, or null. */
    public String threadOf(String text) {
        return threads.get(text);
    }

    public int timesEncoded(String text) {
        return counts.getOrDefault(text, 0);
    }

    /** How many texts were encoded so far (each time counted). */
    public int timesEncoded() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String modelId() {
        return "gated-test-encoder";
    }

    @Override
    public int dimension() {
        return HashingEncoder.DIMENSION;
    }

    @Override
    public float[] encode(String text) {
        if (FAILING.equals(text)) {
            throw new IllegalStateException("the model failed");
        }
        if (NO_NATIVES.equals(text)) {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        }
        threads.put(text, Thread.currentThread().getName());
        counts.merge(text, 1, Integer::sum);
        if (started.containsKey(text)) {
            started.get(text).countDown();
        }
        try {
            if (gates.containsKey(text) && !gates.get(text).await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let " + text + " go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        float[] vector = hashing.encode(text);
        if (opensWhenDone.containsKey(text)) {
            open(opensWhenDone.get(text));
        }
        return vector;
    }
}
