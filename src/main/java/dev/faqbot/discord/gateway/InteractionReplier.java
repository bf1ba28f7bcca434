package dev.faqbot.discord.gateway;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.storage.DropLog;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Answers an interaction within Discord's 3 seconds. The answer is worked out on a worker thread; when it is
 * ready within the budget it goes straight into the interaction callback, otherwise the interaction is
 * deferred ("thinking…") at once and the answer replaces that message when it is ready.
 */
public final class InteractionReplier {

    private final Executor workers;
    private final Duration budget;
    private final FailureLog failures;
    private final DropLog drops;

    public InteractionReplier(Executor workers, Duration budget, FailureLog failures) {
        this(workers, budget, failures, new DropLog(org.slf4j.LoggerFactory.getLogger(InteractionReplier.class),
                java.time.Clock.systemUTC(), Duration.ofSeconds(10)));
    }

    /** @param workers a bounded pool: work it rejects is answered with a "busy" notice and logged in {@code drops} */
    public InteractionReplier(Executor workers, Duration budget, FailureLog failures, DropLog drops) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.drops = Objects.requireNonNull(drops, "drops");
        if (budget.isNegative() || budget.compareTo(Duration.ofSeconds(2)) > 0) {
            throw new IllegalArgumentException("budget must be from 0 to 2 seconds, to leave time to defer");
        }
    }

    public void reply(IReplyCallback interaction, boolean ephemeral, Supplier<MessageCreateData> answer, String where) {
        CompletableFuture<MessageCreateData> work;
        try {
            work = CompletableFuture.supplyAsync(answer, workers);
        } catch (RejectedExecutionException full) {
            // Every worker busy and the queue full: say so at once (an interaction must be answered) and do no work.
            drops.dropped("the work for " + where + ": too many answers waiting for a worker");
            interaction.reply(EmbedRenderer.notice(DiscordWording.BUSY)).setEphemeral(true)
                    .queue(null, failures.onFailure("say the bot is busy", where));
            return;
        }
        reply(interaction, ephemeral, work, where);
    }

    /**
     * As above, for work that runs elsewhere (a reload on the reload thread): no worker waits for it, and a
     * slow one is deferred and sent when it completes.
     */
    public void reply(IReplyCallback interaction, boolean ephemeral, CompletableFuture<MessageCreateData> work,
               String where) {
        MessageCreateData data;
        try {
            data = work.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            deferred(interaction, ephemeral, work, where);
            return;
        } catch (ExecutionException e) {
            failures.onFailure("work out an answer", where).accept(e.getCause());
            data = EmbedRenderer.notice(DiscordWording.FAILED);
            ephemeral = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        interaction.reply(data).setEphemeral(ephemeral).queue(null, failures.onFailure("reply", where));
    }

    private void deferred(IReplyCallback interaction, boolean ephemeral, CompletableFuture<MessageCreateData> work,
                          String where) {
        interaction.deferReply(ephemeral).queue(null, failures.onFailure("acknowledge", where));
        work.whenComplete((data, error) -> {
            if (error != null) {
                failures.onFailure("work out an answer", where).accept(error);
            }
            MessageCreateData reply = error == null ? data : EmbedRenderer.notice(DiscordWording.FAILED);
            // JDA holds requests on the hook until the deferral above has been acknowledged.
            interaction.getHook().editOriginal(MessageEditData.fromCreateData(reply))
                    .queue(null, failures.onFailure("send the late answer", where));
        });
    }
}
