package dev.faqbot.discord.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.discord.render.Snapshots;
import dev.faqbot.moderation.ReloadResult;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** What each /faq-admin reply and each mod-log post looks like, and that none of them goes over a Discord limit. */
class AdminRepliesTest {

    @Test
    void testRepliesMatchTheirSnapshots() throws Exception {
        Snapshots.assertMatches("admin-test-answered", TestReply.of("What are *MSCs*?", AdminFixtures.answered()));
        Snapshots.assertMatches("admin-test-clarify", TestReply.of("cost", AdminFixtures.clarify()));
        Snapshots.assertMatches("admin-test-declined", TestReply.of("weather?", AdminFixtures.declined()));
        Snapshots.assertMatches("admin-test-emergency", TestReply.of("can't breathe", AdminFixtures.emergency()));
    }

    @Test
    void statsMatchItsSnapshot() throws Exception {
        Snapshots.assertMatches("admin-stats", StatsReply.of(AdminFixtures.stats()));
    }

    @Test
    void stats_withTheChart_attachItAsAPngTheEmbedShows() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        MessageCreateData reply = StatsReply.of(AdminFixtures.stats(), Optional.of(png));

        assertEquals(1, reply.getFiles().size());
        assertEquals(StatsReply.CHART_FILE, reply.getFiles().get(0).getName());
        assertEquals("attachment://" + StatsReply.CHART_FILE, reply.getEmbeds().get(0).getImage().getUrl());
        assertTrue(StatsReply.of(AdminFixtures.stats()).getFiles().isEmpty(), "no chart, no attachment");
    }

    @Test
    void unansweredMatchesItsSnapshot_andSaysWhenTheLearningLoopIsOff() throws Exception {
        Snapshots.assertMatches("admin-unanswered", UnansweredReply.of(AdminFixtures.unanswered()));

        MessageEmbed off = UnansweredReply.of(Optional.empty()).getEmbeds().get(0);
        assertEquals(DiscordWording.LEARNING_OFF, off.getDescription());
        assertTrue(off.getDescription().contains("**off**"));
    }

    @Test
    void staleMatchesItsSnapshot_andSaysWhenNothingIsDue() throws Exception {
        Snapshots.assertMatches("admin-stale", StaleReply.of(AdminFixtures.stale()));

        String none = StaleReply.of(new FakeAdmin().stale).getEmbeds().get(0).getDescription();
        assertEquals("No answer is due for review in the next 30 days.", none);
    }

    @Test
    void reloadResultsMatchTheirSnapshots() throws Exception {
        Snapshots.assertMatches("admin-reload-loaded", ReloadMessages.reply(AdminFixtures.loaded()));
        Snapshots.assertMatches("admin-reload-refused", ReloadMessages.reply(AdminFixtures.refused(2)));
        Snapshots.assertMatches("admin-reload-unchanged",
                ReloadMessages.reply(new ReloadResult.Unchanged("modmary", "a3134fa0c340")));
    }

    @Test
    void oversizedRepliesStayWithinEveryLimit() {
        List<MessageCreateData> replies = List.of(
                TestReply.of("why ".repeat(2_000), AdminFixtures.oversizedAnswer()),
                StatsReply.of(AdminFixtures.oversizedStats()),
                UnansweredReply.of(AdminFixtures.oversizedUnanswered()),
                StaleReply.of(AdminFixtures.oversizedStale()));

        replies.forEach(AdminRepliesTest::assertWithinLimits);
        String perIntent = replies.get(1).getEmbeds().get(0).getFields().stream()
                .filter(f -> "Answers per intent".equals(f.getName())).findFirst().orElseThrow().getValue();
        assertTrue(perIntent.lines().reduce((a, b) -> b).orElseThrow().matches("…and \\d+ more"), perIntent);
        String stale = replies.get(3).getEmbeds().get(0).getDescription();
        assertTrue(stale.startsWith("300 answer(s), 299 overdue, 269 withdrawn."), stale);
        assertTrue(stale.endsWith(" more"), stale);
    }

    @Test
    void aLongRefusalIsSplitIntoCodeBlocksOfAtMost2000Characters_andTheRestIsCounted() {
        List<MessageCreateData> posts = ReloadMessages.of(AdminFixtures.refused(300), ModLog.MAX_MESSAGES);

        assertEquals(ModLog.MAX_MESSAGES, posts.size());
        posts.forEach(AdminRepliesTest::assertWithinLimits);
        assertTrue(posts.get(0).getContent().startsWith("⛔ Knowledge base NOT reloaded (file change: responses/msc_basics"
                + ".yml): 300 error(s); still serving a3134fa0c340.\n```\nresponses/msc_basics.yml:3: title: "),
                posts.get(0).getContent());
        int listed = 0;
        for (MessageCreateData post : posts) {
            String content = post.getContent();
            int fences = content.split("```", -1).length - 1;
            assertEquals(2, fences, "one whole code block per message (a fence in a message is defused): " + content);
            listed += (int) content.lines().filter(l -> l.startsWith("responses/msc_basics.yml:")).count();
        }
        String last = posts.get(posts.size() - 1).getContent();
        String more = last.lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("…and " + (300 - listed) + " more (`faqbot validate` lists them all)", more);
    }

    @Test
    void aShortRefusalIsOneMessage() {
        List<MessageCreateData> posts = ReloadMessages.of(AdminFixtures.refused(2), ModLog.MAX_MESSAGES);

        assertEquals(1, posts.size());
        assertTrue(posts.get(0).getContent().endsWith("```"), posts.get(0).getContent());
    }

    @Test
    void uptimeReadsNaturally() {
        assertEquals("42 s", StatsReply.uptime(java.time.Duration.ofSeconds(42)));
        assertEquals("5 min", StatsReply.uptime(java.time.Duration.ofMinutes(5)));
        assertEquals("2 h 3 min", StatsReply.uptime(java.time.Duration.ofMinutes(123)));
        assertEquals("1 d 3 h 5 min", StatsReply.uptime(java.time.Duration.ofMinutes(27 * 60 + 5)));
    }

    /** Every limit Discord checks on a message the bot sends, and that it can ping nobody. */
    static void assertWithinLimits(MessageCreateData message) {
        assertTrue(message.getContent().length() <= Limits.CONTENT, "content: " + message.getContent().length());
        assertEquals(List.of(), List.copyOf(message.getAllowedMentions()), "nobody may be pinged");
        for (MessageEmbed embed : message.getEmbeds()) {
            assertTrue(embed.isSendable(), "embed of " + embed.getLength() + " characters");
            assertTrue(embed.getLength() <= Limits.EMBED_TOTAL);
            assertTrue(embed.getTitle() == null || embed.getTitle().length() <= Limits.EMBED_TITLE);
            assertTrue(embed.getDescription() == null || embed.getDescription().length() <= Limits.EMBED_DESCRIPTION);
            embed.getFields().forEach(f -> {
                assertTrue(f.getName().length() <= Limits.FIELD_NAME, f.getName());
                assertTrue(!f.getValue().isEmpty() && f.getValue().length() <= Limits.FIELD_VALUE, f.getValue());
            });
        }
    }
}
