package dev.faqbot.discord.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core as the Discord adapter sees it. */
class AnswersTest {

    @TempDir
    Path root;

    @Test
    void lookingIsNotAsking_onlyAnAnsweredQuestionIsToldToTheListeners() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        List<Origin> told = new CopyOnWriteArrayList<>();
        bot.addListener(new dev.faqbot.core.OutcomeListener() {
            @Override
            public void onOutcome(Outcome outcome, dev.faqbot.core.Decision decision) {
                told.add(Origin.UNKNOWN);
            }

            @Override
            public void onOutcome(Outcome outcome, dev.faqbot.core.Decision decision, Origin origin) {
                told.add(origin);
            }
        });
        Answers answers = Answers.of(bot);

        assertInstanceOf(Outcome.NoMatch.class, answers.peek("the weather is lovely today, who won the football"));
        assertInstanceOf(Outcome.Emergency.class, answers.urgent("help i cant breathe").orElseThrow());
        assertTrue(answers.urgent(MiniKb.MSC_QUESTION).isEmpty(), "no pattern matches an ordinary question");
        assertEquals(List.of(), told, "looking is neither counted nor logged");

        assertInstanceOf(Outcome.Answered.class, answers.ask(MiniKb.MSC_QUESTION, Origin.server("42")));
        assertEquals(List.of(Origin.server("42")), told, "the server the question came from is told");
    }
}
