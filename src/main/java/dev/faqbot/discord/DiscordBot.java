package dev.faqbot.discord;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.moderation.Moderation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: connects the shards this process runs, wires the listeners (members' questions,
 * {@code /faq-admin}, clicks, and reloads to the moderator log channel), and stops cleanly.
 */
public final class DiscordBot {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    /** Well inside Discord's 3 seconds: an answer not ready by then is deferred and sent when ready. */
    private static final Duration ANSWER_BUDGET = Duration.ofMillis(1_500);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final ShardManager shards;
    private final ExecutorService events;
    private final ExecutorService workers;
    private final Admin admin;
    private final ModLog modLog;
    /** Completed with the reason when Discord closes a shard in a way JDA does not recover from. */
    private final CompletableFuture<String> closedForGood;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "faqbot-shutdown");

    private DiscordBot(ShardManager shards, ExecutorService events, ExecutorService workers, Admin admin,
                       ModLog modLog, CompletableFuture<String> closedForGood) {
        this.shards = shards;
        this.events = events;
        this.workers = workers;
        this.admin = admin;
        this.modLog = modLog;
        this.closedForGood = closedForGood;
        // SIGTERM (docker stop, systemd) runs this: the gateway connections are closed properly.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Logs in and connects; returns once the first shard has logged in.
     *
     * @param moderation started for {@code bot}: {@code /faq-admin} and the moderator log channel use it
     */
    public static DiscordBot start(FaqBot bot, Moderation moderation, Settings settings, Token token) {
        return start(Backend.of(bot, moderation, settings), settings.discord(), token, UnaryOperator.identity());
    }

    /** As {@link #start(FaqBot, Moderation, Settings, Token)}; {@code endpoints} points JDA elsewhere (tests). */
    static DiscordBot start(Backend backend, Settings.Discord settings, Token token,
                            UnaryOperator<DefaultShardManagerBuilder> endpoints) {
        Objects.requireNonNull(backend, "backend");
        // Nothing the bot sends may ping anyone: set before the first message is built.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ShardPlan plan = ShardPlan.of(settings);
        EnumSet<GatewayIntent> intents = Intents.needed(settings);
        FailureLog failures = new FailureLog(token);
        ExecutorService events = Executors.newFixedThreadPool(4, threads("faqbot-events"));
        ExecutorService workers = Executors.newFixedThreadPool(2, threads("faqbot-answers"));
        CompletableFuture<String> closedForGood = new CompletableFuture<>();
        Cooldown cooldown = new Cooldown(Duration.ofSeconds(settings.cooldownSeconds()));
        InteractionReplier replier = new InteractionReplier(workers, ANSWER_BUDGET, failures);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token.value(), intents)
                .setShardsTotal(plan.total())
                .setAutoReconnect(true)
                .setEnableShutdownHook(false)
                // Events are handled off the gateway thread, so a slow answer never delays a heartbeat.
                .setEventPool(events, false)
                .addEventListeners(new SessionListener(failures, closedForGood),
                        new SlashCommandListener(backend.answers(), cooldown, backend.questions(), replier, failures),
                        new AdminListener(backend.admin(), new ModeratorCheck(settings.moderatorRole()), replier,
                                failures),
                        new MessageListener(backend.answers(), cooldown, backend.questions(),
                                settings.autoAnswerChannels(), failures),
                        new ComponentListener(backend.answers(), backend.feedback(), backend.questions(), replier,
                                failures));
        if (!plan.ids().isEmpty()) {
            builder.setShards(plan.ids());
        }
        LOG.info("Starting on Discord: {} shard(s) of {}, intents {}",
                plan.ids().isEmpty() ? "all" : plan.ids(), plan.total(), intents);
        ShardManager shards;
        try {
            shards = endpoints.apply(builder).build();
        } catch (RuntimeException e) {
            events.shutdownNow();
            workers.shutdownNow();
            // No cause attached: its message could hold the token, and a stack trace would show it.
            throw new IllegalStateException("could not log in to Discord: " + failures.describe(e));
        }
        ModLog modLog = new ModLog(settings.modLogChannel(), shards, failures);
        shards.addEventListener(modLog); // to post what was told before its server was ready
        backend.admin().onReload(modLog);
        backend.admin().onWithdrawn(modLog);
        return new DiscordBot(shards, events, workers, backend.admin(), modLog, closedForGood);
    }

    /**
     * Blocks until {@link #stop} has finished, for example after SIGTERM. When Discord closes a shard for good
     * (a revoked token, a privileged intent not enabled), stops everything and throws with the reason, so the
     * process ends with an error that a supervisor notices.
     */
    public void awaitStop() throws InterruptedException {
        try {
            CompletableFuture.anyOf(stopped, closedForGood).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while waiting", e.getCause());
        }
        if (!stopped.isDone()) {
            stop();
            throw new IllegalStateException(closedForGood.join());
        }
    }

    /** Closes every gateway connection and waits (boundedly) for JDA to finish. Safe to call twice. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself: nothing to remove.
        }
        LOG.info("Stopping: closing the Discord connections");
        modLog.stop();
        List<JDA> running = shards.getShards();
        shards.shutdown();
        try {
            long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
            for (JDA shard : running) {
                if (!shard.awaitShutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    LOG.warn("Shard {} did not close within {} s", shard.getShardInfo().getShardString(),
                            SHUTDOWN_WAIT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            events.shutdown();
            workers.shutdown();
            LOG.info("Feedback this run: {}", admin.stats().feedback());
            stopped.complete(null);
        }
    }

    /** The shards this process runs, for tests. */
    ShardManager shards() {
        return shards;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
