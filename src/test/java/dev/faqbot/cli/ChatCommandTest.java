package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.FaqBot;
import dev.faqbot.testing.Kbs;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console chat loop on the small fixture knowledge base (its model trains in milliseconds). */
class ChatCommandTest {

    private static FaqBot bot;

    @BeforeAll
    static void startBot() {
        bot = new Startup(new PrintWriter(new StringWriter()), Kbs.TODAY).bot(Kbs.good(), SettingsLoader.defaults());
    }

    private static String chat(String... lines) throws Exception {
        StringWriter out = new StringWriter();
        ChatCommand.run(bot, new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void topics_areNumbered_andANumberPicksOne() throws Exception {
        String out = chat("topics", "2", "quit");

        assertTrue(out.contains("Here is what I can answer:\n  1) Is stem cell therapy for ALS approved by the FDA?\n"
                + "  2) What are mesenchymal stem cells (MSCs)?\n"), out);
        assertTrue(out.contains("== What are mesenchymal stem cells (MSCs)? =="), out);
    }

    @Test
    void aNumberWithoutAList_isAskedAsAQuestion() throws Exception {
        String out = chat("7");

        assertTrue(out.contains("I'm not able to answer that") || out.contains("Did you mean"), out);
    }

    @Test
    void anAnswer_offersItsRelatedQuestionsByNumber() throws Exception {
        String out = chat("is stem cell therapy FDA approved for ALS?", "1");

        assertTrue(out.contains("Related questions:\n  1) What are mesenchymal stem cells (MSCs)?"), out);
        assertTrue(out.contains("== What are mesenchymal stem cells (MSCs)? =="), out);
    }

    @Test
    void anEmergency_isShownFirstAndLoud() throws Exception {
        String out = chat("help i cant breathe");

        assertTrue(out.contains("you> !! Call for help now !!\n\nIf someone cannot breathe or is choking: call 911 (US, Canada)"), out);
    }

    @Test
    void endOfInputOrQuit_endsTheChat() throws Exception {
        assertEquals(chat("quit", "hello"), chat("QUIT"));
        assertTrue(chat().endsWith("you> \n"));
    }
}
