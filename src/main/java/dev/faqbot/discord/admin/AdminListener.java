package dev.faqbot.discord.admin;

import dev.faqbot.chart.StatsChart;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.render.DiscordText;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.discord.render.SlashCommands;
import java.util.Objects;
import java.util.Optional;
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
public final class AdminListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AdminListener.class);

    private final Admin admin;
    private final ModeratorGate gate;
    private final InteractionReplier replier;
    private final FailureLog failures;

    public AdminListener(Admin admin, ModeratorCheck check, InteractionReplier replier, FailureLog failures) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.replier = Objects.requireNonNull(replier, "replier");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.gate = new ModeratorGate(check, failures);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!SlashCommands.ADMIN.equals(event.getName())) {
            return;
        }
        String command = "/" + event.getFullCommandName();
        String where = command + " from user " + event.getUser().getId() + " in channel " + event.getChannelId();
        failures.guard(where, () -> {
            if (gate.admits(event, "/" + SlashCommands.ADMIN, command, where)) {
                run(event, where);
            }
        });
    }

    /** The chart as PNG; empty, with a log line, when it cannot be drawn: the numbers still go out. */
    private Optional<byte[]> chart(String where) {
        try {
            return Optional.of(StatsChart.png(admin.chart()));
        } catch (RuntimeException | Error e) {
            // a JRE without fonts throws InternalError or a plain Error from AWT; out of memory is not ours to hide
            if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
                throw e;
            }
            LOG.warn("Could not draw the statistics chart for {}: {}", where, e.toString());
            return Optional.empty();
        }
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
            case SlashCommands.STATS -> replier.reply(event, true,
                    () -> StatsReply.of(admin.stats(), chart(where)), where);
            case SlashCommands.UNANSWERED ->
                    replier.reply(event, true, () -> UnansweredReply.of(admin.unanswered()), where);
            case SlashCommands.STALE -> replier.reply(event, true, () -> StaleReply.of(admin.stale()), where);
            default -> replier.reply(event, true,
                    CompletableFuture.completedFuture(EmbedRenderer.notice(DiscordWording.UNKNOWN_SUBCOMMAND)), where);
        }
    }
}
