package dev.faqbot.discord.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on 127.0.0.1: HELLO, READY after IDENTIFY, RESUMED after RESUME, heartbeat
 * acknowledgements, and dispatches pushed by the test. One bot connection at a time.
 */
public final class GatewayStandIn extends WebSocketServer {

    private static final int HELLO = 10;
    private static final int DISPATCH = 0;
    private static final int HEARTBEAT = 1;
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final int INVALID_SESSION = 9;
    private static final int HEARTBEAT_ACK = 11;

    private final CountDownLatch started = new CountDownLatch(1);
    /** Everything the bot sent (IDENTIFY, RESUME, heartbeats), in order. */
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    /** Close codes of connections the bot closed itself. */
    private final BlockingQueue<Integer> closedByBot = new LinkedBlockingQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile WebSocket bot;
    private volatile String sessionId;

    public GatewayStandIn() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
        setDaemon(true);
    }

    /** Starts listening; returns when the port is open. */
    public GatewayStandIn open(Duration timeout) throws InterruptedException {
        start();
        if (!started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("gateway stand-in did not start within " + timeout);
        }
        return this;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** The next message from the bot with opcode {@code op}, skipping others (heartbeats, say). */
    public JsonNode next(int op, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("the bot sent no op " + op + " within " + timeout);
            }
            if (message.path("op").asInt() == op) {
                return message;
            }
        }
    }

    /** Pushes an event to the bot, as Discord does. */
    public void dispatch(String type, JsonNode data) {
        ObjectNode payload = Payloads.JSON.createObjectNode().put("op", DISPATCH).put("t", type)
                .put("s", sequence.incrementAndGet());
        payload.set("d", data);
        send(bot, payload);
    }

    /** Closes the connection as a Discord hiccup does (4000, resumable): the bot should RESUME. */
    public void drop() {
        closeWith(4000, "stand-in: connection dropped");
    }

    /** Closes the connection with a gateway close code, such as 4014 (disallowed intents). */
    public void closeWith(int code, String reason) {
        bot.close(code, reason);
    }

    /** Tells the bot its session is gone (op 9, not resumable): the bot should IDENTIFY again. */
    public void invalidateSession() {
        sessionId = null;
        send(bot, Payloads.JSON.createObjectNode().put("op", INVALID_SESSION).put("d", false));
    }

    public boolean connected() {
        WebSocket current = bot;
        return current != null && current.isOpen();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        bot = connection;
        ObjectNode hello = Payloads.JSON.createObjectNode().put("op", HELLO);
        hello.putObject("d").put("heartbeat_interval", 41_250);
        send(connection, hello);
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        JsonNode message;
        try {
            message = Payloads.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bot sent text that is not JSON", e);
        }
        received.add(message);
        switch (message.path("op").asInt()) {
            case HEARTBEAT -> send(connection, Payloads.JSON.createObjectNode().put("op", HEARTBEAT_ACK));
            case IDENTIFY -> {
                sessionId = "session-" + sessions.incrementAndGet();
                sequence.set(0);
                dispatch("READY", Payloads.ready(sessionId, url()));
                Payloads.guilds().forEach(guild -> dispatch("GUILD_CREATE", guild));
            }
            case RESUME -> {
                if (message.path("d").path("session_id").asText().equals(sessionId)) {
                    dispatch("RESUMED", Payloads.JSON.createObjectNode());
                } else {
                    send(connection, Payloads.JSON.createObjectNode().put("op", INVALID_SESSION).put("d", false));
                }
            }
            default -> {
            }
        }
    }

    /** The close code of the next connection the bot closes itself. */
    public int nextCloseByBot(Duration timeout) throws InterruptedException {
        Integer code = closedByBot.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (code == null) {
            throw new AssertionError("the bot closed no connection within " + timeout);
        }
        return code;
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        if (remote) {
            closedByBot.add(code);
        }
        if (connection == bot) {
            bot = null;
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // A test fails on what the bot did or did not do; a socket error shows up as a missing reply.
    }

    private static void send(WebSocket connection, JsonNode payload) {
        if (connection == null || !connection.isOpen()) {
            throw new AssertionError("the bot is not connected to the gateway stand-in");
        }
        connection.send(payload.toString());
    }

    /** Stops listening and closes the bot's connection. */
    public void shutdown() throws InterruptedException {
        stop(1_000);
    }
}
