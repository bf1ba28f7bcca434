package dev.faqbot.discord.admin;

import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.render.SlashCommands;
import java.util.Objects;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /faq-admin} as a server command in the servers of {@code discord.admin_guilds}, and nowhere
 * else: each shard for the servers it carries, when they become ready or the bot joins one.
 */
public final class AdminCommands extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);

    private final Set<String> adminGuilds;
    private final FailureLog failures;

    public AdminCommands(Set<String> adminGuilds, FailureLog failures) {
        this.adminGuilds = Set.copyOf(adminGuilds);
        this.failures = Objects.requireNonNull(failures, "failures");
        if (adminGuilds.isEmpty()) {
            LOG.warn("discord.admin_guilds is empty: /faq-admin is registered in no server and refused everywhere");
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        register(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        register(event.getGuild());
    }

    private void register(Guild guild) {
        if (!adminGuilds.contains(guild.getId())) {
            return;
        }
        guild.updateCommands().addCommands(SlashCommands.admin()).queue(
                commands -> LOG.info("Registered /faq-admin in server {}", guild.getId()),
                failures.onFailure("register /faq-admin", "server " + guild.getId()));
    }
}
