package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.discord.DiscordBot;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.gateway.TokenSource;
import dev.faqbot.moderation.AuditLog;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.storage.Store;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code discord}: runs the bot on Discord until stopped (SIGTERM or Ctrl-C). */
@Command(name = "discord", mixinStandardHelpOptions = true, description = {
        "Run the bot on Discord (the default when DISCORD_TOKEN is set).",
        "The token comes from DISCORD_TOKEN or the file named in discord.token_file, never from the command line."})
final class DiscordCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--no-watch", description = "Do not reload when files in intents/ or responses/ change.")
    boolean noWatch;

    /** Where the token is looked for; the process environment except in tests. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws InterruptedException, IOException {
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> settings = startup.settings(kb);
        settings.ifPresent(startup::prepare);
        if (settings.isEmpty()) {
            return 1;
        }
        Token token;
        try {
            // Before the model is trained: a missing token should not cost a training run to find out.
            token = TokenSource.find(environment, settings.get().discord());
        } catch (TokenSource.MissingToken e) {
            Terminal.ERR.println("error: " + e.getMessage());
            return 1;
        }
        Optional<FaqBot> bot = startup.knowledgeBase(kb, settings.get()).map(k -> startup.bot(k, settings.get()));
        if (bot.isEmpty()) {
            return 1;
        }
        Optional<Store> store = startup.store(settings.get());
        if (store.isEmpty()) {
            return 1;
        }
        // As in the console chat: edits reload by themselves. Every result goes to the audit log; the Discord
        // bot adds the moderator log channel. On SIGTERM the bot closes its connections, then stores what is
        // still queued (DiscordBot.stop runs store::close last).
        try (Store storing = store.get();
             Moderation moderation = Moderation.start(kb.kb, settings.get(), storing, bot.get(),
                     startup.trainer(settings.get())::train, main.clock, !noWatch,
                     List.<ReloadListener>of(new AuditLog()))) {
            moderation.learning().ifPresent(log -> Terminal.ERR.println("Learning loop on: unsure and declined"
                    + " questions are kept in " + log.describe() + " (see MODERATORS.md)."));
            DiscordBot.start(bot.get(), moderation, settings.get(), token, main.clock, storing::close).awaitStop();
        }
        return 0;
    }
}
