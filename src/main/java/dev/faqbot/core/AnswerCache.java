package dev.faqbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Decisions for recently asked questions, keyed by knowledge-base version and normalised text. Bounded, with
 * statistics. Emergencies never reach it: the safety check runs before any lookup.
 */
public final class AnswerCache {

    private final Cache<Key, Decision> cache;

    public AnswerCache(long maximumSize, Duration expireAfterWrite) {
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximum size must not be negative: " + maximumSize);
        }
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite)
                .recordStats()
                .build();
    }

    /**
     * The cached decision, or the computed one. The version in the key means a decision computed from an old
     * knowledge base during a reload can never be served for the new one.
     */
    Decision get(String version, String normalised, Supplier<Decision> compute) {
        return cache.get(new Key(version, normalised), k -> compute.get());
    }

    /** Empties the cache; called whenever the knowledge base changes. */
    public void clear() {
        cache.invalidateAll();
    }

    public CacheStats stats() {
        return cache.stats();
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private record Key(String version, String normalised) {
    }
}
