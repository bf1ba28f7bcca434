package dev.faqbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectMenu;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** Whatever the knowledge base holds, every message stays within Discord's limits and no link is cut. */
class RenderLimitsTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(https://example\\.org/page/\\d+/end\\)");
    private static final Pattern URL = Pattern.compile("https://example\\.org/page/\\d+/end\\b");

    @Test
    void ourLimitsAreDiscordsAsJdaKnowsThem() {
        assertEquals(MessageEmbed.TITLE_MAX_LENGTH, Limits.EMBED_TITLE);
        assertEquals(MessageEmbed.DESCRIPTION_MAX_LENGTH, Limits.EMBED_DESCRIPTION);
        assertEquals(MessageEmbed.VALUE_MAX_LENGTH, Limits.FIELD_VALUE);
        assertEquals(MessageEmbed.TITLE_MAX_LENGTH, Limits.FIELD_NAME);
        assertEquals(MessageEmbed.TEXT_MAX_LENGTH, Limits.FOOTER);
        assertEquals(MessageEmbed.EMBED_MAX_LENGTH_BOT, Limits.EMBED_TOTAL);
        assertEquals(Message.MAX_CONTENT_LENGTH, Limits.CONTENT);
        assertEquals(Message.MAX_COMPONENT_COUNT, Limits.ROWS);
        assertEquals(Button.LABEL_MAX_LENGTH, Limits.BUTTON_LABEL);
        assertEquals(Button.ID_MAX_LENGTH, Limits.CUSTOM_ID);
        assertEquals(SelectMenu.OPTIONS_MAX_AMOUNT, Limits.SELECT_OPTIONS);
        assertEquals(SelectOption.LABEL_MAX_LENGTH, Limits.OPTION_LABEL);
    }

    @Test
    void anOversizedAnswerFitsEveryEmbedLimit() {
        MessageEmbed embed = EmbedRenderer.render(oversized()).getEmbeds().get(0);

        assertTrue(embed.getTitle().length() <= 256 && embed.getTitle().endsWith(Fit.ELLIPSIS), embed.getTitle());
        assertTrue(embed.getDescription().length() <= 4_096 && embed.getDescription().endsWith(Fit.ELLIPSIS));
        assertTrue(embed.getFields().get(0).getValue().length() <= 1_024);
        assertTrue(embed.getFooter().getText().length() <= 2_048);
        assertTrue(embed.getLength() <= 6_000, "whole embed: " + embed.getLength());
        assertTrue(embed.isSendable());
    }

    @Test
    void sourcesThatDoNotFitAreLeftOutWholeAndCounted() {
        String sources = EmbedRenderer.render(oversized()).getEmbeds().get(0).getFields().get(0).getValue();
        List<String> lines = sources.lines().toList();

        assertTrue(lines.get(lines.size() - 1).matches("…and \\d+ more"), lines.get(lines.size() - 1));
        lines.subList(0, lines.size() - 1).forEach(line -> assertTrue(line.matches("• \\[[^\\]]*]\\(https://[^)]*\\)"), line));
        int shown = lines.size() - 1;
        int left = Integer.parseInt(lines.get(lines.size() - 1).replaceAll("\\D", ""));
        assertEquals(40, shown + left);
    }

    @Test
    void aShortenedAnswerNeverEndsInsideALink() {
        String description = EmbedRenderer.render(oversized()).getEmbeds().get(0).getDescription();

        Matcher links = LINK.matcher(description);
        int markdownLinks = 0;
        while (links.find()) {
            markdownLinks++;
        }
        Matcher urls = URL.matcher(description);
        int wholeUrls = 0;
        while (urls.find()) {
            wholeUrls++;
        }
        assertTrue(markdownLinks > 10, "the answer was cut late enough to test something");
        assertEquals(count(description, "https://"), wholeUrls, "every URL is whole");
        assertEquals(count(description, "]("), markdownLinks, "every markdown link is whole");
    }

    @Test
    void buttonsStayWithinFiveRowsOfFiveWithShortLabelsAndIds() {
        MessageCreateData message = EmbedRenderer.render(oversized());
        List<ActionRow> rows = message.getComponents().stream().map(c -> c.asActionRow()).toList();

        assertEquals(5, rows.size());
        rows.forEach(row -> assertTrue(row.getComponents().size() <= 5));
        rows.stream().flatMap(row -> row.getComponents().stream()).map(c -> c.asButton()).forEach(button -> {
            assertTrue(button.getLabel().length() <= 80, button.getLabel());
            assertTrue(button.getCustomId().length() <= 100, button.getCustomId());
        });
        assertEquals(List.of("faq:yes:big", "faq:no:big"), EmbedRendererTest.ids(rows.get(4)));
    }

    @Test
    void anIntentWhoseIdWouldMakeTooLongACustomIdGetsNoButton() {
        String longId = "x".repeat(95);
        Response answer = Fixtures.response(longId, "Long id");
        Outcome.Answered answered = new Outcome.Answered("q", answer, 0.9, "",
                List.of(Fixtures.response(longId, "Related with a long id"), Fixtures.response("ok", "Fine")));

        List<ActionRow> rows = EmbedRenderer.render(answered).getComponents().stream().map(c -> c.asActionRow()).toList();
        assertEquals(1, rows.size(), "no feedback row");
        assertEquals(List.of("faq:pick:ok"), EmbedRendererTest.ids(rows.get(0)));
    }

    @Test
    void aClarificationWithManyCandidatesStaysWithinFiveRowsOfFive() {
        Outcome.Clarify clarify = new Outcome.Clarify("q", Fixtures.topics(40), 0.3);
        List<ActionRow> rows = EmbedRenderer.render(clarify).getComponents().stream().map(c -> c.asActionRow()).toList();

        assertEquals(5, rows.size());
        rows.forEach(row -> assertEquals(5, row.getComponents().size()));
    }

    @Test
    void theTopicMenuHoldsAtMost25OptionsWithShortLabels() {
        List<Response> topics = IntStream.range(0, 40)
                .mapToObj(i -> Fixtures.response("topic_" + i, "A very long topic title " + i + " " + "x".repeat(300)))
                .toList();
        MessageCreateData message = EmbedRenderer.topics(topics);

        var menu = message.getComponents().get(0).asActionRow().getComponents().get(0).asStringSelectMenu();
        assertEquals(25, menu.getOptions().size());
        menu.getOptions().forEach(o -> assertTrue(o.getLabel().length() <= 100 && o.getValue().length() <= 100));
        assertTrue(message.getContent().length() <= 2_000);
        assertTrue(message.getContent().endsWith("more"), "says that titles were left out");
    }

    @Test
    void anOversizedEmergencyStaysWithin2000CharactersAndStartsWithTheAdvice() {
        Outcome.Emergency big = new Outcome.Emergency("help", Fixtures.emergency().danger(),
                new dev.faqbot.kb.EmergencyReply("Call 911 now", "Call 911. ".repeat(400),
                        List.of(new Source("988", "https://988lifeline.org"))));
        MessageCreateData message = EmbedRenderer.render(big);

        assertTrue(message.getContent().length() <= 2_000);
        assertTrue(message.getContent().startsWith("## 🚨 Call 911 now\nCall 911."));
    }

    /** An answer over every limit: long title, answer full of links, 40 sources, 30 related, long disclaimer. */
    private static Outcome.Answered oversized() {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; answer.length() < 9_000; i++) {
            answer.append("Paragraph ").append(i).append(" explains a point, see [page ").append(i)
                    .append("](https://example.org/page/").append(i).append("/end) and https://example.org/page/")
                    .append(i).append("/end for more.\n\n");
        }
        List<Source> sources = IntStream.range(0, 40)
                .mapToObj(i -> new Source("Source " + i + " with a long title " + "y".repeat(60), "https://example.org/s/" + i))
                .toList();
        List<Response> related = IntStream.range(0, 30)
                .mapToObj(i -> Fixtures.response("related_" + i, "Related question " + i + " " + "z".repeat(120)))
                .toList();
        Response big = Fixtures.response("big", "T".repeat(1_000), answer.toString(), sources,
                related.stream().map(Response::id).toList());
        return new Outcome.Answered("q", big, 0.9, "D".repeat(5_000), related);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
