package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.GatedEncoder;
import dev.faqbot.testing.HashingEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A message's sentence vectors: computed once each, some of them beside the asking thread. */
class QueryTest {

    private static final long WAIT_SECONDS = 10;
    private static final HashingEncoder HASHING = new HashingEncoder();

    private final GatedEncoder encoder = new GatedEncoder();
    private final Embedder embedder = Embedder.uncached(encoder);
    private final String asker = Thread.currentThread().getName();

    @Test
    void eachVector_isComputedOnce_howeverOftenItIsAskedFor() {
        Query query = new Query("what are mscs and are they approved", embedder);

        query.prefetch(List.of("what are mscs and are they approved", "what are mscs"));
        float[] whole = query.vector();
        float[] part = query.part("what are mscs").vector();

        assertArrayEquals(HASHING.encode("what are mscs and are they approved"), whole);
        assertArrayEquals(HASHING.encode("what are mscs"), part);
        assertArrayEquals(whole, query.vectorOf("what are mscs and are they approved"));
        assertEquals(1, encoder.timesEncoded("what are mscs and are they approved"));
        assertEquals(1, encoder.timesEncoded("what are mscs"));
    }

    @Test
    void aVectorAskedForInAdvance_isComputedBesideTheAskingThread() throws Exception {
        CountDownLatch started = encoder.gate("a long letter");
        Query query = new Query("a long letter", embedder);

        query.prefetch(List.of("a long letter"));
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS), "the helper never started");
        encoder.open("a long letter");

        query.vector();
        assertNotEquals(asker, encoder.threadOf("a long letter"));
    }

    @Test
    void whileTheHelperComputesOne_theAskingThreadComputesTheNext() throws Exception {
        // the first window is held on the helper until the second is done: only the asking thread can do that
        CountDownLatch started = encoder.gate("first window");
        encoder.openWhenDone("first window", "second window");
        Query query = new Query("first window", embedder);

        query.prefetch(List.of("first window", "second window"));
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS), "the helper never started");
        query.vector();

        assertNotEquals(asker, encoder.threadOf("first window"));
        assertEquals(asker, encoder.threadOf("second window"));
        assertArrayEquals(HASHING.encode("second window"), query.vectorOf("second window"));
    }

    /** Keeps the helper busy with another message until {@code test} is done. */
    private void whileTheHelperIsBusy(Runnable test) throws Exception {
        CountDownLatch started = encoder.gate("busy");
        Query other = new Query("busy", embedder).prefetch(List.of("busy"));
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS), "the helper never started");
        try {
            test.run();
        } finally {
            encoder.open("busy");
            other.vector();
        }
    }

    @Test
    void aVectorTheHelperHasNotStarted_isComputedByTheAskingThread() throws Exception {
        whileTheHelperIsBusy(() -> {
            Query query = new Query("waiting in line", embedder).prefetch(List.of("waiting in line"));

            query.vector(); // would wait for ever if it waited for the helper

            assertEquals(asker, encoder.threadOf("waiting in line"));
        });
    }

    @Test
    void moreThanTheHelperTakes_areComputedByTheAskingThread() throws Exception {
        whileTheHelperIsBusy(() -> {
            List<String> windows = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                windows.add("window " + i);
            }
            Query query = new Query("window 0", embedder).prefetch(windows);

            for (String window : windows) {
                assertArrayEquals(HASHING.encode(window), query.vectorOf(window), window);
            }
        });
    }

    @Test
    void closing_dropsTheVectorsNotStarted() throws Exception {
        Query query = new Query("decided by the patterns", embedder);
        whileTheHelperIsBusy(() -> {
            query.prefetch(List.of("decided by the patterns"));
            query.close();
        });
        // the helper takes tasks in order: once a later one is done, the dropped one was skipped
        CountDownLatch later = encoder.gate("a later message");
        encoder.open("a later message");
        Query next = new Query("a later message", embedder).prefetch(List.of("a later message"));
        assertTrue(later.await(WAIT_SECONDS, TimeUnit.SECONDS), "the helper never took the later message");
        next.vector();

        assertEquals(0, encoder.timesEncoded("decided by the patterns"));
        assertThrows(IllegalStateException.class, query::vector);
    }

    @Test
    void aQueryWithoutVectors_refusesToEmbed_andIgnoresPrefetching() {
        Query words = Query.textOnly("what are mscs");

        assertFalse(words.hasVectors());
        words.prefetch(List.of("what are mscs"));
        assertThrows(IllegalStateException.class, words::vector);
        assertFalse(words.part("mscs").hasVectors());
    }

    @Test
    void aKnownVector_isNeverComputed() {
        float[] known = {1, 0, 0};

        assertArrayEquals(known, Query.withVector("hello", known, embedder).vector());
        assertEquals(0, encoder.timesEncoded("hello"));
    }

    @Test
    void theModelsFailure_reachesTheAskingThread() {
        Query query = new Query(GatedEncoder.FAILING, embedder).prefetch(List.of(GatedEncoder.FAILING));

        IllegalStateException e = assertThrows(IllegalStateException.class, query::vector);
        assertEquals("the model failed", e.getMessage());
    }

    @Test
    void anErrorOfTheModel_reachesTheAskingThreadAsItself() {
        Query query = new Query(GatedEncoder.NO_NATIVES, embedder).prefetch(List.of(GatedEncoder.NO_NATIVES));

        assertThrows(UnsatisfiedLinkError.class, query::vector);
    }

    @Test
    void anInterruptWhileTheHelperComputes_isKeptForTheCaller_andTheVectorStillComes() throws Exception {
        CountDownLatch started = encoder.gate("slow");
        Query query = new Query("slow", embedder).prefetch(List.of("slow"));
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS), "the helper never started");
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            encoder.open("slow");
        });
        opener.start();
        Thread.currentThread().interrupt();

        float[] vector = query.vector();

        assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
        assertArrayEquals(HASHING.encode("slow"), vector);
        opener.join();
    }
}
