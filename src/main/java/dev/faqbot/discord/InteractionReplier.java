package dev.faqbot.discord;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
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
final class InteractionReplier {

    private final Executor workers;
    private final Duration budget;
    private final FailureLog failures;

    InteractionReplier(Executor workers, Duration budget, FailureLog failures) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.failures = Objects.requireNonNull(failures, "failures");
        if (budget.isNegative() || budget.compareTo(Duration.ofSeconds(2)) > 0) {
            throw new IllegalArgumentException("budget must be from 0 to 2 seconds, to leave time to defer");
        }
    }

    void reply(IReplyCallback interaction, boolean ephemeral, Supplier<MessageCreateData> answer, String where) {
        reply(interaction, ephemeral, CompletableFuture.supplyAsync(answer, workers), where);
    }

    /**
     * As above, for work that runs elsewhere (a reload on the reload thread): no worker waits for it, and a
     * slow one is deferred and sent when it completes.
     */
    void reply(IReplyCallback interaction, boolean ephemeral, CompletableFuture<MessageCreateData> work,
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
