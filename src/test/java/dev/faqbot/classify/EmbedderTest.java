package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.testing.HashingEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
