package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.Region;
import dev.faqbot.safety.DetectorSettings;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Stores;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes of one bot (two shards, say) share one PostgreSQL database: each has its own bot, store and
 * moderation, and each reports the statistics of both. Then both stop, and a third start still sees them.
 */
class SharedStoreTest {

    @TempDir
    Path root;

    private static Settings settings() {
        return new Settings(MiniKb.SETTINGS, DetectorSettings.DEFAULTS, Thresholds.DEFAULTS,
                new Settings.Cache(100, Duration.ofMinutes(5)), 500, new Settings.Discord("", List.of(), 10, "", "", 1,
                List.of()), new Settings.Learning(true, 30), Region.OTHER);
    }

    @Test
    void twoBotsSharingOnePostgres_reportOneTotal_andItSurvivesARestart() throws Exception {
        String url = Stores.newPostgresDatabase();
        MiniKb.write(root, "A");
        FaqBot first = MiniKb.bot(root);
        FaqBot second = MiniKb.bot(root);
        try (Store firstStore = Stores.postgres(url, Clock.systemUTC());
             Store secondStore = Stores.postgres(url, Clock.systemUTC());
             Moderation one = Moderation.start(root, settings(), firstStore, first, MiniKb::train, Clock.systemUTC(),
                     false, List.of());
             Moderation two = Moderation.start(root, settings(), secondStore, second, MiniKb::train,
                     Clock.systemUTC(), false, List.of())) {
            first.ask(MiniKb.MSC_QUESTION, Origin.server("111"));
            first.ask(MiniKb.MSC_QUESTION, Origin.server("111"));
            second.ask(MiniKb.MSC_QUESTION, Origin.server("222"));
            second.ask("tell me about the weather on mars", Origin.server("222"));
            one.feedback().record(MiniKb.MSC_QUESTION, "msc_basics", true, Origin.server("111"));
            two.feedback().record(MiniKb.MSC_QUESTION, "msc_basics", false, Origin.server("222"));
            firstStore.flush(Duration.ofSeconds(10));
            secondStore.flush(Duration.ofSeconds(10));

            for (Moderation process : List.of(one, two)) {
                StatsSnapshot stats = process.stats().snapshot();
                assertEquals(4, stats.questions());
                assertEquals(Map.of("111", 2L, "222", 2L), stats.byServer());
                assertEquals(new StatsSnapshot.Votes(1, 1), stats.feedback().get("msc_basics"));
            }
        }

        try (Store restarted = Stores.postgres(url, Clock.systemUTC())) {
            StatsSnapshot stats = BotStats.stored(restarted, dev.faqbot.storage.ServerScope.ALL, Clock.systemUTC(),
                    java.util.Optional.empty());
            assertEquals(4, stats.questions());
            assertEquals(new StatsSnapshot.Votes(1, 1), stats.feedback().get("msc_basics"));
        }
    }
}
