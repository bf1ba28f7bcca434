package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.testing.Steps;
import dev.faqbot.text.Normaliser;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @ValueSource(strings = {"a", "a@", "@", "a.", "a@a.", "a@a", "<@", "<@1", "1", "12", "(555) ", "555-", "+1 ",
            " ", " ,", "a.b@c.d@", "é"})
    void everyPattern_readsAQuestionInLinearTime(String unit) {
        for (Pattern pattern : Redactor.patterns()) {
            Steps.assertLinear(pattern.pattern() + " on \"" + unit + "\" repeated",
                    text -> pattern.matcher(text).replaceAll(" "), n -> Steps.repeat(unit, n));
        }
    }

    @org.junit.jupiter.api.Test
    void theEmailPatternWasQuadraticOnALongWord_andIsNoLonger() {
        Pattern old = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
        java.util.function.Function<CharSequence, Object> oldWork = text -> old.matcher(text).replaceAll(" ");

        org.junit.jupiter.api.Assertions.assertTrue(Steps.ratio(oldWork, n -> "a".repeat(n), 300, 3_000) > 50);
        Steps.assertLinear("email", text -> Redactor.patterns().get(1).matcher(text).replaceAll(" "), n -> "a".repeat(n));
    }
}
