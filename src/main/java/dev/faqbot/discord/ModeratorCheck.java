package dev.faqbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who may use {@code /faq-admin}: a member with Manage Server, or with the role named in
 * {@code discord.moderator_role} (its name or its id). Discord hides the command from everyone else, but a
 * server admin can change who sees it and a client can send any command, so every call is checked here again.
 */
final class ModeratorCheck {

    /** Whether a call is allowed, and why. */
    enum Access {
        MANAGE_SERVER(true), MODERATOR_ROLE(true),
        /** Not from a server: a direct message, where there are no roles to check. */
        NOT_IN_SERVER(false),
        /** In a server, without Manage Server and without the moderator role. */
        DENIED(false);

        private final boolean allowed;

        Access(boolean allowed) {
            this.allowed = allowed;
        }

        boolean allowed() {
            return allowed;
        }
    }

    private final String role;

    /** @param role the moderator role's name or id; empty: Manage Server only */
    ModeratorCheck(String role) {
        this.role = Objects.requireNonNull(role, "role").strip();
    }

    Access check(Interaction interaction) {
        Member member = interaction.getMember();
        if (!interaction.isFromGuild() || member == null) {
            return Access.NOT_IN_SERVER;
        }
        if (member.isDetached()) {
            // The bot is not in that server (a user-installed app): it cannot see the member's roles.
            return Access.DENIED;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return Access.MANAGE_SERVER;
        }
        // The name exactly as spelt: "mods" must not let in the members of a role someone named "Mods".
        boolean hasRole = !role.isEmpty()
                && member.getRoles().stream().anyMatch(r -> r.getId().equals(role) || r.getName().equals(role));
        return hasRole ? Access.MODERATOR_ROLE : Access.DENIED;
    }
}
