package dev.faqbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Outcome;
import dev.faqbot.kb.CrisisRules;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Response;
import dev.faqbot.testing.Kbs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers as the console shows them: terminal text, console words, one choice worded as one. */
class ConsoleRendererTest {

    private static final ConsoleRenderer CHAT = new ConsoleRenderer();

    private static String answer(String intent) {
        KnowledgeBase kb = Kbs.shipped();
        Response response = kb.response(intent).orElseThrow();
        return CHAT.render(new Outcome.Answered("q", response, 1.0, "", List.of())).text();
    }

    @Test
    void theShippedGreetingAndHelp_useConsoleWords_notDiscordCommands() {
        for (String intent : List.of("greeting", "bot_help")) {
            String text = answer(intent);

            assertFalse(text.contains("/ask"), text);
            assertFalse(text.contains("mention me"), text);
            assertTrue(text.contains(ConsoleRenderer.CHAT_HOW_TO_ASK), text);
        }
        assertTrue(answer("greeting").contains("\"How do I find a trial?\" " + ConsoleRenderer.CHAT_HOW_TO_ASK + "\n"),
                answer("greeting"));
        assertTrue(answer("bot_help").contains(ConsoleRenderer.CHAT_HOW_TO_ASK + " One question at a time works best."),
                answer("bot_help"));
    }

    @Test
    void everyShippedAnswer_isShownWithoutMarkdownMarks() {
        for (Response response : Kbs.shipped().responses().values()) {
            String text = answer(response.id());

            assertFalse(text.contains("**"), text);
            assertFalse(text.contains("]("), text);
        }
    }

    @Test
    void theCommandLine_saysHowToAskFromTheCommandLine() {
        Response greeting = Kbs.shipped().response("greeting").orElseThrow();
        String text = new ConsoleRenderer(TerminalText.plain(), ConsoleRenderer.COMMAND_HOW_TO_ASK)
                .render(new Outcome.Answered("hi", greeting, 1.0, "", List.of())).text();

        assertTrue(text.contains(ConsoleRenderer.COMMAND_HOW_TO_ASK), text);
    }

    @Test
    void oneChoice_isAskedAsDidYouMeanIt() {
        Response msc = Kbs.shipped().response("msc_basics").orElseThrow();

        ConsoleRenderer.Rendered rendered = CHAT.render(new Outcome.Clarify("mscs", List.of(msc), 0.4));

        assertEquals("""
                Did you mean: What are mesenchymal stem cells (MSCs)?
                Type 1 to see that answer, or ask again in other words.

                %s
                """.formatted(CrisisRules.DEFAULT_DANGER_LINE), rendered.text());
        assertEquals(List.of("msc_basics"), rendered.choices());
    }

    @Test
    void severalChoices_areANumberedList() {
        KnowledgeBase kb = Kbs.shipped();
        List<Response> two = List.of(kb.response("msc_basics").orElseThrow(), kb.response("exosomes").orElseThrow());

        ConsoleRenderer.Rendered rendered = CHAT.render(new Outcome.Clarify("stem", two, 0.4));

        assertTrue(rendered.text().startsWith(Wording.CLARIFY_TITLE + "\n  1) What are mesenchymal stem cells (MSCs)?\n  2) "),
                rendered.text());
        assertEquals(List.of("msc_basics", "exosomes"), rendered.choices());
    }
}
