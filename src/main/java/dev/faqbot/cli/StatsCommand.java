package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.moderation.BotStats;
import dev.faqbot.moderation.StatsSnapshot;
import dev.faqbot.storage.Store;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code stats}: what {@code /faq-admin stats} shows, read from the store, without a running bot. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = {
        "Print the statistics kept in the store (storage.url): questions per outcome, answer, day and server,",
        "the fallback rate, and helpful / not helpful votes, added up over every process that shares the store."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb = new KbOptions();

    @Mixin
    ServerOptions servers = new ServerOptions();

    /** The command line this runs under, for the bot's clock, which the days are counted by. */
    @ParentCommand
    Main main = new Main();

    @Override
    public Integer call() {
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> settings = startup.settings(kb);
        if (settings.isEmpty()) {
            return 1;
        }
        Optional<Store> opened = startup.store(settings.get());
        if (opened.isEmpty()) {
            return 1;
        }
        try (Store store = opened.get()) {
            StatsSnapshot stats = BotStats.stored(store, servers.scope(), main.clock, Optional.empty());
            new StatsPrinter(Terminal.OUT).print(store.describe(), servers.servers, stats);
        }
        return 0;
    }
}
