package dev.faqbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Outcome;
import dev.faqbot.kb.CrisisRules;
import dev.faqbot.kb.Readability;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An answer withdrawn for review, as the console and {@code ask --json} show it: the notice and sources, never the text. */
class WithdrawnRenderingTest {

    private static final Response COST = new Response("cost", "What does it cost?", "SECRET STALE TEXT",
            List.of(new Source("FTC: stem cell clinics", "https://www.ftc.gov/x"),
                    new Source("FDA: warning", "https://www.fda.gov/y")),
            LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 7, 1)), List.of("risks"), true);
    private static final Response RISKS = new Response("risks", "What are the risks?", "r", List.of(),
            LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2027, 1, 1)), List.of(), true);
    private static final Outcome.Withdrawn WITHDRAWN = new Outcome.Withdrawn("how much is it", COST, 0.8, 45,
            List.of(RISKS), CrisisRules.DEFAULT_DANGER_LINE);

    @Test
    void theNotice_readsAtGrade8OrBelow_likeEveryAnswer() {
        double grade = Readability.grade(Wording.WITHDRAWN_TEXT);
        assertTrue(grade <= 8, "grade " + grade);
    }

    @Test
    void console_showsTitleNoticeSourcesDangerLineAndRelated_notTheAnswer() {
        ConsoleRenderer.Rendered rendered = new ConsoleRenderer().render(WITHDRAWN);

        assertEquals("""
                == What does it cost? ==

                %s

                Sources:
                  - FTC: stem cell clinics: https://www.ftc.gov/x
                  - FDA: warning: https://www.fda.gov/y

                %s

                Related questions:
                  1) What are the risks?
                """.formatted(Wording.WITHDRAWN_TEXT, CrisisRules.DEFAULT_DANGER_LINE), rendered.text());
        assertEquals(List.of("risks"), rendered.choices());
    }

    @Test
    void askJson_isAnAnswerWithItsIntentAndSources_markedWithdrawn_withTheNoticeAsItsText() {
        AskJson json = AskJson.of(WITHDRAWN);

        assertEquals("answer", json.outcome());
        assertEquals("cost", json.intent());
        assertEquals(COST.sources(), json.sources());
        assertFalse(json.answer().contains("SECRET"), json.answer());
        assertTrue(json.answer().startsWith(Wording.WITHDRAWN_TEXT), json.answer());
        assertEquals(new AskJson.Withdrawn("2026-07-01", 45), json.withdrawn());
        assertNull(AskJson.of(new Outcome.NoMatch("x", dev.faqbot.core.Decision.Reason.EMPTY, List.of(), 0)).withdrawn());
    }
}
