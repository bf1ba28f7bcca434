package dev.faqbot.cli;

import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.render.ConsoleRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console chat: reads a line, prints the reply, draws the prompt. A number picks from the last list shown;
 * "topics", "help" and "quit" are the chat's own commands. Lines from elsewhere (reloads, withdrawn answers) come
 * through {@link #notice}, which draws the prompt again, so the user always sees where to type.
 */
final class ConsoleChat {

    static final String PROMPT = "you> ";
    static final String HELP = """
            I answer common questions about ALS and stem cell therapy with answers that moderators wrote and \
            checked against trusted sources. I am not a doctor and cannot give personal medical advice.
              - Type a question in your own words, for example: what are MSCs?
              - Type a number to pick from the last list I showed.
              - "topics": everything I can answer.
              - "help": this text.
              - "quit": leave (or press Ctrl-D).""";

    private static final List<String> QUIT = List.of("quit", "exit", "/quit");
    private static final List<String> TOPICS = List.of("topics", "/topics", "help topics");
    private static final List<String> HELP_WORDS = List.of("help", "/help", "?", "help?", "commands");
    // "3", "#3", "3." or "3)": a choice. Nine digits at most are read; a longer number is no choice either.
    private static final Pattern NUMBER = Pattern.compile("#?(\\d+)[.)]?");

    private final FaqBot bot;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ConsoleRenderer renderer;
    private List<String> choices = List.of();
    /** Whether the prompt is the last thing on the screen (guarded by this). */
    private boolean prompting;

    ConsoleChat(FaqBot bot, PrintWriter out, PrintWriter err, ConsoleRenderer renderer) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Chats until "quit" or the end of the input. */
    void run(BufferedReader in) throws IOException {
        out.println("faqbot: answers about ALS and stem cell therapy, from vetted sources. Not medical advice.");
        out.println("Type a question, \"topics\" for what I know, a number to pick from a list, \"help\" or \"quit\".");
        while (true) {
            prompt();
            String line = in.readLine();
            synchronized (this) {
                prompting = false;
            }
            if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                say("");
                return;
            }
            say(reply(line.strip()));
        }
    }

    /** Lines for the user that did not come from a question: printed beside the chat, then the prompt again. */
    synchronized void notice(List<String> lines) {
        out.flush();
        if (prompting) {
            err.println(); // off the prompt's line
        }
        lines.forEach(err::println);
        err.flush();
        if (prompting) {
            out.print(PROMPT);
            out.flush();
        }
    }

    private synchronized void prompt() {
        out.print(PROMPT);
        out.flush();
        prompting = true;
    }

    private synchronized void say(String text) {
        out.println(text);
        out.flush();
    }

    String reply(String line) {
        String command = line.toLowerCase(Locale.ROOT);
        if (TOPICS.contains(command)) {
            return show(renderer.topics(bot.knowledgeBase().topics()));
        }
        if (HELP_WORDS.contains(command)) {
            return HELP + "\n";
        }
        Matcher number = NUMBER.matcher(line);
        if (number.matches() && (number.group(1).length() <= 2 || choice(number.group(1)) > 0)) {
            return pick(number.group(1), line);
        }
        // "911", "999", "112": not a choice from the list but quite possibly a call for help, so the bot reads it
        // like any message (its reply ends with the emergency numbers)
        return show(renderer.render(bot.ask(line, Origin.CONSOLE)));
    }

    /** The place in the last list that the number stands for, from 1; 0 when it stands for none. */
    private int choice(String digits) {
        int n = digits.length() > 9 ? 0 : Integer.parseInt(digits);
        return n >= 1 && n <= choices.size() ? n : 0;
    }

    /** The answer the number stands for in the last list; when there is none, says so and keeps the list. */
    private String pick(String digits, String line) {
        if (choices.isEmpty()) {
            return "There is no list to choose from yet. Type a question, or \"topics\" to see what I can answer.\n";
        }
        int n = choice(digits);
        if (n == 0) {
            return "There is no choice " + digits + "; the last list had " + choices.size() + ".\n";
        }
        return bot.answerFor(choices.get(n - 1), line).map(renderer::render).map(this::show)
                .orElse("That answer is no longer there (the knowledge base was reloaded). Type \"topics\" for the"
                        + " current list.\n");
    }

    private String show(ConsoleRenderer.Rendered rendered) {
        choices = rendered.choices();
        return rendered.text();
    }
}
