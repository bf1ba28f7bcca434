package dev.faqbot.cli;

import dev.faqbot.chart.StatsChart;
import dev.faqbot.config.Settings;
import dev.faqbot.moderation.BotStats;
import dev.faqbot.moderation.ChartData;
import dev.faqbot.moderation.StatsSnapshot;
import dev.faqbot.storage.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code stats}: what {@code /faq-admin stats} shows, read from the store, without a running bot. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = {
        "Print the statistics kept in the store (storage.url): questions per outcome, answer, day and server,",
        "the fallback rate, and helpful / not helpful votes, added up over every process that shares the store.",
        "With --chart, also draw the chart /faq-admin stats shows (the last 30 days) into a PNG file."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb = new KbOptions();

    @Mixin
    ServerOptions servers = new ServerOptions();

    /** The command line this runs under, for the bot's clock, which the days are counted by. */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--chart", paramLabel = "FILE.png",
            description = "Also write the chart of the last 30 days (questions per day by outcome, most asked answers"
                    + " with their votes) to this PNG file.")
    Path chart;

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
            return chart == null ? 0 : writeChart(store);
        }
    }

    private int writeChart(Store store) {
        ChartData data = BotStats.storedChart(store, servers.scope(), main.clock);
        try {
            StatsChart.write(data, chart);
        } catch (IOException e) {
            Terminal.ERR.println("error: cannot write the chart to " + chart + ": " + e.getMessage());
            return 1;
        }
        Terminal.OUT.println("Chart of " + data.from() + " to " + data.to() + " (UTC days) written to " + chart + ".");
        Terminal.OUT.flush();
        return 0;
    }
}
