package dev.faqbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Discord's per-route rate limits, as the REST stand-in keeps them: a bucket per route and major parameter (the
 * channel, or the interaction), shared by routes of the same shape under one {@code X-RateLimit-Bucket} hash. Every
 * answer says how much is left and when the bucket resets; a call with nothing left gets a 429.
 */
final class RateLimits {

    /** Generous enough that no test meets it unless it asks to. */
    private static final int DEFAULT_LIMIT = 50;
    private static final Duration DEFAULT_WINDOW = Duration.ofSeconds(1);
    private static final Pattern ID = Pattern.compile("\\d{5,}");

    private record Limit(String method, Pattern path, int limit, Duration window) {
    }

    /** What the stand-in does with one call: serve it or refuse it, and the headers either way. */
    record Verdict(boolean allowed, Map<String, String> headers, JsonNode body) {
    }

    private static final class Bucket {
        final int limit;
        final long windowNanos;
        int remaining;
        long resetNanos;

        Bucket(int limit, Duration window) {
            this.limit = limit;
            this.windowNanos = window.toNanos();
        }
    }

    private final List<Limit> limits = new CopyOnWriteArrayList<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** From now on (the buckets start afresh), calls matching get {@code limit} per {@code window}. */
    void limit(String method, Pattern path, int limit, Duration window) {
        limits.add(0, new Limit(method, path, limit, window));
        buckets.clear();
    }

    /** Takes one call from the bucket of {@code method path}. */
    Verdict take(String method, String path) {
        Limit limit = limits.stream().filter(l -> l.method().equals(method) && l.path().matcher(path).matches())
                .findFirst().orElse(new Limit(method, null, DEFAULT_LIMIT, DEFAULT_WINDOW));
        String hash = hash(method + " " + ID.matcher(path).replaceAll("{id}"));
        Bucket bucket = buckets.computeIfAbsent(hash + ":" + path, k -> new Bucket(limit.limit(), limit.window()));
        synchronized (bucket) {
            long now = System.nanoTime();
            if (now >= bucket.resetNanos) {
                bucket.remaining = bucket.limit;
                bucket.resetNanos = now + bucket.windowNanos;
            }
            Duration resetAfter = Duration.ofNanos(bucket.resetNanos - now);
            if (bucket.remaining == 0) {
                return new Verdict(false, tooManyHeaders(resetAfter, bucket.limit, hash), tooManyBody(resetAfter));
            }
            bucket.remaining--;
            return new Verdict(true, headers(bucket.limit, bucket.remaining, resetAfter, hash), null);
        }
    }

    /** The headers Discord puts on every answer. */
    private static Map<String, String> headers(int limit, int remaining, Duration resetAfter, String hash) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", Integer.toString(limit));
        headers.put("X-RateLimit-Remaining", Integer.toString(remaining));
        headers.put("X-RateLimit-Reset", seconds(Duration.ofMillis(System.currentTimeMillis()).plus(resetAfter)));
        headers.put("X-RateLimit-Reset-After", seconds(resetAfter));
        headers.put("X-RateLimit-Bucket", hash);
        // Discord's answers come through Google's load balancer; JDA takes a 429 without "Via" for Cloudflare's.
        headers.put("Via", "1.1 google");
        return headers;
    }

    /** A 429's headers: {@code Retry-After} in whole seconds (rounded up), the reset exact. */
    static Map<String, String> tooManyHeaders(Duration retryAfter, int limit, String hash) {
        Map<String, String> headers = headers(limit, 0, retryAfter, hash);
        long millis = retryAfter.toMillis();
        headers.put("Retry-After", Long.toString(Math.max(1, (millis + 999) / 1_000)));
        headers.put("X-RateLimit-Scope", "user");
        return headers;
    }

    /** A 429's body: {@code retry_after} in seconds with decimals, as Discord sends it. */
    static JsonNode tooManyBody(Duration retryAfter) {
        return Payloads.JSON.createObjectNode().put("message", "You are being rate limited.")
                .put("retry_after", retryAfter.toMillis() / 1_000.0).put("global", false);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1_000.0);
    }

    private static String hash(String route) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(route.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
