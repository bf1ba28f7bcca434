package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.testing.HashingEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    private final HashingEncoder encoder = new HashingEncoder();
    private final MemoryVectorStore store = new MemoryVectorStore();
    private final Embedder embedder = new Embedder(encoder, store);

    @Test
    void embedAll_computesEachTextOnce_andKeepsThemInTheStore() {
        Map<String, float[]> vectors = embedder.embedAll(List.of("what are mscs", "hello", "what are mscs"), Progress.NONE);

        assertEquals(2, vectors.size());
        assertEquals(2, encoder.calls());
        assertEquals(2, store.vectors.size());
        assertEquals(1, store.flushes);
        assertArrayEquals(encoder.encode("hello"), vectors.get("hello"));
    }

    @Test
    void aSecondRun_embedsOnlyTheNewTexts() {
        embedder.embedAll(List.of("a", "b"), Progress.NONE);
        int before = encoder.calls();

        embedder.embedAll(List.of("a", "b", "c"), Progress.NONE);

        assertEquals(before + 1, encoder.calls());
    }

    @Test
    void nothingNew_writesNothing() {
        embedder.embedAll(List.of("a"), Progress.NONE);
        embedder.embedAll(List.of("a"), Progress.NONE);

        assertEquals(1, store.flushes);
    }

    @Test
    void vectorsOfAnotherLength_areComputedAgain() {
        store.putAll(encoder.modelId(), Map.of("a", new float[] {1, 0}));

        assertEquals(HashingEncoder.DIMENSION, embedder.embedAll(List.of("a"), Progress.NONE).get("a").length);
    }

    @Test
    void progress_isReportedUpToTheTotal() {
        List<String> reports = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            texts.add("text " + i);
        }

        embedder.embedAll(texts, (step, done, total) -> reports.add(done + "/" + total));

        assertEquals("0/250", reports.get(0));
        assertEquals("250/250", reports.get(reports.size() - 1));
    }

    @Test
    void manyNewTexts_goThroughTheBulkEncoder_whichIsClosedAfterwards() {
        CountingBulk counting = new CountingBulk(encoder);
        Embedder bulkAware = new Embedder(counting, new MemoryVectorStore());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Embedder.BULK_FROM; i++) {
            texts.add("text " + i);
        }

        Map<String, float[]> vectors = bulkAware.embedAll(texts, Progress.NONE);

        assertEquals(Embedder.BULK_FROM, counting.bulkCalls.get());
        assertEquals(1, counting.opened.get());
        assertEquals(1, counting.closed.get());
        assertArrayEquals(encoder.encode("text 7"), vectors.get("text 7"));
    }

    @Test
    void aFewNewTexts_useTheQuestionEncoder() {
        CountingBulk counting = new CountingBulk(encoder);
        Embedder bulkAware = new Embedder(counting, new MemoryVectorStore());

        bulkAware.embedAll(List.of("a", "b", "c"), Progress.NONE);

        assertEquals(0, counting.opened.get());
    }

    /** An encoder whose bulk set-up counts how it is used. */
    private static final class CountingBulk implements SentenceEncoder {
        private final SentenceEncoder inner;
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger bulkCalls = new AtomicInteger();

        CountingBulk(SentenceEncoder inner) {
            this.inner = inner;
        }

        @Override
        public String modelId() {
            return inner.modelId();
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public float[] encode(String text) {
            return inner.encode(text);
        }

        @Override
        public Bulk bulk() {
            opened.incrementAndGet();
            return new Bulk() {
                @Override
                public float[] encode(String text) {
                    bulkCalls.incrementAndGet();
                    return inner.encode(text);
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }
    }
}
