package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.moderation.ReloadNotices;
import dev.faqbot.render.ConsoleRenderer;
import dev.faqbot.storage.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
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

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    /** The process environment (NO_COLOR, TERM); tests put their own in. */
    Map<String, String> environment = System.getenv();

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
        ConsoleChat chat = new ConsoleChat(bot.get(), Terminal.OUT, Terminal.ERR,
                new ConsoleRenderer(Terminal.text(environment), ConsoleRenderer.CHAT_HOW_TO_ASK));
        ReloadNotices notices = new ReloadNotices();
        ReloadListener printReload = result -> {
            List<String> lines = notices.lines(result);
            if (!lines.isEmpty()) {
                chat.notice(lines);
            }
        };
        try (StoreOnExit closing = new StoreOnExit(store.get());
             Moderation moderation = Moderation.start(kb.kb, settings.get(), closing.store(), bot.get(),
                     startup.trainer(settings.get())::train, main.clock, !noWatch, List.of(printReload))) {
            moderation.learning().ifPresent(log -> Terminal.ERR.println("Learning loop on: unsure and declined"
                    + " questions are kept in " + log.describe() + " (see MODERATORS.md)."));
            moderation.reviews().addListener(withdrawals -> chat.notice(withdrawals.lines()));
            chat.run(Terminal.in());
        }
        return 0;
    }

    /** The chat on {@code out} (notices too), with plain text: for tests. */
    static void run(FaqBot bot, BufferedReader in, PrintWriter out) throws IOException {
        new ConsoleChat(bot, out, out, new ConsoleRenderer()).run(in);
    }
}
