package dev.faqbot.discord.admin;

import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.moderation.ReloadResult;
import dev.faqbot.moderation.ReviewListener;
import dev.faqbot.moderation.Withdrawals;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts reloads to the moderator log channel ({@code discord.mod_log_channel}): a new knowledge base with what
 * changed, or a refused one with every problem as {@code file:line: message}, so that whoever saved a broken
 * file sees why the bot still gives the old answers. "Unchanged" is not posted: every start and every save
 * without edits gives one. Answers withdrawn for review are posted too; one told before the channel can be seen
 * (at start-up, before the server has loaded) is posted once it can. The audit log has every result whether or
 * not a channel is set.
 */
public final class ModLog extends ListenerAdapter implements ReloadListener, ReviewListener {

    private static final Logger LOG = LoggerFactory.getLogger(ModLog.class);
    /** A burst Discord allows in one channel (5 messages in 5 seconds); more problems are counted, not listed. */
    static final int MAX_MESSAGES = 5;

    private final String channelId;
    /** Whether {@link #channelId} is a channel id at all (empty or mistyped: nothing is posted, only logged). */
    private final boolean posts;
    private final ShardManager shards;
    private final FailureLog failures;
    /** The reloader outlives the bot (it has no way to remove a listener): after a stop, post nothing. */
    private volatile boolean stopped;
    /** Withdrawals told while the channel could not be seen yet: posted when its server is ready. */
    private List<MessageCreateData> pending = List.of();

    /** @param channelId the channel's id; empty: post nothing */
    public ModLog(String channelId, ShardManager shards, FailureLog failures) {
        this.channelId = Objects.requireNonNull(channelId, "channelId").strip();
        this.shards = Objects.requireNonNull(shards, "shards");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.posts = this.channelId.matches("\\d{1,20}");
        if (!this.channelId.isEmpty() && !posts) {
            LOG.warn("discord.mod_log_channel must be a channel id (digits only, from Copy Channel ID), not '{}':"
                    + " reloads are only logged", this.channelId);
        }
    }

    @Override
    public void reloaded(ReloadResult result) {
        if (stopped || result instanceof ReloadResult.Unchanged || !posts) {
            return;
        }
        GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            LOG.warn("Cannot post the reload result: mod log channel {} is unknown (is the id right, can the bot see"
                    + " the channel, is it connected?); the result is in the faqbot.audit log", channelId);
            return;
        }
        List<MessageCreateData> messages = ReloadMessages.of(result, MAX_MESSAGES);
        // One after the other on the same channel: JDA sends them in this order.
        messages.forEach(message -> channel.sendMessage(message)
                .queue(null, failures.onFailure("post the reload result", "mod log channel " + channelId)));
    }

    @Override
    public void withdrawn(Withdrawals withdrawals) {
        if (stopped || !posts) {
            return;
        }
        List<MessageCreateData> messages = List.of(ReloadMessages.withdrawn(withdrawals));
        synchronized (this) {
            GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, channelId);
            if (channel == null) {
                pending = messages; // the latest state replaces an older one: it lists every answer withdrawn now
                return;
            }
            post(channel, messages);
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        synchronized (this) {
            // Checked before the lookup: JDA refuses an empty or malformed id (it threw, and JDA logged an error, at
            // every server that became ready when no mod log channel was set).
            if (pending.isEmpty() || stopped || !posts) {
                return;
            }
            GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, channelId);
            if (channel == null) {
                return;
            }
            post(channel, pending);
            pending = List.of();
        }
    }

    private void post(GuildMessageChannel channel, List<MessageCreateData> messages) {
        messages.forEach(message -> channel.sendMessage(message)
                .queue(null, failures.onFailure("post the withdrawn answers", "mod log channel " + channelId)));
    }

    public void stop() {
        stopped = true;
    }
}
