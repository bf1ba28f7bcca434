package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.moderation.QuestionGroup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReviewPrinterTest {

    @Test
    void print_showsEachGroupWithCountTimeClosestIntentAndWordings() {
        StringWriter text = new StringWriter();
        List<QuestionGroup> groups = List.of(
                new QuestionGroup(3, List.of("are knee injections safe", "knee stem cells safe?"),
                        Instant.parse("2026-03-01T14:00:00Z"), Map.of("fallback", 2L, "not_helpful", 1L),
                        Optional.of(new QuestionGroup.Resemblance("risks", 0.4167))),
                new QuestionGroup(2, List.of("whats the weather"), Instant.parse("2026-02-27T09:00:00Z"),
                        Map.of("fallback", 2L), Optional.empty()));

        new ReviewPrinter(new PrintWriter(text)).print("data/unanswered.jsonl", 7, groups, 2);

        assertEquals("""
                7 logged question(s) in data/unanswered.jsonl; 2 group(s) of 2 or more, largest first.

                 1) 3 question(s), last 2026-03-01 14:00 UTC, most like risks (0.42); fallback 2, not_helpful 1
                    - are knee injections safe
                    - knee stem cells safe?

                 2) 2 question(s), last 2026-02-27 09:00 UTC, like no intent; fallback 2
                    - whats the weather

                Add the good wordings as examples to the intent they belong to (or write a new intent), then run validate.
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void review_isACommandOfTheCli() {
        assertTrue(new CommandLine(new Main()).getSubcommands().containsKey("review"));
    }
}
