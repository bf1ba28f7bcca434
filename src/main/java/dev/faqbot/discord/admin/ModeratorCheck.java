package dev.faqbot.discord.admin;

import java.util.Objects;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who may use {@code /faq-admin}: in one of the bot's own servers ({@code discord.admin_guilds}), a member with
 * Manage Server or with the role whose id is {@code discord.moderator_role}. Anywhere else nobody, whatever their
 * rights there: whoever adds the bot to a server of their own is Manage Server there. Discord hides the command
 * outside those servers and from other members, but a client can send any command, so every call is checked here.
 */
public final class ModeratorCheck {

    /** Whether a call is allowed, and why. */
    enum Access {
        MANAGE_SERVER(true), MODERATOR_ROLE(true),
        /** Not from a server: a direct message, where there are no roles to check. */
        NOT_IN_SERVER(false),
        /** From a server not listed in {@code discord.admin_guilds}. */
        NOT_AN_ADMIN_SERVER(false),
        /** In a server, without Manage Server and without the moderator role. */
        DENIED(false);

        private final boolean allowed;

        Access(boolean allowed) {
            this.allowed = allowed;
        }

        boolean allowed() {
            return allowed;
        }

        /** Why a call was refused, for the audit log. */
        String reason() {
            return switch (this) {
                case NOT_IN_SERVER -> "not in a server";
                case NOT_AN_ADMIN_SERVER -> "not one of the servers in discord.admin_guilds";
                default -> "neither Manage Server nor the moderator role";
            };
        }
    }

    private final String roleId;
    private final Set<String> adminGuilds;

    /**
     * @param roleId      the moderator role's id; empty: Manage Server only
     * @param adminGuilds the ids of the servers whose moderators may use the command
     */
    public ModeratorCheck(String roleId, Set<String> adminGuilds) {
        this.roleId = Objects.requireNonNull(roleId, "roleId").strip();
        this.adminGuilds = Set.copyOf(adminGuilds);
    }

    Access check(Interaction interaction) {
        Member member = interaction.getMember();
        if (!interaction.isFromGuild() || member == null || interaction.getGuild() == null) {
            return Access.NOT_IN_SERVER;
        }
        if (!adminGuilds.contains(interaction.getGuild().getId())) {
            return Access.NOT_AN_ADMIN_SERVER;
        }
        if (member.isDetached()) {
            // The bot is not in that server (a user-installed app): it cannot see the member's roles.
            return Access.DENIED;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return Access.MANAGE_SERVER;
        }
        // By id only: a role name can be given to a new role by anyone who may manage roles.
        boolean hasRole = !roleId.isEmpty() && member.getRoles().stream().anyMatch(r -> r.getId().equals(roleId));
        return hasRole ? Access.MODERATOR_ROLE : Access.DENIED;
    }
}
