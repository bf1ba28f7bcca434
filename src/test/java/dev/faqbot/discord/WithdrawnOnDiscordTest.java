package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.discord.standin.Payloads;
import dev.faqbot.discord.standin.Waits;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Region;
import dev.faqbot.moderation.AuditLog;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.render.Wording;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import dev.faqbot.testing.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot on Discord 120 days after its answers were reviewed, wired as in production: it logs in, tells the
 * moderator log channel which answers are withdrawn (once the server is ready), shows a member the notice and the
 * sources instead of a late answer, answers the rest, and still sends emergency replies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WithdrawnOnDiscordTest {

    private static final LocalDate REVIEWED = LocalDate.of(2026, 12, 2);
    private static final Clock AHEAD = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z").plus(Duration.ofDays(120)),
            ZoneOffset.UTC);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String CALLBACK = "/interactions/%s/%s/callback";

    private DiscordStandIn discord;
    private Store store;
    private Moderation moderation;
    private DiscordBot bot;

    @BeforeAll
    // With a cold target/test-cache (a fresh clone, CI) this class may be the first to embed every example and
    // train the shipped model: minutes on 2 cores, more than 5 on a busy machine. Warm, the start takes seconds.
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void start(@TempDir Path temp) throws Exception {
        Path kb = Kbs.shippedReviewedOn(temp.resolve("kb"), REVIEWED);
        KnowledgeBase copy = ((LoadResult.Loaded) Kbs.load(kb, AHEAD)).knowledgeBase();
        Brain shipped = Brains.shipped(); // the copy's intents are the shipped ones: its model serves
        Settings defaults = SettingsLoader.defaults();
        Settings settings = new Settings(defaults.classifier(), defaults.safety(), defaults.thresholds(),
                defaults.cache(), defaults.maxQuestionChars(), new Settings.Discord("", List.of(), 10, "",
                Payloads.MOD_LOG_CHANNEL, 1, List.of()), defaults.learning(), defaults.region());
        FaqBot core = new FaqBot(new Brain(copy, shipped.classifier(), shipped.safety(), shipped.embedder()),
                Kbs.NORMALISER, new Decider(settings.thresholds()), new AnswerCache(100, Duration.ofMinutes(1)),
                Region.OTHER, AHEAD);
        store = Stores.sqlite(temp, AHEAD);
        moderation = Moderation.start(kb, settings, store, core, Brains::train, AHEAD, false,
                List.<ReloadListener>of(new AuditLog()));
        discord = DiscordStandIn.start();
        bot = DiscordBot.start(Backend.of(core, moderation, settings), settings.discord(),
                new Token("MTExMTExMTExMTExMTExMTEx.fake.token"), discord::pointAtStandIn);
        discord.gateway().next(2, WAIT);
        // IDENTIFY has arrived; the session exists once the bot has its READY (a dispatch before that has nowhere to go)
        JDA shard = bot.shards().getShardById(0);
        Waits.until("shard 0 is connected", WAIT, () -> shard != null && shard.getStatus() == JDA.Status.CONNECTED);
    }

    @AfterAll
    void stop() throws Exception {
        bot.stop();
        moderation.close();
        store.close();
        discord.close();
    }

    @Test
    void theModLogIsToldWhichAnswersAreWithdrawn_onceTheServerIsReady() throws Exception {
        String posted = discord.rest().next("POST", "/channels/" + Payloads.MOD_LOG_CHANNEL + "/messages", WAIT).body()
                .path("content").asText();

        int fast = Kbs.shipped().rules().fastMoving().size();
        assertTrue(posted.startsWith("⛔ " + fast + " answer(s) withdrawn for review"), posted);
        assertTrue(posted.contains("• fda_status: withdrawn, review 31 days overdue (due 2027-03-01)"), posted);
        assertFalse(posted.contains("als_basics") || posted.contains("als\\_basics"), "only the late answers: " + posted);
    }

    @Test
    void aMemberAskingForAWithdrawnAnswer_getsTheNoticeAndTheSources_andOtherAnswersStay() throws Exception {
        JsonNode withdrawn = ask("is stem cell therapy FDA approved?").path("data");
        JsonNode current = ask("What is ALS?").path("data");
        JsonNode emergency = ask("my husband can't breathe").path("data");

        JsonNode embed = withdrawn.path("embeds").get(0);
        assertEquals(Wording.WITHDRAWN_TEXT, embed.path("description").asText());
        assertTrue(embed.path("fields").get(0).path("value").asText().contains("](https://www.fda.gov/"), embed.toString());
        assertFalse(withdrawn.toString().contains("faq:yes:"), "no feedback on an answer not shown");
        assertFalse(current.path("embeds").get(0).path("description").asText().startsWith(Wording.WITHDRAWN_TEXT));
        assertTrue(emergency.path("content").asText().startsWith("## 🚨"), emergency.toString());
    }

    private JsonNode ask(String question) throws Exception {
        ObjectNode interaction = Payloads.askCommand(Payloads.user(Payloads.nextId(), "member", false), question, false);
        discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        return discord.rest().next("POST", Pattern.quote(CALLBACK.formatted(interaction.path("id").asText(),
                interaction.path("token").asText())), WAIT).body();
    }
}
