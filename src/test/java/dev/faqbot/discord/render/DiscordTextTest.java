package dev.faqbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "user mention                | <@123456789012345678> what are MSCs     | what are MSCs",
            "nickname mention            | <@!123456789012345678> what are MSCs    | what are MSCs",
            "role mention                | hey <@&987654321> what are MSCs         | hey   what are MSCs",
            "channel mention             | asked in <#555555555> what are MSCs     | asked in   what are MSCs",
            "@everyone and @here         | @everyone @here what are MSCs           | what are MSCs",
            "custom emoji                | what are MSCs <:thinking_face:123456>   | what are MSCs",
            "animated emoji              | <a:wave:98765> hello                    | hello",
            "timestamp                   | trial starts <t:1767225600:R> right?    | trial starts   right?",
            "command mention             | try </faq topics:123456> please         | try   please",
            "an e-mail is not a mention  | write to a@everyone.example             | write to a@everyone.example",
            "markdown is the core's      | **what** are [MSCs](https://x.example)  | **what** are [MSCs](https://x.example)"})
    void plain_takesDiscordsOwnMarkupOut(String why, String content, String expected) {
        assertEquals(expected, DiscordText.plain(content));
    }

    @Test
    void onlyMentionsAndEmoji_leaveNothing() {
        assertEquals("", DiscordText.plain("<@1> <@!2> <@&3> <#4> @everyone @here <:x:5> <a:y:6>").strip());
        assertEquals("", DiscordText.plain(null));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @ValueSource(strings = {"<", "<@", "<@1", "<@!1", "<#", "<a:", "<:a", "<:a:1", "<t:", "<t:1:", "</", "</a:",
            "@", "@every", "@everyone", "1", " ", "a"})
    void markupAndLinks_areReadInLinearTime(String unit) {
        Steps.assertLinear("mentions on \"" + unit + "\"", text -> DiscordText.markup().matcher(text).replaceAll(" "),
                n -> Steps.repeat(unit, n));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @ValueSource(strings = {"[", "[a", "[a](", "](", "](x", "(", "<", "<http://", "<https://a", "http://", "h", " "})
    void fitsLinkPattern_readsAQuestionInLinearTime(String unit) {
        Steps.assertLinear("links on \"" + unit + "\"", text -> {
            java.util.regex.Matcher links = Fit.links().matcher(text);
            int count = 0;
            while (links.find()) {
                count++;
            }
            return count;
        }, n -> Steps.repeat(unit, n));
    }
}
