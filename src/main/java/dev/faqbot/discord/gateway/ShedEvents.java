package dev.faqbot.discord.gateway;

import dev.faqbot.storage.DropLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.IEventManager;
import net.dv8tion.jda.api.hooks.InterfacedEventManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's event handling with a bounded queue: events are handled on a few threads off the gateway thread; when
 * the queue is full, a member's message or interaction is dropped with a log line (a flood must not grow memory
 * or delay the heartbeat), and any other event (a connection, a server becoming ready) is handled on the
 * gateway thread instead, so none of those is ever lost. One per shard; the threads and the queue are shared.
 */
public final class ShedEvents implements IEventManager {

    private static final Logger LOG = LoggerFactory.getLogger(ShedEvents.class);

    private final InterfacedEventManager listeners = new InterfacedEventManager();
    private final ExecutorService pool;
    private final DropLog drops;

    public ShedEvents(ExecutorService pool, DropLog drops) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.drops = Objects.requireNonNull(drops, "drops");
    }

    /** The shared pool: {@code threads} threads and at most {@code waiting} events waiting for one. */
    public static ExecutorService pool(int threads, int waiting, ThreadFactory factory) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting),
                factory, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The drop log the shards share. */
    public static DropLog drops(Clock clock) {
        return new DropLog(LOG, clock, Duration.ofSeconds(10));
    }

    @Override
    public void handle(GenericEvent event) {
        try {
            pool.execute(() -> listeners.handle(event));
        } catch (RejectedExecutionException full) {
            if (droppable(event)) {
                drops.dropped(describe(event) + ": " + (pool.isShutdown() ? "the bot is stopping"
                        : "too many events waiting"));
            } else {
                listeners.handle(event);
            }
        }
    }

    /** A member's message or click can be dropped under load; the bot's own connection events never. */
    static boolean droppable(GenericEvent event) {
        return event instanceof MessageReceivedEvent || event instanceof GenericInteractionCreateEvent;
    }

    private static String describe(GenericEvent event) {
        if (event instanceof MessageReceivedEvent message) {
            return "message " + message.getMessageId() + " in channel " + message.getChannel().getId();
        }
        if (event instanceof GenericInteractionCreateEvent interaction) {
            return "interaction " + interaction.getId() + " in channel " + interaction.getChannelId();
        }
        return event.getClass().getSimpleName();
    }

    @Override
    public void register(Object listener) {
        listeners.register(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.unregister(listener);
    }

    @Override
    public List<Object> getRegisteredListeners() {
        return listeners.getRegisteredListeners();
    }
}
