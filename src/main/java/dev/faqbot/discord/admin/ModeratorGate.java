package dev.faqbot.discord.admin;

import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import java.util.Objects;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of the moderators' commands ({@code /faq-admin}, {@code /faq post}): asks {@link ModeratorCheck} on every
 * call, refuses privately, and writes both refusals and allowed calls to the audit log.
 */
final class ModeratorGate {

    /** Moderator actions go where reloads go: the audit log, kept at INFO whatever the root level. */
    private static final Logger AUDIT = LoggerFactory.getLogger("faqbot.audit");

    private final ModeratorCheck check;
    private final FailureLog failures;

    ModeratorGate(ModeratorCheck check, FailureLog failures) {
        this.check = Objects.requireNonNull(check, "check");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    /**
     * True when the caller may go on ({@code action} is then audited); otherwise the caller has been told why not.
     *
     * @param command what the refusal names ("/faq-admin")
     * @param action  what the audit log says was done ("/faq-admin stats")
     */
    boolean admits(SlashCommandInteractionEvent event, String command, String action, String where) {
        String who = event.getUser().getName() + " (" + event.getUser().getId() + ")";
        ModeratorCheck.Access access = check.check(event);
        if (!access.allowed()) {
            AUDIT.warn("refused {} from {} in server {}: {}", action, who,
                    event.getGuild() == null ? "none" : event.getGuild().getId(), access.reason());
            event.reply(EmbedRenderer.notice(refusal(access, command))).setEphemeral(true)
                    .queue(null, failures.onFailure("refuse", where));
            return false;
        }
        AUDIT.info("{} by {}", action, who);
        return true;
    }

    /** Why a call was refused, in the member's terms. */
    static String refusal(ModeratorCheck.Access access, String command) {
        return switch (access) {
            case NOT_IN_SERVER -> DiscordWording.inServerOnly(command);
            case NOT_AN_ADMIN_SERVER -> DiscordWording.notAnAdminServer(command);
            default -> DiscordWording.notAllowed(command);
        };
    }
}
