package dev.faqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.render.AskJson;
import dev.faqbot.render.ConsoleRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code ask}: answers one question, or one question per line of standard input. */
@Command(name = "ask", description = {
        "Answer a question given as arguments, or one question per line of standard input.",
        "With --json, print one JSON object per question: text, outcome (answer|clarify|fallback|emergency),",
        "intent, confidence, candidates, title, answer, sources (and reviewed, related)."},
        mixinStandardHelpOptions = true)
final class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsoleRenderer renderer = new ConsoleRenderer(Terminal.text(System.getenv()),
            ConsoleRenderer.COMMAND_HOW_TO_ASK);

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--json", description = "Print one JSON object per question (the evaluation contract).")
    boolean json;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The question; omit it to read standard input.")
    List<String> words = List.of();

    @Override
    public Integer call() throws IOException {
        Optional<FaqBot> bot = new Startup(Terminal.ERR, main.clock).bot(kb);
        if (bot.isEmpty()) {
            return 1;
        }
        if (!words.isEmpty()) {
            print(bot.get().ask(String.join(" ", words)));
            return 0;
        }
        BufferedReader in = Terminal.in();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                print(bot.get().ask(line));
            }
        }
        return 0;
    }

    private void print(Outcome outcome) throws IOException {
        if (json) {
            Terminal.OUT.println(JSON.writeValueAsString(AskJson.of(outcome)));
        } else {
            Terminal.OUT.println(renderer.render(outcome).text());
        }
        Terminal.OUT.flush();
    }
}
