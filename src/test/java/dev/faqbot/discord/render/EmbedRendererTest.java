package dev.faqbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.render.Wording;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class EmbedRendererTest {

    @Test
    void anAnswerMatchesItsSnapshot() throws Exception {
        Snapshots.assertMatches("answered", EmbedRenderer.render(Fixtures.answered()));
    }

    @Test
    void aWithdrawnAnswerMatchesItsSnapshot() throws Exception {
        Snapshots.assertMatches("withdrawn", EmbedRenderer.render(Fixtures.withdrawn()));
    }

    @Test
    void aWithdrawnAnswer_showsTheNoticeAndTheSources_neverTheAnswer_andHasNoFeedbackButtons() {
        MessageCreateData message = EmbedRenderer.render(Fixtures.withdrawn());
        MessageEmbed embed = message.getEmbeds().get(0);

        assertEquals("What are MSCs?", embed.getTitle());
        assertEquals(Wording.WITHDRAWN_TEXT, embed.getDescription());
        assertTrue(embed.getFields().get(0).getValue().contains("[NINDS: ALS fact sheet](https://www.ninds.nih.gov/als)"));
        assertFalse(message.toData().toString().contains("bone marrow"), "the withdrawn text is not shown");
        assertEquals(List.of(List.of("faq:pick:risks", "faq:pick:evidence")),
                rows(message).stream().map(EmbedRendererTest::ids).toList());
        assertTrue(message.getContent().contains("call your emergency number"), message.getContent());
    }

    @Test
    void aClarificationMatchesItsSnapshot() throws Exception {
        Snapshots.assertMatches("clarify", EmbedRenderer.render(Fixtures.clarify()));
    }

    @Test
    void aFallbackMatchesItsSnapshot() throws Exception {
        Snapshots.assertMatches("no-match", EmbedRenderer.render(Fixtures.noMatch()));
    }

    @Test
    void anEmergencyMatchesItsSnapshot() throws Exception {
        Snapshots.assertMatches("emergency", EmbedRenderer.render(Fixtures.emergency()));
    }

    @Test
    void theTopicListMatchesItsSnapshot() throws Exception {
        Snapshots.assertMatches("topics", EmbedRenderer.topics(Fixtures.topics(4)));
    }

    @Test
    void anAnswerHasTitleAnswerSourcesReviewedDateAndDisclaimer() {
        MessageEmbed embed = EmbedRenderer.render(Fixtures.answered()).getEmbeds().get(0);

        assertEquals("What are MSCs?", embed.getTitle());
        assertTrue(embed.getDescription().startsWith("**MSCs**"));
        assertEquals(DiscordWording.SOURCES, embed.getFields().get(0).getName());
        assertTrue(embed.getFields().get(0).getValue().contains("[NINDS: ALS fact sheet](https://www.ninds.nih.gov/als)"));
        assertEquals("2026-01-15", embed.getFields().get(1).getValue());
        assertEquals(Fixtures.DISCLAIMER, embed.getFooter().getText());
    }

    @Test
    void anAnswerHasRelatedButtonsThenFeedbackButtons() {
        List<ActionRow> rows = rows(EmbedRenderer.render(Fixtures.answered()));

        assertEquals(List.of("faq:pick:risks", "faq:pick:evidence"), ids(rows.get(0)));
        assertEquals(List.of("faq:yes:msc_basics", "faq:no:msc_basics"), ids(rows.get(1)));
    }

    @Test
    void aSourceTitleWithBracketsCannotBreakItsLink() {
        String sources = EmbedRenderer.render(Fixtures.answered()).getEmbeds().get(0).getFields().get(0).getValue();
        assertTrue(sources.contains("[Petrou et al. (2016) (phase 2)](https://doi.org/"), sources);
    }

    @Test
    void aClarificationHasOneButtonPerCandidate() {
        MessageCreateData message = EmbedRenderer.render(Fixtures.clarify());

        assertTrue(message.getContent().contains(Wording.CLARIFY_TITLE));
        assertEquals(List.of("faq:pick:cost", "faq:pick:unproven_clinics"), ids(rows(message).get(0)));
    }

    @Test
    void aFallbackOffersTheTopicMenu() {
        MessageCreateData message = EmbedRenderer.render(Fixtures.noMatch());

        assertTrue(message.getContent().startsWith(Wording.NO_MATCH_TEXT));
        assertEquals(ComponentIds.TOPICS, rows(message).get(0).getComponents().get(0).asStringSelectMenu().getCustomId());
    }

    @Test
    void aFallbackWithoutTopicsHasNoMenu() {
        MessageCreateData message = EmbedRenderer.render(
                new Outcome.NoMatch("", Decision.Reason.EMPTY, List.of(), 0));

        assertEquals(Wording.EMPTY_TEXT, message.getContent());
        assertTrue(message.getComponents().isEmpty());
    }

    @Test
    void anEmergencyIsPlainProminentTextWithNoButtons() {
        MessageCreateData message = EmbedRenderer.render(Fixtures.emergency());

        assertTrue(message.getContent().startsWith("## 🚨 This may be an emergency: call 911 now\n**Call 911 now**"));
        assertTrue(message.getEmbeds().isEmpty());
        assertTrue(message.getComponents().isEmpty());
    }

    @Test
    void noMessageMayPingAnyone() {
        for (Outcome outcome : List.of(Fixtures.answered(), Fixtures.clarify(), Fixtures.noMatch(), Fixtures.emergency())) {
            MessageCreateData message = EmbedRenderer.render(outcome);
            assertTrue(message.getAllowedMentions().isEmpty(), outcome.getClass().getSimpleName());
            assertTrue(message.getMentionedUsers().isEmpty() && message.getMentionedRoles().isEmpty());
            assertFalse(message.isMentionRepliedUser());
        }
        assertTrue(EmbedRenderer.notice("@everyone").getAllowedMentions().isEmpty());
    }

    private static List<ActionRow> rows(MessageCreateData message) {
        return message.getComponents().stream().map(c -> c.asActionRow()).toList();
    }

    static List<String> ids(ActionRow row) {
        return row.getComponents().stream().map(c -> c.asButton().getCustomId()).toList();
    }
}
