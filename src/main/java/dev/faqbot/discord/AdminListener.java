package dev.faqbot.discord;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /faq-admin}: reload, test, stats, unanswered, stale. Every call is checked on the server, whatever
 * Discord showed the member; a refusal is private and logged. Every reply is private to the moderator: the
 * statistics and the unanswered questions are for the moderator team, not the channel.
 */
final class AdminListener extends ListenerAdapter {

    /** Moderator actions go where reloads go: the audit log, kept at INFO whatever the root level. */
    private static final Logger AUDIT = LoggerFactory.getLogger("faqbot.audit");

    private final Admin admin;
    private final ModeratorCheck check;
    private final InteractionReplier replier;
    private final FailureLog failures;

    AdminListener(Admin admin, ModeratorCheck check, InteractionReplier replier, FailureLog failures) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.check = Objects.requireNonNull(check, "check");
        this.replier = Objects.requireNonNull(replier, "replier");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!SlashCommands.ADMIN.equals(event.getName())) {
            return;
        }
        String command = "/" + event.getFullCommandName();
        String who = event.getUser().getName() + " (" + event.getUser().getId() + ")";
        String where = command + " from user " + event.getUser().getId() + " in channel " + event.getChannelId();
        failures.guard(where, () -> {
            ModeratorCheck.Access access = check.check(event);
            if (!access.allowed()) {
                AUDIT.warn("refused {} from {} in server {}: {}", command, who,
                        event.getGuild() == null ? "none" : event.getGuild().getId(), reason(access));
                event.reply(EmbedRenderer.notice(refusal(access))).setEphemeral(true)
                        .queue(null, failures.onFailure("refuse", where));
                return;
            }
            AUDIT.info("{} by {}", command, who);
            run(event, where);
        });
    }

    private static String reason(ModeratorCheck.Access access) {
        return switch (access) {
            case NOT_IN_SERVER -> "not in a server";
            case NOT_AN_ADMIN_SERVER -> "not one of the servers in discord.admin_guilds";
            default -> "neither Manage Server nor the moderator role";
        };
    }

    private static String refusal(ModeratorCheck.Access access) {
        return switch (access) {
            case NOT_IN_SERVER -> DiscordWording.ADMIN_IN_SERVER_ONLY;
            case NOT_AN_ADMIN_SERVER -> DiscordWording.NOT_AN_ADMIN_SERVER;
            default -> DiscordWording.NOT_ALLOWED;
        };
    }

    private void run(SlashCommandInteractionEvent event, String where) {
        String subcommand = String.valueOf(event.getSubcommandName());
        switch (subcommand) {
            // The moderator's name is the trigger: the audit log says who reloaded.
            case SlashCommands.RELOAD -> replier.reply(event, true,
                    admin.reload(event.getUser().getName()).thenApply(ReloadMessages::reply), where);
            case SlashCommands.TEST -> {
                String question = DiscordText.plain(event.getOption(SlashCommands.QUESTION, "", OptionMapping::getAsString));
                replier.reply(event, true, () -> TestReply.of(question, admin.explain(question)), where);
            }
            case SlashCommands.STATS -> replier.reply(event, true, () -> StatsReply.of(admin.stats()), where);
            case SlashCommands.UNANSWERED ->
                    replier.reply(event, true, () -> UnansweredReply.of(admin.unanswered()), where);
            case SlashCommands.STALE -> replier.reply(event, true, () -> StaleReply.of(admin.stale()), where);
            default -> replier.reply(event, true,
                    CompletableFuture.completedFuture(EmbedRenderer.notice(DiscordWording.UNKNOWN_SUBCOMMAND)), where);
        }
    }
}
