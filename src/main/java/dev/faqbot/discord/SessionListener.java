package dev.faqbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers the slash commands once the first shard is ready, and logs each shard's connection state. */
final class SessionListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListener.class);

    private final FailureLog failures;

    SessionListener(FailureLog failures) {
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        LOG.info("Shard {} connected as {} ({} guilds)", jda.getShardInfo().getShardString(),
                jda.getSelfUser().getName(), event.getGuildTotalCount());
        // Commands are global: one bulk overwrite is enough, and the process that runs shard 0 does it.
        if (jda.getShardInfo().getShardId() == 0) {
            jda.updateCommands().addCommands(SlashCommands.all()).queue(
                    commands -> LOG.info("Registered {} slash commands", commands.size()),
                    failures.whenSending("register the slash commands", "shard 0"));
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
