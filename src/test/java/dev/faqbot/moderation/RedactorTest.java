package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.text.Normaliser;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor(new Normaliser(500));

    @Test
    void discordMentionsRolesAndChannels_areRemoved() {
        assertEquals("can you explain nurown", redactor.redact("<@123456789012345678> <@!42> <@&77> <#99> can you explain NurOwn"));
    }

    @Test
    void plainHandlesEmailsPhoneNumbersAndIds_areRemoved() {
        assertEquals("hey does it cost much? ask at or call",
                redactor.redact("hey @bob_smith does it cost much? ask jane.doe@example.com at @everyone or call (555) 123-4567 "
                        + "123456789012345678"));
    }

    @Test
    void ordinaryNumbersStay() {
        assertEquals("is phase 2 better than 20000-50000 in 2024-05-01", redactor.redact("Is phase 2 better than 20000-50000 in 2024-05-01"));
    }
}
