package dev.faqbot.discord;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.discord.admin.AdminCommands;
import dev.faqbot.discord.admin.AdminListener;
import dev.faqbot.discord.admin.ModLog;
import dev.faqbot.discord.admin.ModeratorCheck;
import dev.faqbot.discord.admin.PostCommand;
import dev.faqbot.discord.answer.ComponentListener;
import dev.faqbot.discord.answer.Cooldown;
import dev.faqbot.discord.answer.MessageListener;
import dev.faqbot.discord.answer.SlashCommandListener;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.Intents;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.gateway.SessionListener;
import dev.faqbot.discord.gateway.ShardPlan;
import dev.faqbot.discord.gateway.ShedEvents;
import dev.faqbot.discord.gateway.Shedding;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.storage.DropLog;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
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
    private static final int EVENT_THREADS = 4;
    private static final int ANSWER_THREADS = 2;
    /** Interactions whose answer waits for a worker; more get a "busy" notice at once. */
    private static final int MAX_WAITING_ANSWERS = 100;

    private final ShardManager shards;
    private final ExecutorService events;
    private final ExecutorService workers;
    private final ModLog modLog;
    private final Runnable afterStop;
    /** Completed with the reason when Discord closes a shard in a way JDA does not recover from. */
    private final CompletableFuture<String> closedForGood;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "faqbot-shutdown");

    private DiscordBot(ShardManager shards, ExecutorService events, ExecutorService workers, ModLog modLog, CompletableFuture<String> closedForGood, Runnable afterStop) {
        this.shards = shards;
        this.events = events;
        this.workers = workers;
        this.modLog = modLog;
        this.afterStop = afterStop;
        this.closedForGood = closedForGood;
        // SIGTERM (docker stop, systemd) runs this: the gateway connections are closed properly.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Logs in and connects; returns once the first shard has logged in.
     *
     * @param moderation started for {@code bot}: {@code /faq-admin} and the moderator log channel use it
     * @param clock      the bot's one clock (load shedding's rates and repeats are timed by it)
     * @param afterStop  run once the connections are closed, also on SIGTERM: stores what is still queued
     */
    public static DiscordBot start(FaqBot bot, Moderation moderation, Settings settings, Token token,
                                   Clock clock, Runnable afterStop) {
        return start(Backend.of(bot, moderation, settings), settings.discord(), token, UnaryOperator.identity(),
                clock, afterStop);
    }

    /** As above; {@code endpoints} points JDA elsewhere (tests). */
    static DiscordBot start(Backend backend, Settings.Discord settings, Token token,
                            UnaryOperator<DefaultShardManagerBuilder> endpoints) {
        return start(backend, settings, token, endpoints, Clock.systemUTC(), () -> { });
    }

    static DiscordBot start(Backend backend, Settings.Discord settings, Token token,
                            UnaryOperator<DefaultShardManagerBuilder> endpoints, Clock clock, Runnable afterStop) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(afterStop, "afterStop");
        // Nothing the bot sends may ping anyone: set before the first message is built.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ShardPlan plan = ShardPlan.of(settings);
        EnumSet<GatewayIntent> intents = Intents.needed(settings);
        FailureLog failures = new FailureLog(token);
        // Bounded everywhere: a flood is shed with a log line instead of growing memory or delaying heartbeats.
        ExecutorService events = ShedEvents.pool(EVENT_THREADS, settings.maxWaitingEvents(), threads("faqbot-events"));
        DropLog eventDrops = ShedEvents.drops(clock);
        ExecutorService workers = ShedEvents.pool(ANSWER_THREADS, MAX_WAITING_ANSWERS, threads("faqbot-answers"));
        CompletableFuture<String> closedForGood = new CompletableFuture<>();
        Cooldown cooldown = new Cooldown(Duration.ofSeconds(settings.cooldownSeconds()));
        Shedding shedding = Shedding.of(clock, settings.repliesPerSecond());
        InteractionReplier replier = new InteractionReplier(workers, ANSWER_BUDGET, failures, shedding.drops());
        Set<String> adminGuilds = Set.copyOf(settings.adminGuilds());
        ModeratorCheck moderators = new ModeratorCheck(settings.moderatorRole(), adminGuilds);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token.value(), intents)
                .setShardsTotal(plan.total())
                .setAutoReconnect(true)
                .setEnableShutdownHook(false)
                // Events are handled off the gateway thread, so a slow answer never delays a heartbeat.
                .setEventManagerProvider(shard -> new ShedEvents(events, eventDrops))
                .addEventListeners(new SessionListener(failures, closedForGood),
                        new AdminCommands(adminGuilds, failures),
                        new SlashCommandListener(backend.answers(), cooldown, backend.questions(), replier, failures,
                                shedding.emergencies()),
                        new AdminListener(backend.admin(), moderators, replier, failures),
                        new PostCommand(backend.answers(), backend.admin(), moderators, replier, shedding.rate(), failures),
                        new MessageListener(backend.answers(), cooldown, backend.questions(),
                                settings.autoAnswerChannels(), settings.forumChannels(), failures, shedding),
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
        return new DiscordBot(shards, events, workers, modLog, closedForGood, afterStop);
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
            awaitQuietly(events);
            awaitQuietly(workers);
            try {
                afterStop.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not finish stopping: {}", e.getMessage());
            }
            stopped.complete(null);
        }
    }

    /** Lets answers under way finish (and be counted) before the store is closed. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Some answers were still being worked out when the bot stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
