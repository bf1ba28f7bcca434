package dev.faqbot.discord.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.junit.jupiter.api.Test;

/** Who may use /faq-admin, as the bot checks it on every call, with JDA's member and roles mocked. */
class ModeratorCheckTest {

    private static final String ROLE_ID = "1700000000000000010";
    private static final String OUR_SERVER = "1200000000000000002";
    private static final String ANOTHER_SERVER = "1200000000000000999";

    private final ModeratorCheck byId = new ModeratorCheck(ROLE_ID, Set.of(OUR_SERVER));
    private final ModeratorCheck manageServerOnly = new ModeratorCheck("", Set.of(OUR_SERVER));

    @Test
    void aMemberWithoutTheRoleIsRefused() {
        SlashCommandInteractionEvent call = inServer(member(false, role("999", "Helpers")));

        assertEquals(ModeratorCheck.Access.DENIED, byId.check(call));
        assertFalse(byId.check(call).allowed());
    }

    @Test
    void aMemberWithTheRoleIsAllowed_byItsId() {
        SlashCommandInteractionEvent call = inServer(member(false, role("999", "Helpers"), role(ROLE_ID, "Moderators")));

        assertEquals(ModeratorCheck.Access.MODERATOR_ROLE, byId.check(call));
        assertTrue(byId.check(call).allowed());
    }

    @Test
    void aRoleWithTheSameNameButAnotherIdIsNotTheModeratorRole() {
        SlashCommandInteractionEvent call = inServer(member(false, role("998", "Moderators")));

        assertEquals(ModeratorCheck.Access.DENIED, byId.check(call));
    }

    @Test
    void inAServerNotListedInAdminGuilds_evenManageServerOrTheRoleIsRefused() {
        SlashCommandInteractionEvent call = inServer(member(true, role(ROLE_ID, "Moderators")), ANOTHER_SERVER);

        assertEquals(ModeratorCheck.Access.NOT_AN_ADMIN_SERVER, byId.check(call));
        assertFalse(byId.check(call).allowed());
        assertEquals(ModeratorCheck.Access.NOT_AN_ADMIN_SERVER,
                new ModeratorCheck(ROLE_ID, Set.of()).check(inServer(member(true))), "no server listed: none");
    }

    @Test
    void manageServerIsAllowedWithOrWithoutARoleSetting() {
        SlashCommandInteractionEvent call = inServer(member(true));

        assertEquals(ModeratorCheck.Access.MANAGE_SERVER, byId.check(call));
        assertEquals(ModeratorCheck.Access.MANAGE_SERVER, manageServerOnly.check(call));
    }

    @Test
    void withNoRoleSetOnlyManageServerIsAllowed() {
        SlashCommandInteractionEvent call = inServer(member(false, role(ROLE_ID, "Moderators"), role("5", "")));

        assertEquals(ModeratorCheck.Access.DENIED, manageServerOnly.check(call));
    }

    @Test
    void aDirectMessageIsRefused() {
        SlashCommandInteractionEvent call = mock(SlashCommandInteractionEvent.class);
        when(call.isFromGuild()).thenReturn(false);

        assertEquals(ModeratorCheck.Access.NOT_IN_SERVER, byId.check(call));
        assertFalse(byId.check(call).allowed());
    }

    @Test
    void aMemberOfAServerTheBotIsNotInIsRefused() {
        Member detached = member(true, role(ROLE_ID, "Moderators"));
        when(detached.isDetached()).thenReturn(true);

        assertEquals(ModeratorCheck.Access.DENIED, byId.check(inServer(detached)));
    }

    private static SlashCommandInteractionEvent inServer(Member member) {
        return inServer(member, OUR_SERVER);
    }

    private static SlashCommandInteractionEvent inServer(Member member, String serverId) {
        SlashCommandInteractionEvent call = mock(SlashCommandInteractionEvent.class);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(serverId);
        when(call.isFromGuild()).thenReturn(true);
        when(call.getMember()).thenReturn(member);
        when(call.getGuild()).thenReturn(guild);
        return call;
    }

    private static Member member(boolean manageServer, Role... roles) {
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        when(member.getRoles()).thenReturn(List.of(roles));
        return member;
    }

    private static Role role(String id, String name) {
        Role role = mock(Role.class);
        when(role.getId()).thenReturn(id);
        when(role.getName()).thenReturn(name);
        return role;
    }
}
