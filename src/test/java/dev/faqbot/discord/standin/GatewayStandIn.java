package dev.faqbot.discord.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on 127.0.0.1, as the bot meets it in production: HELLO, READY after IDENTIFY, heartbeat
 * acknowledgements, and dispatches pushed by the test; zlib-stream compression when the client asks for it
 * ({@code compress=zlib-stream}, JDA's default), with long payloads split over several frames; a RESUME replays
 * the session's dispatches the client missed, then RESUMED, as Discord does. A test can also make it ask for a
 * reconnect (op 7), stop acknowledging heartbeats (a zombie connection), drop the connection or end the session.
 * One bot connection at a time.
 */
public final class GatewayStandIn extends WebSocketServer {

    private static final int HELLO = 10;
    private static final int DISPATCH = 0;
    private static final int HEARTBEAT = 1;
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final int RECONNECT = 7;
    private static final int INVALID_SESSION = 9;
    private static final int HEARTBEAT_ACK = 11;
    /** Compressed payloads longer than this are sent in two frames, as Discord does with large ones. */
    private static final int SPLIT_ABOVE = 256;

    private final CountDownLatch started = new CountDownLatch(1);
    /** Everything the bot sent (IDENTIFY, RESUME, heartbeats), in order. */
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    /** Close codes of connections the bot closed itself. */
    private final BlockingQueue<Integer> closedByBot = new LinkedBlockingQueue<>();
    /** The session's dispatches, in sequence order, for replay after a RESUME. */
    private final List<ObjectNode> sessionLog = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger compressedFrames = new AtomicInteger();
    private final AtomicInteger splitMessages = new AtomicInteger();
    private final AtomicInteger heartbeatsIgnored = new AtomicInteger();
    private volatile WebSocket bot;
    /** The connection dispatches go to: set by READY or RESUMED, cleared when it closes or goes quiet. */
    private volatile WebSocket live;
    /** The connection that has gone quiet: no acknowledgements, no dispatches (they wait for a RESUME). */
    private volatile WebSocket zombie;
    private volatile String sessionId;
    private volatile String lastQuery = "";
    private volatile int heartbeatMillis = 41_250;

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

    /** The heartbeat interval the next HELLO gives (Discord's is about 41 s; a zombie test wants a short one). */
    public GatewayStandIn heartbeatInterval(Duration interval) {
        this.heartbeatMillis = Math.toIntExact(interval.toMillis());
        return this;
    }

    /** The query of the bot's last connection, such as {@code encoding=json&v=10&compress=zlib-stream}. */
    public String lastQuery() {
        return lastQuery;
    }

    /** Binary frames sent compressed so far. */
    public int compressedFrames() {
        return compressedFrames.get();
    }

    /** Payloads sent in more than one frame so far. */
    public int splitMessages() {
        return splitMessages.get();
    }

    /** Heartbeats left without an acknowledgement so far. */
    public int heartbeatsIgnored() {
        return heartbeatsIgnored.get();
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

    /**
     * Pushes an event to the bot, as Discord does: at once on a live connection; otherwise (no connection, or a
     * zombie one) it waits in the session for the bot's RESUME.
     */
    public void dispatch(String type, JsonNode data) {
        synchronized (sessionLog) {
            if (sessionId == null) {
                throw new AssertionError("no session: the bot has not identified with the gateway stand-in");
            }
            ObjectNode payload = Payloads.JSON.createObjectNode().put("op", DISPATCH).put("t", type)
                    .put("s", sequence.incrementAndGet());
            payload.set("d", data);
            sessionLog.add(payload);
            WebSocket to = live;
            if (to != null && to.isOpen()) {
                try {
                    send(to, payload); // under the lock: the stream order is the sequence order
                } catch (WebsocketNotConnectedException closedMeanwhile) {
                    // the bot closed the connection a moment ago (an op 7 it obeys at once): as on Discord, the
                    // event waits in the session log for its RESUME
                }
            }
        }
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

    /** Asks the bot to reconnect (op 7), as Discord does before it moves a session: the bot should RESUME. */
    public void requestReconnect() {
        send(bot, Payloads.JSON.createObjectNode().put("op", RECONNECT).putNull("d"));
    }

    /**
     * The connection goes quiet without closing, as a half-dead TCP connection does: heartbeats are no longer
     * acknowledged and dispatches no longer arrive (they wait for a RESUME). The bot must notice and reconnect.
     */
    public void goZombie() {
        synchronized (sessionLog) {
            zombie = bot;
            live = null;
        }
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
        String resource = handshake.getResourceDescriptor();
        lastQuery = resource.contains("?") ? resource.substring(resource.indexOf('?') + 1) : "";
        if (lastQuery.contains("compress=zlib-stream")) {
            connection.setAttachment(new ZlibStream());
        }
        bot = connection;
        ObjectNode hello = Payloads.JSON.createObjectNode().put("op", HELLO);
        hello.putObject("d").put("heartbeat_interval", heartbeatMillis);
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
            case HEARTBEAT -> {
                if (connection == zombie) {
                    heartbeatsIgnored.incrementAndGet();
                } else {
                    send(connection, Payloads.JSON.createObjectNode().put("op", HEARTBEAT_ACK));
                }
            }
            case IDENTIFY -> identify(connection);
            case RESUME -> resume(connection, message.path("d"));
            default -> {
            }
        }
    }

    private void identify(WebSocket connection) {
        synchronized (sessionLog) {
            sessionId = "session-" + sessions.incrementAndGet();
            sequence.set(0);
            sessionLog.clear(); // a new session starts with nothing to replay
            live = connection;
        }
        dispatch("READY", Payloads.ready(sessionId, url()));
        Payloads.guilds().forEach(guild -> dispatch("GUILD_CREATE", guild));
    }

    /** Replays every dispatch after the client's last sequence number, then RESUMED; or ends a session it lost. */
    private void resume(WebSocket connection, JsonNode resume) {
        if (sessionId == null || !resume.path("session_id").asText().equals(sessionId)) {
            send(connection, Payloads.JSON.createObjectNode().put("op", INVALID_SESSION).put("d", false));
            return;
        }
        long seen = resume.path("seq").asLong();
        synchronized (sessionLog) {
            sessionLog.stream().filter(p -> p.path("s").asLong() > seen).forEach(payload -> send(connection, payload));
            live = connection; // from here on, new dispatches follow the replayed ones
        }
        dispatch("RESUMED", Payloads.JSON.createObjectNode());
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
        synchronized (sessionLog) {
            if (connection == live) {
                live = null;
            }
            if (connection == bot) {
                bot = null;
            }
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // A test fails on what the bot did or did not do; a socket error shows up as a missing reply.
    }

    /** Sends a payload as text, or zlib-compressed in binary frames when the connection asked for it. */
    private void send(WebSocket connection, JsonNode payload) {
        if (connection == null || !connection.isOpen()) {
            throw new AssertionError("the bot is not connected to the gateway stand-in");
        }
        ZlibStream zlib = connection.getAttachment();
        if (zlib == null) {
            connection.send(payload.toString());
            return;
        }
        // One compression context per connection: deflate and send together, so frames go out in stream order.
        synchronized (zlib) {
            byte[] compressed = zlib.deflate(payload.toString().getBytes(StandardCharsets.UTF_8));
            if (compressed.length > SPLIT_ABOVE) {
                int half = compressed.length / 2;
                if (ZlibStream.endsWithFlush(compressed, half)) {
                    half++; // a first part that ended like a whole message would be read as one
                }
                connection.send(java.util.Arrays.copyOfRange(compressed, 0, half));
                connection.send(java.util.Arrays.copyOfRange(compressed, half, compressed.length));
                splitMessages.incrementAndGet();
                compressedFrames.addAndGet(2);
            } else {
                connection.send(compressed);
                compressedFrames.incrementAndGet();
            }
        }
    }

    /** Stops listening and closes the bot's connection. */
    public void shutdown() throws InterruptedException {
        stop(1_000);
    }
}
