package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.moderation.ReloadReport;
import dev.faqbot.moderation.ReloadResult;
import dev.faqbot.moderation.Withdrawals;
import dev.faqbot.render.ConsoleRenderer;
import dev.faqbot.storage.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code chat}: the console chat, over the same core the Discord bot uses. */
@Command(name = "chat", description = "Chat with the bot in the console (the default without DISCORD_TOKEN).",
        mixinStandardHelpOptions = true)
final class ChatCommand implements Callable<Integer> {

    private static final String PROMPT = "you> ";

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--no-watch", description = "Do not reload when files in intents/ or responses/ change.")
    boolean noWatch;

    @Override
    public Integer call() throws IOException {
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> settings = startup.settings(kb);
        settings.ifPresent(startup::prepare);
        Optional<FaqBot> bot = settings.flatMap(s -> startup.knowledgeBase(kb, s).map(k -> startup.bot(k, s)));
        if (bot.isEmpty()) {
            return 1;
        }
        Optional<Store> store = startup.store(settings.get());
        if (store.isEmpty()) {
            return 1;
        }
        // Edits to the knowledge base show up in the next answer; reload results go to stderr, beside the chat.
        // The chat's questions are counted in the store like Discord's (as the server "console").
        try (StoreOnExit closing = new StoreOnExit(store.get());
             Moderation moderation = Moderation.start(kb.kb, settings.get(), closing.store(), bot.get(),
                     startup.trainer(settings.get())::train, main.clock, !noWatch,
                     List.<ReloadListener>of(ChatCommand::printReload))) {
            moderation.learning().ifPresent(log -> Terminal.ERR.println("Learning loop on: unsure and declined"
                    + " questions are kept in " + log.describe() + " (see MODERATORS.md)."));
            moderation.reviews().addListener(ChatCommand::printWithdrawn);
            run(bot.get(), Terminal.in(), Terminal.OUT);
        }
        return 0;
    }

    private static void printReload(ReloadResult result) {
        if (!(result instanceof ReloadResult.Unchanged)) {
            Terminal.ERR.println();
            ReloadReport.lines(result).forEach(Terminal.ERR::println);
        }
    }

    private static void printWithdrawn(Withdrawals withdrawals) {
        Terminal.ERR.println();
        withdrawals.lines().forEach(Terminal.ERR::println);
        Terminal.ERR.flush();
    }

    /** The chat loop: a number picks from the last list shown; "topics" lists topics; "quit" or end of input stops. */
    static void run(FaqBot bot, BufferedReader in, PrintWriter out) throws IOException {
        ConsoleRenderer renderer = new ConsoleRenderer();
        out.println("faqbot: answers about ALS and stem cell therapy, from vetted sources. Not medical advice.");
        out.println("Type a question, \"topics\" for what I know, a number to pick from a list, or \"quit\".");
        List<String> choices = List.of();
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = in.readLine();
            if (line == null || List.of("quit", "exit", "/quit").contains(line.strip().toLowerCase(Locale.ROOT))) {
                out.println();
                return;
            }
            ConsoleRenderer.Rendered rendered = topics(line) ? renderer.topics(bot.knowledgeBase().topics())
                    : renderer.render(pick(bot, line.strip(), choices).orElseGet(() -> bot.ask(line, Origin.CONSOLE)));
            out.println(rendered.text());
            choices = rendered.choices();
        }
    }

    private static boolean topics(String line) {
        return List.of("topics", "/topics", "help topics").contains(line.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<Outcome> pick(FaqBot bot, String line, List<String> choices) {
        if (!line.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(line);
        if (n < 1 || n > choices.size()) {
            return Optional.empty();
        }
        return bot.answerFor(choices.get(n - 1), line);
    }
}
