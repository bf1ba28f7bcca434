package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.FaqBot;
import dev.faqbot.render.ConsoleRenderer;
import dev.faqbot.testing.Kbs;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
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
    void aNumberWithoutAList_saysThereIsNoListYet() throws Exception {
        String out = chat("7");

        assertTrue(out.contains("you> There is no list to choose from yet. Type a question, or \"topics\" to see what"
                + " I can answer.\n"), out);
    }

    @Test
    void aNumberPastTheEndOfTheList_isNoChoice_andTheListStays() throws Exception {
        int topics = bot.knowledgeBase().topics().size();
        String past = String.valueOf(topics + 1);

        String out = chat("topics", past, "#1");

        assertTrue(out.contains("you> There is no choice " + past + "; the last list had " + topics + ".\n"), out);
        assertTrue(out.contains("== " + bot.knowledgeBase().topics().get(0).title() + " =="), out);
    }

    @Test
    void aLongNumberThatIsNoChoice_isReadAsAMessage_soTheReplyShowsTheEmergencyNumbers() throws Exception {
        String out = chat("topics", "911", "99999999999");

        assertFalse(out.contains("There is no choice 911"), out);
        assertFalse(out.contains("There is no choice 99999999999"), out);
        assertEquals(2, out.split("If someone is in danger now", -1).length - 1, out);
    }

    @Test
    void help_isTheChatsHelp_notAnAnswer() throws Exception {
        String out = chat("help", "Help?");

        assertEquals(2, out.split("\"topics\": everything I can answer.", -1).length - 1, out);
        assertFalse(out.contains("=="), out);
    }

    @Test
    void aReloadLine_whileTheUserIsTyping_isShown_andThePromptDrawnAgain() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleChat[] chat = new ConsoleChat[1];
        // The reload arrives while the chat waits for the user's line.
        BufferedReader in = new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() {
                chat[0].notice(List.of("Knowledge base reloaded (file change: responses/cost.yml): a -> b"));
                return null;
            }
        };
        chat[0] = new ConsoleChat(bot, new PrintWriter(out), new PrintWriter(err), new ConsoleRenderer());

        chat[0].run(in);

        assertTrue(out.toString().endsWith("you> you> \n"), out.toString());
        assertEquals("\nKnowledge base reloaded (file change: responses/cost.yml): a -> b\n", err.toString());
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
