package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.FaqBot;
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
    void anOverheardMessageCountsAsAQuestionOnlyWhenTheBotSpeaks() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        List<Outcome> told = new CopyOnWriteArrayList<>();
        bot.addListener((outcome, decision) -> told.add(outcome));
        Answers answers = Answers.of(bot);

        assertTrue(answers.overhear("the weather is lovely today, who won the football").isEmpty());
        assertEquals(List.of(), told, "chatter the bot stays silent on is neither counted nor logged");

        assertInstanceOf(Outcome.Answered.class, answers.overhear(MiniKb.MSC_QUESTION).orElseThrow());
        assertInstanceOf(Outcome.Emergency.class, answers.overhear("help i cant breathe").orElseThrow());
        assertEquals(2, told.size());
    }
}
