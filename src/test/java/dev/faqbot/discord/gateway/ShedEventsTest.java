package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.moderation.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.junit.jupiter.api.Test;

/** JDA's events through a bounded queue: members' messages are shed under load, connection events never. */
class ShedEventsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));

    @Test
    void whenTheQueueIsFull_messagesAndInteractionsAreDroppedWithALogLine_andOtherEventsRunOnTheCallersThread()
            throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        List<GenericEvent> handled = new CopyOnWriteArrayList<>();
        ExecutorService pool = ShedEvents.pool(1, 1, Thread::new);
        ShedEvents events = new ShedEvents(pool, ShedEvents.drops(clock));
        events.register((EventListener) event -> {
            if (event instanceof MessageReceivedEvent && handled.isEmpty()) {
                holding.countDown();
                await(busy);
            }
            handled.add(event);
        });
        MessageReceivedEvent first = message("1");
        MessageReceivedEvent queued = message("2");
        MessageReceivedEvent shed = message("3");
        SlashCommandInteractionEvent shedInteraction = mock(SlashCommandInteractionEvent.class);
        ReadyEvent ready = mock(ReadyEvent.class);

        try (LogCapture logs = new LogCapture()) {
            events.handle(first);
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            events.handle(queued);
            events.handle(shed);
            events.handle(shedInteraction);
            events.handle(ready);

            assertEquals(List.of(ready), handled, "the connection event ran at once, on this thread");
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Dropped message 3 in channel 7: too many"
                    + " events waiting")), logs.lines().toString());
        } finally {
            busy.countDown();
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of(ready, first, queued), handled, "what was queued is handled, what was shed is not");
    }

    private static MessageReceivedEvent message(String id) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getId()).thenReturn("7");
        when(event.getMessageId()).thenReturn(id);
        when(event.getChannel()).thenReturn(channel);
        return event;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
