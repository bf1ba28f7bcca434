package dev.faqbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentIdsTest {

    @Test
    void aPickIdCarriesItsIntent() {
        String id = ComponentIds.pick("risks").orElseThrow();
        assertEquals(Optional.of(new ComponentIds.Action.Pick("risks")), ComponentIds.parse(id));
    }

    @Test
    void feedbackIdsCarryTheIntentAndTheVote() {
        assertEquals(Optional.of(new ComponentIds.Action.Feedback("risks", true, "")),
                ComponentIds.parse(ComponentIds.feedback("risks", true).orElseThrow()));
        assertEquals(Optional.of(new ComponentIds.Action.Feedback("risks", false, "")),
                ComponentIds.parse(ComponentIds.feedback("risks", false).orElseThrow()));
    }

    @Test
    void aNotHelpfulIdCanCarryTheKeyOfTheQuestion() {
        String id = ComponentIds.feedback("risks", false, Optional.of("k3y")).orElseThrow();

        assertEquals("faq:no:risks:k3y", id);
        assertEquals(Optional.of(new ComponentIds.Action.Feedback("risks", false, "k3y")), ComponentIds.parse(id));
    }

    @Test
    void aKeyThatWouldMakeTheIdTooLongIsLeftOut() {
        String intent = "x".repeat(90);

        assertEquals("faq:no:" + intent, ComponentIds.feedback(intent, false, Optional.of("abcdefghijklm")).orElseThrow());
        assertEquals("faq:no:risks", ComponentIds.feedback("risks", false, Optional.empty()).orElseThrow());
    }

    @Test
    void idsLongerThanDiscordAllowsAreNotMade() {
        assertTrue(ComponentIds.pick("x".repeat(92)).isEmpty());
        assertEquals(100, ComponentIds.pick("x".repeat(91)).orElseThrow().length());
    }

    @Test
    void idsTheBotDidNotMakeMeanNothing() {
        for (String id : new String[] {null, "", "faq:pick:", "other:thing", "faq:topics", "faq:maybe:risks"}) {
            assertEquals(Optional.empty(), ComponentIds.parse(id), String.valueOf(id));
        }
    }
}
