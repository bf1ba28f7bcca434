package dev.faqbot.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes off the answering threads: a bounded queue and one writer thread that stores what waits in batches.
 * {@link #offer} never blocks; when the queue is full the write is dropped with a log line. {@link #close}
 * stores everything still queued before it returns (bounded by a timeout).
 */
final class WriteQueue implements AutoCloseable {

    /** Stores one batch; must not throw for a single bad row (it logs it and stores the rest). */
    @FunctionalInterface
    interface Sink {
        void write(List<Write> batch);
    }

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final BlockingQueue<Write> queue;
    private final int batchSize;
    private final Sink sink;
    private final DropLog drops;
    private final Thread writer;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Object progress = new Object();
    private long accepted;
    private long written;

    WriteQueue(int capacity, int batchSize, Sink sink, Clock clock) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("queue capacity and batch size must be at least 1");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.drops = new DropLog(LOG, clock, Duration.ofSeconds(10));
        this.writer = new Thread(this::run, "faqbot-store-writer");
        writer.setDaemon(true);
    }

    WriteQueue start() {
        writer.start();
        return this;
    }

    /** Queues a write; false (and a log line) when the queue is full or closed. Never blocks. */
    boolean offer(Write write) {
        Objects.requireNonNull(write, "write");
        synchronized (progress) {
            if (closing.get()) {
                drops.dropped(write.describe() + ": the store is closed");
                return false;
            }
            if (!queue.offer(write)) {
                drops.dropped(write.describe() + ": the storage queue is full (" + (queue.size()) + " waiting)");
                return false;
            }
            accepted++;
            return true;
        }
    }

    /** Waits until every write queued before this call is stored (or failed); false on timeout. */
    boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            long target = accepted;
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !writer.isAlive()) {
                    return false;
                }
                progress.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return true;
        }
    }

    /** How many writes were dropped since start. */
    long dropped() {
        return drops.total();
    }

    private void run() {
        List<Write> batch = new ArrayList<>(batchSize);
        while (true) {
            try {
                Write first = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closing.get() && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                store(batch);
            } catch (InterruptedException e) {
                // close() waits for the queue to drain; an interrupt only means: finish what is queued, then stop
                closing.set(true);
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<Write> batch) {
        try {
            sink.write(List.copyOf(batch));
        } catch (RuntimeException e) {
            LOG.warn("Could not store {} writes: {}", batch.size(), e.getMessage());
        }
        synchronized (progress) {
            written += batch.size();
            progress.notifyAll();
        }
    }

    /** Stops taking writes and stores those queued, waiting at most {@code timeout}. */
    void close(Duration timeout) {
        synchronized (progress) {
            closing.set(true);
        }
        try {
            writer.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("The store writer did not finish within {} s; {} writes were not stored", timeout.toSeconds(),
                    queue.size());
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
