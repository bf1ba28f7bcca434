package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.junit.jupiter.api.Test;

/** Who may use /faq-admin, as the bot checks it on every call, with JDA's member and roles mocked. */
class ModeratorCheckTest {

    private static final String ROLE_ID = "1700000000000000010";

    private final ModeratorCheck byName = new ModeratorCheck("Moderators");
    private final ModeratorCheck byId = new ModeratorCheck(ROLE_ID);
    private final ModeratorCheck manageServerOnly = new ModeratorCheck("");

    @Test
    void aMemberWithoutTheRoleIsRefused() {
        SlashCommandInteractionEvent call = inServer(member(false, role("999", "Helpers")));

        assertEquals(ModeratorCheck.Access.DENIED, byName.check(call));
        assertEquals(ModeratorCheck.Access.DENIED, byId.check(call));
        assertFalse(byName.check(call).allowed());
    }

    @Test
    void aMemberWithTheRoleIsAllowed_byItsNameOrItsId() {
        SlashCommandInteractionEvent call = inServer(member(false, role("999", "Helpers"), role(ROLE_ID, "Moderators")));

        assertEquals(ModeratorCheck.Access.MODERATOR_ROLE, byName.check(call));
        assertEquals(ModeratorCheck.Access.MODERATOR_ROLE, byId.check(call));
        assertTrue(byName.check(call).allowed());
    }

    @Test
    void theRoleNameMustBeSpeltExactly() {
        SlashCommandInteractionEvent call = inServer(member(false, role("998", "moderators")));

        assertEquals(ModeratorCheck.Access.DENIED, byName.check(call));
    }

    @Test
    void manageServerIsAllowedWithOrWithoutARoleSetting() {
        SlashCommandInteractionEvent call = inServer(member(true));

        assertEquals(ModeratorCheck.Access.MANAGE_SERVER, byName.check(call));
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

        assertEquals(ModeratorCheck.Access.NOT_IN_SERVER, byName.check(call));
        assertFalse(byName.check(call).allowed());
    }

    @Test
    void aMemberOfAServerTheBotIsNotInIsRefused() {
        Member detached = member(true, role(ROLE_ID, "Moderators"));
        when(detached.isDetached()).thenReturn(true);

        assertEquals(ModeratorCheck.Access.DENIED, byName.check(inServer(detached)));
    }

    private static SlashCommandInteractionEvent inServer(Member member) {
        SlashCommandInteractionEvent call = mock(SlashCommandInteractionEvent.class);
        when(call.isFromGuild()).thenReturn(true);
        when(call.getMember()).thenReturn(member);
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
