package dev.faqbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Discord's REST API on 127.0.0.1, as far as the bot uses it. Records every call so a test can wait for
 * one, answers with plausible JSON, and rate-limits as Discord does: every answer carries its bucket's
 * {@code X-RateLimit-*} headers, and a call over the limit gets a 429 with a fractional {@code retry_after}.
 * A test can tighten a route's limit, or rate-limit the next matching call once.
 */
public final class RestStandIn implements AutoCloseable {

    /**
     * One request as the stand-in received it, and the status it was answered with; {@code body} is the JSON
     * (or the multipart payload_json), or null; {@code files} the files uploaded with it, by name, with their sizes.
     */
    public record Call(String method, String path, String query, String authorization, JsonNode body,
                       long receivedNanos, int status, Map<String, Integer> files) {
        boolean matches(String method, Pattern path) {
            return this.method.equals(method) && path.matcher(this.path).matches();
        }
    }

    /** A canned answer for the next call that matches, instead of the normal one. */
    private record Scripted(String method, Pattern path, int status, Map<String, String> headers, JsonNode body) {
    }

    private static final String API = "/api/v10";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Supplier<String> gatewayUrl;
    private final List<Call> calls = new ArrayList<>();
    private final List<Call> taken = new ArrayList<>();
    private final List<Scripted> scripted = new ArrayList<>();
    private final RateLimits limits = new RateLimits();

    public RestStandIn(Supplier<String> gatewayUrl) throws IOException {
        this.gatewayUrl = gatewayUrl;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** What JDA's RestConfig.setBaseUrl takes. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API + "/";
    }

    /** The next call to {@code method} on a path matching {@code pathRegex} not taken before; fails after the timeout. */
    public Call next(String method, String pathRegex, Duration timeout) throws InterruptedException {
        Pattern path = Pattern.compile(pathRegex);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                for (Call call : calls) {
                    if (call.matches(method, path) && !taken.contains(call)) {
                        taken.add(call);
                        return call;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " " + pathRegex + " within " + timeout
                            + "; calls so far: " + calls.stream().map(c -> c.method() + " " + c.path()).toList());
                }
                calls.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Every call so far. */
    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The next call matching gets a 429 with {@code Retry-After}; the ones after it are served normally. */
    public void rateLimitNext(String method, String pathRegex, int retryAfterSeconds) {
        rateLimitNext(method, pathRegex, Duration.ofSeconds(retryAfterSeconds));
    }

    /**
     * The next call matching gets a 429 as Discord sends one: {@code retry_after} in the body in seconds with
     * decimals (0.35), {@code Retry-After} rounded up to whole seconds, {@code X-RateLimit-Reset-After} exact.
     */
    public void rateLimitNext(String method, String pathRegex, Duration retryAfter) {
        script(new Scripted(method, Pattern.compile(pathRegex), 429, RateLimits.tooManyHeaders(retryAfter, 5,
                "scripted"), RateLimits.tooManyBody(retryAfter)));
    }

    /** Calls to {@code method} on paths matching {@code pathRegex} get a bucket of {@code limit} per {@code window}. */
    public void limit(String method, String pathRegex, int limit, Duration window) {
        limits.limit(method, Pattern.compile(pathRegex), limit, window);
    }

    /** The next call matching is refused with 403 Missing Permissions, as for a channel the bot may not write in. */
    public void refuseNext(String method, String pathRegex) {
        script(new Scripted(method, Pattern.compile(pathRegex), 403, Map.of(),
                Payloads.JSON.createObjectNode().put("message", "Missing Permissions").put("code", 50013)));
    }

    /** The message an interaction callback showed, as Discord puts it into a later click on one of its buttons. */
    public static JsonNode shownMessage(JsonNode callbackBody) {
        return RestRoutes.sent(Payloads.GENERAL_CHANNEL, callbackBody.path("data"));
    }

    private void script(Scripted answer) {
        synchronized (scripted) {
            scripted.add(answer);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long received = System.nanoTime();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().substring(API.length());
            String query = exchange.getRequestURI().getQuery();
            RequestBody request = RequestBody.read(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst("Content-Type"));
            JsonNode body = request.json();
            Scripted canned = scriptedFor(method, path);
            RateLimits.Verdict verdict = canned != null ? null : limits.take(method, path);
            JsonNode answer = canned != null ? canned.body() : verdict.allowed()
                    ? RestRoutes.answer(method, path, query, body, gatewayUrl.get()) : verdict.body();
            int status = canned != null ? canned.status() : !verdict.allowed() ? 429
                    : answer == null ? 404 : answer.isNull() ? 204 : 200;
            synchronized (calls) {
                calls.add(new Call(method, path, query, exchange.getRequestHeaders().getFirst("Authorization"), body,
                        received, status, request.files()));
                calls.notifyAll();
            }
            (canned != null ? canned.headers() : verdict.headers()).forEach(exchange.getResponseHeaders()::add);
            send(exchange, status, answer == null
                    ? Payloads.JSON.createObjectNode().put("message", "404: Not Found").put("code", 0) : answer);
        }
    }

    private Scripted scriptedFor(String method, String path) {
        synchronized (scripted) {
            for (Scripted answer : scripted) {
                if (answer.method().equals(method) && answer.path().matcher(path).matches()) {
                    scripted.remove(answer);
                    return answer;
                }
            }
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (status == 204) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        byte[] bytes = Payloads.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
