package dev.faqbot.discord.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://discord.com/channels/12/34/56", "https://ptb.discord.com/channels/12/34/56",
            "https://canary.discordapp.com/channels/12/34/56/", " <https://discord.com/channels/12/34/56> "})
    void copiedMessageLinks_areRead(String text) {
        MessageLink link = MessageLink.parse(text).orElseThrow();

        assertEquals(new MessageLink("12", "34", "56"), link);
        assertTrue(link.isIn("12", "34"));
        assertFalse(link.isIn("12", "35"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "56", "the message above", "https://discord.com/channels/12/34",
            "http://discord.com/channels/12/34/56", "https://evil.example/discord.com/channels/12/34/56",
            "https://discord.com/channels/12/34/56 and more"})
    void anythingElse_isNotALink(String text) {
        assertEquals(Optional.empty(), MessageLink.parse(text));
    }
}
