package dev.faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private static final Decision ANSWER = new Decision.Answer("msc_basics", 0.9,
            FakeClassifier.ranking("msc_basics=0.9", "fda_status=0.1"));

    @Test
    void cache_isBounded_maximumSizeIsRespectedAfterCleanUp() {
        AnswerCache cache = new AnswerCache(5, Duration.ofHours(1));

        for (int i = 0; i < 500; i++) {
            cache.get("v1", "question " + i, () -> ANSWER);
        }

        assertTrue(cache.size() <= 5, () -> "size " + cache.size());
        assertEquals(500, cache.stats().missCount());
    }

    @Test
    void aSizeOfZero_keepsNothing_afterCleanUp() {
        // Caffeine evicts asynchronously, so a size-0 cache may briefly hold an entry; after clean-up it holds none.
        AnswerCache cache = new AnswerCache(0, Duration.ofHours(1));

        for (int i = 0; i < 20; i++) {
            assertSame(ANSWER, cache.get("v1", "question " + (i % 3), () -> ANSWER));
        }

        assertEquals(0, cache.size());
    }

    @Test
    void aHit_returnsTheStoredDecision_withoutComputing() {
        AnswerCache cache = new AnswerCache(10, Duration.ofHours(1));
        cache.get("v1", "what are mscs", () -> ANSWER);

        Decision again = cache.get("v1", "what are mscs", () -> { throw new AssertionError("computed again"); });

        assertSame(ANSWER, again);
        assertEquals(1, cache.stats().hitCount());
    }

    @Test
    void theKnowledgeBaseVersion_isPartOfTheKey() {
        AnswerCache cache = new AnswerCache(10, Duration.ofHours(1));
        AtomicInteger computed = new AtomicInteger();

        cache.get("v1", "what are mscs", () -> { computed.incrementAndGet(); return ANSWER; });
        cache.get("v2", "what are mscs", () -> { computed.incrementAndGet(); return ANSWER; });

        assertEquals(2, computed.get());
        assertEquals(2, cache.size());
    }

    @Test
    void clear_emptiesTheCache() {
        AnswerCache cache = new AnswerCache(10, Duration.ofHours(1));
        cache.get("v1", "a", () -> ANSWER);
        cache.get("v1", "b", () -> ANSWER);

        cache.clear();

        assertEquals(0, cache.size());
    }

    @Test
    void aNegativeSize_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnswerCache(-1, Duration.ofHours(1)));

        assertEquals("maximum size must not be negative: -1", e.getMessage());
    }
}
