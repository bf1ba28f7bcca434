package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.discord.standin.LogCapture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class InteractionReplierTest {

    private final FailureLog failures = new FailureLog(new Token("secret"));
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final IReplyCallback interaction = mock(IReplyCallback.class);
    private final ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    private final MessageCreateData answer = EmbedRenderer.notice("the answer");

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void aQuickAnswerGoesStraightIntoTheCallback() {
        when(interaction.reply(answer)).thenReturn(reply);

        new InteractionReplier(workers, Duration.ofSeconds(1), failures).reply(interaction, true, () -> answer, "here");

        verify(reply).setEphemeral(true);
        verify(reply).queue(isNull(), any());
        verify(interaction, never()).deferReply(true);
    }

    @Test
    void whenNoWorkerIsFree_theMemberIsToldAtOnceThatTheBotIsBusy_andTheWorkIsDropped() {
        when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        java.util.concurrent.Executor full = task -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        };

        try (LogCapture logs = new LogCapture()) {
            new InteractionReplier(full, Duration.ofSeconds(1), failures).reply(interaction, false,
                    () -> { throw new AssertionError("no work is done"); }, "/ask in 7");

            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Dropped the work for /ask in 7: too many answers"
                    + " waiting for a worker")), logs.lines().toString());
        }
        verify(interaction).reply(sent.capture());
        assertEquals(DiscordWording.BUSY, sent.getValue().getContent());
        verify(reply).setEphemeral(true);
    }

    @Test
    void aSlowAnswerIsDeferredAtOnceAndSentWhenReady() throws Exception {
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        InteractionHook hook = mock(InteractionHook.class);
        @SuppressWarnings("unchecked")
        WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit = mock(WebhookMessageEditAction.class);
        when(interaction.deferReply(false)).thenReturn(defer);
        when(interaction.getHook()).thenReturn(hook);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        CountDownLatch slow = new CountDownLatch(1);

        new InteractionReplier(workers, Duration.ofMillis(50), failures).reply(interaction, false, () -> {
            await(slow);
            return answer;
        }, "here");

        verify(defer).queue(isNull(), any());
        verify(hook, never()).editOriginal(any(MessageEditData.class));
        slow.countDown();
        ArgumentCaptor<MessageEditData> sent = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, timeout(5_000)).editOriginal(sent.capture());
        verify(edit, timeout(5_000)).queue(isNull(), any());
        assertEquals("the answer", sent.getValue().getContent());
    }

    @Test
    void anAnswerThatFailsIsApologisedForPrivately() {
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        when(interaction.reply(sent.capture())).thenReturn(reply);

        new InteractionReplier(workers, Duration.ofSeconds(1), failures).reply(interaction, false, () -> {
            throw new IllegalStateException("model broken");
        }, "here");

        assertEquals(DiscordWording.FAILED, sent.getValue().getContent());
        verify(reply).setEphemeral(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReplyThatDiscordRefusesIsLoggedWithWhere() {
        when(interaction.reply(answer)).thenReturn(reply);
        new InteractionReplier(workers, Duration.ofSeconds(1), failures).reply(interaction, false, () -> answer, "/ask in 7");
        ArgumentCaptor<Consumer<Throwable>> onFailure = ArgumentCaptor.forClass(Consumer.class);
        verify(reply).queue(isNull(), onFailure.capture());

        try (LogCapture logs = new LogCapture()) {
            onFailure.getValue().accept(new IllegalStateException("10062: Unknown interaction"));
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Could not reply (/ask in 7)")
                    && l.contains("Unknown interaction")), logs.lines().toString());
        }
    }

    @Test
    void aBudgetThatLeavesNoTimeToDeferIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new InteractionReplier(workers, Duration.ofSeconds(3), failures));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
