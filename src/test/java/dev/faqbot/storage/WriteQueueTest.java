package dev.faqbot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.moderation.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The queue between the answering threads and the database, with a sink the test holds up or breaks. */
class WriteQueueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final List<List<Write>> batches = new CopyOnWriteArrayList<>();

    private static Write count(String server) {
        return new Write.Question(LocalDate.parse("2026-12-01"), server, "answered", "cost", 1);
    }

    @Test
    @Timeout(30)
    void aFullQueue_dropsWithAClearLogLine_andNeverBlocks() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        WriteQueue queue = new WriteQueue(3, 10, batch -> {
            writing.countDown();
            await(stuck);
            batches.add(batch);
        }, clock).start();
        try (LogCapture logs = new LogCapture()) {
            assertTrue(queue.offer(count("a")));
            assertTrue(writing.await(5, TimeUnit.SECONDS), "the writer holds the first write, the database is stuck");

            // The writer stays stuck until the finally block: had an offer waited for room, this loop would
            // never end (the test's timeout would fail it), so reaching the assertions proves none waited.
            List<Boolean> accepted = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                accepted.add(queue.offer(count("b" + i)));
            }

            assertEquals(3, accepted.stream().filter(a -> a).count(), "three fit in the queue");
            assertEquals(97, queue.dropped());
            assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("Dropped question count")
                    && l.contains("the storage queue is full")), logs.lines().toString());
        } finally {
            stuck.countDown();
            queue.close(Duration.ofSeconds(5));
        }
        assertEquals(4, batches.stream().mapToInt(List::size).sum(), "what was queued is stored");
    }

    @Test
    void close_storesEverythingQueued_inBatches() {
        WriteQueue queue = new WriteQueue(1_000, 100, batches::add, clock).start();
        for (int i = 0; i < 250; i++) {
            queue.offer(count("s" + i));
        }

        queue.close(Duration.ofSeconds(10));

        assertEquals(250, batches.stream().mapToInt(List::size).sum());
        assertTrue(batches.stream().allMatch(b -> b.size() <= 100));
        assertFalse(queue.offer(count("late")), "a closed queue takes nothing");
    }

    @Test
    void aBatchThatThrows_isLogged_andTheWriterGoesOn() throws Exception {
        WriteQueue queue = new WriteQueue(10, 1, batch -> {
            if (batch.get(0).describe().contains("broken")) {
                throw new IllegalStateException("the database is gone");
            }
            batches.add(batch);
        }, clock).start();
        try (LogCapture logs = new LogCapture()) {
            queue.offer(count("broken"));
            queue.offer(count("fine"));

            assertTrue(queue.flush(Duration.ofSeconds(5)));
            assertEquals(1, batches.size());
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Could not store 1 writes: the database is gone")));
        } finally {
            queue.close();
        }
    }

    @Test
    void countsWithTheSameKey_areAddedUpBeforeTheyAreWritten() {
        List<Write> merged = SqlWriter.merge(List.of(count("a"), count("b"), count("a"),
                new Write.Vote(LocalDate.parse("2026-12-01"), "a", "cost", 1, 0),
                new Write.Vote(LocalDate.parse("2026-12-01"), "a", "cost", 0, 1)));

        assertEquals(List.of(new Write.Question(LocalDate.parse("2026-12-01"), "a", "answered", "cost", 2), count("b"),
                new Write.Vote(LocalDate.parse("2026-12-01"), "a", "cost", 1, 1)), merged);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
