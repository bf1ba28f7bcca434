package dev.faqbot.discord.gateway;

import dev.faqbot.discord.render.SlashCommands;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once the first shard is ready, logs each shard's connection state, and reports
 * a shard that Discord closed for good (a revoked token, or a privileged intent not enabled in the developer
 * portal): JDA does not reconnect then, and a bot that silently stays offline helps nobody.
 */
public final class SessionListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListener.class);

    private final FailureLog failures;
    private final CompletableFuture<String> closedForGood;

    public SessionListener(FailureLog failures, CompletableFuture<String> closedForGood) {
        this.failures = Objects.requireNonNull(failures, "failures");
        this.closedForGood = Objects.requireNonNull(closedForGood, "closedForGood");
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        LOG.info("Shard {} connected as {} ({} guilds)", jda.getShardInfo().getShardString(),
                jda.getSelfUser().getName(), event.getGuildTotalCount());
        // The members' commands are global: one bulk overwrite is enough, and the process that runs shard 0 does
        // it. /faq-admin is not among them (AdminCommands registers it in the moderators' servers only), so the
        // overwrite also takes away a global /faq-admin left by an older version.
        if (jda.getShardInfo().getShardId() == 0) {
            jda.updateCommands().addCommands(SlashCommands.members()).queue(
                    commands -> LOG.info("Registered {} slash commands", commands.size()),
                    failures.onFailure("register the slash commands", "shard 0"));
        }
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code != null && code != CloseCode.GRACEFUL_CLOSE && !code.isReconnect()) {
            String reason = "Discord closed shard " + event.getJDA().getShardInfo().getShardString() + " for good: "
                    + code.getCode() + " " + code.getMeaning();
            LOG.error(reason);
            closedForGood.complete(reason);
        }
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        LOG.info("Shard {} lost its connection (close code {}); JDA reconnects",
                event.getJDA().getShardInfo().getShardString(),
                event.getCloseCode() == null ? "none" : event.getCloseCode().getCode());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        LOG.info("Shard {} resumed its session", event.getJDA().getShardInfo().getShardString());
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        LOG.info("Shard {} reconnected with a new session", event.getJDA().getShardInfo().getShardString());
    }
}
