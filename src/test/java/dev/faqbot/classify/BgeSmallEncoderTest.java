package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Brains;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real sentence model, run in-process from the jar: no network, no download. */
class BgeSmallEncoderTest {

    private static Embedder bge;

    @BeforeAll
    static void load() {
        bge = Brains.embedder();
    }

    @Test
    void vectors_haveTheModelsLength_andUnitLength() {
        float[] v = bge.embed("what are mesenchymal stem cells?");

        assertEquals(384, v.length);
        assertEquals(1.0, dot(v, v), 1e-3);
    }

    @Test
    void theSameQuestionInOtherWords_isCloserThanAnotherTopic() {
        float[] approved = bge.embed("is stem cell therapy fda approved for als");
        float[] allowed = bge.embed("are they legally allowed to sell stem cells for lou gehrig's disease in the us");
        float[] cost = bge.embed("how much does a power wheelchair cost");

        assertTrue(dot(approved, allowed) > dot(approved, cost) + 0.1,
                dot(approved, allowed) + " vs " + dot(approved, cost));
    }

    @Test
    void theSameText_givesTheSameVector() {
        assertArrayEquals(bge.embed("hello there"), bge.embed("hello there"));
    }

    @Test
    void theTokenizerIsToldToStayOffline() {
        assertEquals("bge-small-en-v1.5-q/langchain4j-1.20.0-beta30", bge.modelId());
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void aBlankText_stillGetsAVector() {
        assertEquals(384, bge.embed("  ").length);
    }

    /**
     * One model serves every thread: the asking one and the helper beside it (Query.prefetch), the two that embed
     * the examples. Texts embedded at the same time must get the vectors they get alone, bit for bit.
     */
    @Test
    void textsEmbeddedAtTheSameTime_getTheVectorsTheyGetAlone() throws Exception {
        List<String> texts = List.of("what are MSCs", "  ",
                "my dad had stem cells injected into his spine in Mexico and now has a fever and a stiff neck, "
                        + "what should we do, kindly advise", "is NurOwn approved?");
        Map<String, float[]> alone = new HashMap<>();
        for (String text : texts) {
            alone.put(text, bge.embed(text));
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<float[]>> together = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String text : texts) {
                    together.add(two.submit(() -> bge.embed(text)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                String text = texts.get(i % texts.size());
                assertArrayEquals(alone.get(text), together.get(i).get(), 0f, text);
            }
        } finally {
            two.shutdownNow();
        }
    }
}
