package dev.faqbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Decisions for recently asked questions, keyed by knowledge-base version and cleaned text. Bounded, with
 * statistics. An emergency the moderators' patterns recognise never reaches it (they run before any lookup);
 * the detector's verdict is part of the decision kept here, as it is the same for the same text.
 */
public final class AnswerCache {

    private static final int LONGEST_KEY = 600;

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
    Decision get(String version, String cleaned, Supplier<Decision> compute) {
        return cache.get(new Key(version, Key.text(cleaned)), k -> compute.get());
    }

    /** Whether a decision is kept for this question (not counted as a hit or a miss). */
    boolean has(String version, String cleaned) {
        return cache.asMap().containsKey(new Key(version, Key.text(cleaned)));
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

    private record Key(String version, String text) {

        /** Long messages are keyed by a digest: a full cache must not hold megabytes of letters. */
        static String text(String cleaned) {
            if (cleaned.length() <= LONGEST_KEY) {
                return cleaned;
            }
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(cleaned.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return "sha256:" + java.util.HexFormat.of().formatHex(digest);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
        }
    }
}
