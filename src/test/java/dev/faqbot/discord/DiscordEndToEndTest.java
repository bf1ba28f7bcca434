package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.admin.AdminEmbed;
import dev.faqbot.discord.answer.Answers;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.ComponentIds;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.discord.standin.Payloads;
import dev.faqbot.discord.standin.RestStandIn;
import dev.faqbot.discord.standin.Waits;
import dev.faqbot.kb.Region;
import dev.faqbot.kb.Response;
import dev.faqbot.moderation.AuditLog;
import dev.faqbot.moderation.LearningEntry;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.moderation.StatsSnapshot;
import dev.faqbot.render.Wording;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Kbs;
import dev.faqbot.testing.Stores;
import dev.faqbot.text.Normaliser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA client against a Discord stand-in on 127.0.0.1: login, slash commands, mentions, DMs, clicks,
 * {@code /faq-admin}, live reloads with the moderator log channel, a dropped gateway, a lost session and a 429,
 * all answered by the real core and moderation, wired as in production, on a copy of the shipped knowledge
 * base (its model trained once per run). Every wait is bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndTest {

    private static final String TOKEN = "MTExMTExMTExMTExMTExMTEx.fake.token";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final int EPHEMERAL = 64;
    private static final String MESSAGES = "/channels/%s/messages";
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
    private static final String MODERATOR_NAME = "modmary";
    /** A reload waits half a second for the files to be quiet, then loads them: seconds at most. */
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(250);

    private LogCapture logs;
    private DiscordStandIn discord;
    private Path kb;
    private FaqBot core;
    private Moderation moderation;
    private Store store;
    private DiscordBot bot;
    private JsonNode identify;
    /** Messages the bot must not answer (in the auto-answer channel, or not addressed to it). */
    private final List<String> silent = new ArrayList<>();

    @BeforeAll
    // With a cold target/test-cache (a fresh clone, CI) this class may be the first to embed every example and
    // train the shipped model: minutes on 2 cores, more than 5 on a busy machine. Warm, the start takes seconds.
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void start(@TempDir Path temp) throws Exception {
        logs = new LogCapture();
        kb = temp.resolve("kb");
        Kbs.copyTree(Kbs.PROJECT.resolve("intents"), kb.resolve("intents"));
        Kbs.copyTree(Kbs.PROJECT.resolve("responses"), kb.resolve("responses"));
        Settings defaults = SettingsLoader.defaults();
        // The moderators' server is the stand-in's first; the bot was also added to another one (OTHER_GUILD_ID).
        Settings settings = new Settings(defaults.classifier(), defaults.safety(), defaults.thresholds(),
                defaults.cache(), defaults.maxQuestionChars(), new Settings.Discord("", List.of(Payloads.AUTO_CHANNEL), 10,
                Payloads.MODERATOR_ROLE, Payloads.MOD_LOG_CHANNEL, 1, List.of())
                .withAdminGuilds(List.of(Payloads.GUILD_ID)).withForumChannels(List.of(Payloads.FORUM_CHANNEL)),
                new Settings.Learning(true, 30), defaults.region());
        store = Stores.sqlite(temp, Clock.systemUTC());
        // The copy holds what the shipped model was trained on: its brain serves, and an answer edit keeps it.
        core = new FaqBot(RealBot.get().brain(), new Normaliser(settings.maxQuestionChars()),
                new Decider(settings.thresholds()), new AnswerCache(1_000, Duration.ofMinutes(10)), Region.OTHER,
                Kbs.SHIPPED_TODAY);
        moderation = Moderation.start(kb, settings, store, core, RealBot.trainer(), Kbs.SHIPPED_TODAY, true,
                List.<ReloadListener>of(new AuditLog()));
        discord = DiscordStandIn.start();
        bot = DiscordBot.start(Backend.of(core, moderation, settings), settings.discord(), new Token(TOKEN),
                discord::pointAtStandIn, Clock.systemUTC(), store::close);
        identify = discord.gateway().next(IDENTIFY, WAIT);
        awaitConnected();
    }

    @AfterAll
    void stop() throws Exception {
        bot.stop();
        moderation.close();
        store.close();
        discord.close();
        logs.close();
    }

    @Test
    @Order(1)
    void logsInWithTheTokenAndAsksOnlyForTheIntentsItNeeds() {
        assertEquals(TOKEN, identify.path("d").path("token").asText());
        int intents = identify.path("d").path("intents").asInt();
        // Discord's GUILDS intent (bit 0) brings THREAD_CREATE, the start of a forum post; JDA has no constant for
        // it and always sends it.
        assertEquals(1, intents & 1, "GUILDS");
        for (GatewayIntent needed : List.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
                GatewayIntent.MESSAGE_CONTENT)) {
            assertTrue((intents & needed.getRawValue()) != 0, needed + " is asked for");
        }
        for (GatewayIntent unneeded : List.of(GatewayIntent.GUILD_MEMBERS, GatewayIntent.GUILD_PRESENCES,
                GatewayIntent.GUILD_VOICE_STATES)) {
            assertEquals(0, intents & unneeded.getRawValue(), unneeded + " is not asked for");
        }
        List<RestStandIn.Call> calls = discord.rest().calls();
        assertTrue(calls.stream().anyMatch(c -> c.path().equals("/users/@me")), "logs in over REST");
        calls.forEach(c -> assertEquals("Bot " + TOKEN, c.authorization(), c.method() + " " + c.path()));
    }

    @Test
    @Order(2)
    void registersTheMembersCommandsGloballyAndFaqAdminOnlyInTheModeratorsServer() throws Exception {
        RestStandIn.Call put = discord.rest().next("PUT", "/applications/" + Payloads.APPLICATION_ID + "/commands", WAIT);
        assertEquals(List.of("ask", "faq"), names(put.body()), "no global /faq-admin");
        JsonNode ask = put.body().get(0);
        assertEquals(List.of("question", "private"), names(ask.path("options")));
        assertTrue(ask.path("options").get(0).path("required").asBoolean());
        assertEquals(List.of("topics", "post"), names(put.body().get(1).path("options")));
        JsonNode post = put.body().get(1).path("options").get(1);
        assertEquals(List.of("topic", "reply_to"), names(post.path("options")));
        assertTrue(post.path("options").get(0).path("autocomplete").asBoolean(), "topics offered as one types");

        RestStandIn.Call guildPut = discord.rest().next("PUT", "/applications/" + Payloads.APPLICATION_ID + "/guilds/"
                + Payloads.GUILD_ID + "/commands", WAIT);
        assertEquals(List.of("faq-admin"), names(guildPut.body()));
        JsonNode admin = guildPut.body().get(0);
        assertEquals("32", admin.path("default_member_permissions").asText(), "Manage Server only, by default");
        assertEquals("[\"0\"]", admin.path("contexts").toString(), "servers only (0: GUILD)");
        assertEquals(List.of("reload", "test", "stats", "unanswered", "stale"), names(admin.path("options")));
        assertEquals(List.of("question"), names(admin.path("options").get(1).path("options")));
        assertTrue(discord.rest().calls().stream().noneMatch(c -> c.path().contains("/guilds/" + Payloads.OTHER_GUILD_ID)),
                "nothing registered in a server that is not the moderators'");
    }

    @Test
    @Order(3)
    void askIsAnsweredThroughTheInteractionCallbackWithTheAnswerEmbed() throws Exception {
        JsonNode reply = ask(member(), "What is ALS?", false);

        assertEquals(4, reply.path("type").asInt(), "CHANNEL_MESSAGE_WITH_SOURCE");
        JsonNode data = reply.path("data");
        assertEquals(0, data.path("flags").asInt() & EPHEMERAL);
        assertNoPings(data);
        Response als = core.knowledgeBase().response("als_basics").orElseThrow();
        JsonNode embed = data.path("embeds").get(0);
        assertEquals(als.title(), embed.path("title").asText());
        assertEquals(core.knowledgeBase().disclaimer().strip(), embed.path("footer").path("text").asText());
        assertTrue(embed.path("fields").get(0).path("value").asText().contains("](https://"), "sources as links");
        assertEquals(als.reviewed().toString(), embed.path("fields").get(1).path("value").asText());
        JsonNode feedbackRow = data.path("components").get(data.path("components").size() - 1);
        assertEquals("faq:yes:als_basics", feedbackRow.path("components").get(0).path("custom_id").asText());
        assertTrue(feedbackRow.path("components").get(1).path("custom_id").asText().matches("faq:no:als_basics:\\w+"),
                "with the learning loop on, 'not helpful' carries the key of the question");
    }

    @Test
    @Order(4)
    void aPrivateAskIsEphemeral() throws Exception {
        JsonNode reply = ask(member(), "What is ALS?", true);
        assertEquals(EPHEMERAL, reply.path("data").path("flags").asInt() & EPHEMERAL);
    }

    @Test
    @Order(5)
    void mentionsInAQuestionNeverPingAnyone() throws Exception {
        String question = "@everyone @here <@1600000000000000099> <@&1700000000000000001> what is als";
        assertNoPings(ask(member(), question, false).path("data"));

        String text = "<@" + Payloads.BOT_ID + "> " + question;
        discord.gateway().dispatch("MESSAGE_CREATE", Payloads.guildMessage(Payloads.GENERAL_CHANNEL, member(), text, true));
        assertNoPings(discord.rest().next("POST", MESSAGES.formatted(Payloads.GENERAL_CHANNEL), WAIT).body());
    }

    @Test
    @Order(6)
    void anAtMentionIsAnsweredInThatChannelAsAReply() throws Exception {
        ObjectNode message = mention(Payloads.GENERAL_CHANNEL, "what is als");

        JsonNode sent = discord.rest().next("POST", MESSAGES.formatted(Payloads.GENERAL_CHANNEL), WAIT).body();
        assertEquals(message.path("id").asText(), sent.path("message_reference").path("message_id").asText());
        assertEquals(core.knowledgeBase().response("als_basics").orElseThrow().title(),
                sent.path("embeds").get(0).path("title").asText());
        assertNoPings(sent);
    }

    @Test
    @Order(7)
    void aDirectMessageIsAnswered() throws Exception {
        discord.gateway().dispatch("MESSAGE_CREATE", Payloads.directMessage(member(), "what is als"));

        JsonNode sent = discord.rest().next("POST", MESSAGES.formatted(Payloads.DM_CHANNEL), WAIT).body();
        assertEquals(1, sent.path("embeds").size());
    }

    @Test
    @Order(8)
    void anAutoAnswerChannelGetsConfidentAnswersAndEmergencyHelpOnly() throws Exception {
        assertInstanceOf(Outcome.Answered.class, core.explain("what is als").outcome());
        long questionsBefore = moderation.stats().snapshot().questions();
        ObjectNode vague = chat(Payloads.AUTO_CHANNEL, declinedQuestion());
        ObjectNode unsure = chat(Payloads.AUTO_CHANNEL, unsureQuestion());
        ObjectNode confident = chat(Payloads.AUTO_CHANNEL, "what is als");
        ObjectNode emergency = chat(Payloads.AUTO_CHANNEL, "my husband can't breathe");
        ObjectNode unaddressed = chat(Payloads.GENERAL_CHANNEL, "what is als");

        String auto = MESSAGES.formatted(Payloads.AUTO_CHANNEL);
        List<String> answered = List.of(replyTarget(discord.rest().next("POST", auto, WAIT)),
                replyTarget(discord.rest().next("POST", auto, WAIT)));
        assertTrue(answered.containsAll(List.of(confident.path("id").asText(), emergency.path("id").asText())),
                "answered " + answered);
        silent.addAll(List.of(vague.path("id").asText(), unsure.path("id").asText(), unaddressed.path("id").asText()));
        assertNoReplyToSilentMessages(); // checked again at the end, when a late reply would have arrived
        assertEquals(questionsBefore + 2, moderation.stats().snapshot().questions(),
                "only what the bot answered in the auto-answer channel counts as a question");
    }

    @Test
    @Order(9)
    void aClarificationShowsOneButtonPerCandidateAndAClickShowsThatAnswer() throws Exception {
        ObjectNode user = member();
        JsonNode reply = ask(user, unsureQuestion(), false);
        JsonNode data = reply.path("data");
        assertTrue(data.path("content").asText().contains(Wording.CLARIFY_TITLE));
        JsonNode first = data.path("components").get(0).path("components").get(0);
        String intent = first.path("custom_id").asText().substring("faq:pick:".length());

        JsonNode answer = click(Payloads.buttonClick(user, first.path("custom_id").asText(), shown(reply)));
        assertEquals(core.knowledgeBase().response(intent).orElseThrow().title(),
                answer.path("data").path("embeds").get(0).path("title").asText());
        assertEquals(EPHEMERAL, answer.path("data").path("flags").asInt() & EPHEMERAL);
    }

    @Test
    @Order(10)
    void feedbackIsCountedOncePerMemberAndAnswer() throws Exception {
        ObjectNode user = member();
        JsonNode answer = shown(ask(user, "What is ALS?", false));
        long before = helpfulVotes("als_basics");

        // The ids as the message has them ("not helpful" carries the question's key): Discord sends only those.
        JsonNode feedbackRow = last(answer.path("components")).path("components");
        JsonNode thanks = click(Payloads.buttonClick(user, feedbackRow.get(0).path("custom_id").asText(), answer));
        JsonNode again = click(Payloads.buttonClick(user, feedbackRow.get(1).path("custom_id").asText(), answer));

        assertEquals(DiscordWording.THANKS, thanks.path("data").path("content").asText());
        assertEquals(DiscordWording.ALREADY_VOTED, again.path("data").path("content").asText());
        assertEquals(EPHEMERAL, thanks.path("data").path("flags").asInt() & EPHEMERAL);
        assertEquals(before + 1, helpfulVotes("als_basics"));
    }

    @Test
    @Order(11)
    void theTopicMenuShowsTheChosenAnswer() throws Exception {
        ObjectNode user = member();
        discord.gateway().dispatch("INTERACTION_CREATE", topicsCommand(user));
        JsonNode list = discord.rest().next("POST", CALLBACK, WAIT).body();
        JsonNode menu = list.path("data").path("components").get(0).path("components").get(0);
        assertEquals(ComponentIds.TOPICS, menu.path("custom_id").asText());
        String risks = "risks";

        JsonNode answer = click(Payloads.menuChoice(user, ComponentIds.TOPICS, risks, shown(list)));
        assertEquals(core.knowledgeBase().response(risks).orElseThrow().title(),
                answer.path("data").path("embeds").get(0).path("title").asText());
    }

    @Test
    @Order(12)
    void aMemberWhoAsksTooFastIsToldPrivately() throws Exception {
        ObjectNode user = member();
        ask(user, "What is ALS?", false);
        JsonNode second = ask(user, "What are MSCs?", false);
        assertEquals(EPHEMERAL, second.path("data").path("flags").asInt() & EPHEMERAL);
        assertEquals(DiscordWording.cooldown(10), second.path("data").path("content").asText());
    }

    @Test
    @Order(13)
    void aFailedSendIsLoggedAndTheNextQuestionIsStillAnswered() throws Exception {
        String general = MESSAGES.formatted(Payloads.GENERAL_CHANNEL);
        discord.rest().refuseNext("POST", general);
        ObjectNode refused = mention(Payloads.GENERAL_CHANNEL, "what is als");
        assertEquals(refused.path("id").asText(), replyTarget(discord.rest().next("POST", general, WAIT)));
        Waits.until("the failed send is logged", WAIT, () -> logs.lines().stream()
                .anyMatch(l -> l.contains("Could not answer") && l.contains(refused.path("id").asText())));

        ObjectNode next = mention(Payloads.GENERAL_CHANNEL, "what is als");
        assertEquals(next.path("id").asText(), replyTarget(discord.rest().next("POST", general, WAIT)));
    }

    @Test
    @Order(14)
    void aNotHelpfulVoteTakesTheQuestionToTheLearningLog() throws Exception {
        ObjectNode user = member();
        JsonNode reply = ask(user, "What is ALS?", false);
        JsonNode feedbackRow = last(reply.path("data").path("components"));
        String notHelpful = feedbackRow.path("components").get(1).path("custom_id").asText();

        click(Payloads.buttonClick(user, notHelpful, shown(reply)));

        List<LearningEntry> logged = moderation.learning().orElseThrow().entries();
        assertTrue(logged.stream().anyMatch(e -> e.outcome().equals(LearningEntry.NOT_HELPFUL)
                && e.text().startsWith("what is als")), logged.toString());
    }

    @Test
    @Order(15)
    void aMemberWithoutTheRoleIsRefusedPrivatelyAndNothingElseHappens() throws Exception {
        long before = System.nanoTime();
        ObjectNode interaction = Payloads.adminCommand(member(), List.of(), "stats", null);

        JsonNode reply = click(interaction);

        assertEquals(4, reply.path("type").asInt());
        assertEquals(EPHEMERAL, reply.path("data").path("flags").asInt() & EPHEMERAL);
        assertEquals(DiscordWording.NOT_ALLOWED, reply.path("data").path("content").asText());
        assertTrue(reply.path("data").path("embeds").isEmpty(), "no statistics: " + reply);
        Waits.until("the refusal is logged", WAIT, () -> logs.lines().stream()
                .anyMatch(l -> l.contains("refused /faq-admin stats") && l.contains(interaction.path("member")
                        .path("user").path("id").asText())));
        Thread.sleep(300); // long enough for a follow-up message, had there been one
        List<RestStandIn.Call> since = discord.rest().calls().stream()
                .filter(c -> c.receivedNanos() >= before && !c.method().equals("GET")).toList();
        assertEquals(1, since.size(), "only the refusal: " + since.stream().map(RestStandIn.Call::path).toList());
    }

    @Test
    @Order(15)
    void aModeratorOfAServerNotListedInAdminGuildsIsRefused_evenWithManageServerOrARoleOfTheSameName()
            throws Exception {
        ObjectNode owner = Payloads.user(Payloads.nextId(), "owner", false);
        ObjectNode namesake = Payloads.user(Payloads.nextId(), MODERATOR_NAME, false);

        for (JsonNode reply : List.of(
                click(Payloads.adminCommandIn(Payloads.OTHER_CHANNEL, owner, List.of(Payloads.OTHER_ADMIN_ROLE),
                        "unanswered", null)),
                click(Payloads.adminCommandIn(Payloads.OTHER_CHANNEL, namesake, List.of(Payloads.OTHER_NAMESAKE_ROLE),
                        "stats", null)))) {
            assertEquals(EPHEMERAL, reply.path("data").path("flags").asInt() & EPHEMERAL);
            assertEquals(DiscordWording.NOT_AN_ADMIN_SERVER, reply.path("data").path("content").asText());
            assertTrue(reply.path("data").path("embeds").isEmpty(), "nothing shown: " + reply);
        }
        Waits.until("the refusals are logged", WAIT, () -> logs.lines().stream()
                .filter(l -> l.contains("refused /faq-admin") && l.contains("in server " + Payloads.OTHER_GUILD_ID))
                .count() == 2);
    }

    @Test
    @Order(16)
    void aModeratorsTestShowsTheOutcomeTheTopIntentsAndTheAnswerPrivately() throws Exception {
        long before = moderation.stats().snapshot().questions();

        JsonNode reply = admin(moderator(), "test", "What is ALS?");

        JsonNode data = reply.path("data");
        assertEquals(EPHEMERAL, data.path("flags").asInt() & EPHEMERAL);
        assertNoPings(data);
        JsonNode embed = data.path("embeds").get(0);
        String description = embed.path("description").asText();
        assertTrue(description.contains("**Outcome:** answers `als_basics`"), description);
        assertTrue(description.contains("1. `als_basics` "), description);
        assertTrue(description.contains("\n3. `"), "three intents: " + description);
        String title = core.knowledgeBase().response("als_basics").orElseThrow().title();
        assertTrue(embed.path("fields").get(0).path("value").asText().startsWith("**" + title + "**"));
        assertEquals(before, moderation.stats().snapshot().questions(), "a test is not a question asked");
    }

    @Test
    @Order(17)
    void aModeratorsStatsArePrivateAndShowTheLiveKnowledgeBase_andOnlyTheirServer() throws Exception {
        ObjectNode elsewhere = Payloads.guildMessage(Payloads.OTHER_CHANNEL, member(),
                "<@" + Payloads.BOT_ID + "> what is als", true);
        discord.gateway().dispatch("MESSAGE_CREATE", elsewhere);
        discord.rest().next("POST", MESSAGES.formatted(Payloads.OTHER_CHANNEL), WAIT);
        JsonNode viaRole = admin(moderator(), "stats", null);
        JsonNode viaManageServer = admin(Payloads.user(Payloads.nextId(), "owner", false), List.of(Payloads.ADMIN_ROLE),
                "stats", null);

        for (JsonNode reply : List.of(viaRole, viaManageServer)) {
            JsonNode data = reply.path("data");
            assertEquals(EPHEMERAL, data.path("flags").asInt() & EPHEMERAL);
            JsonNode embed = data.path("embeds").get(0);
            assertEquals(DiscordWording.STATS_TITLE, embed.path("title").asText());
            Map<String, String> fields = fields(embed);
            assertTrue(fields.get("Questions").matches("(?s)\\*\\*\\d+\\*\\* in all.*answered \\d+.*"),
                    fields.get("Questions"));
            assertTrue(fields.get("Knowledge base").contains(core.knowledgeBase().version()), fields.toString());
            assertTrue(fields.get("Answers per intent").contains("`als_basics` "), fields.toString());
            assertTrue(fields.get("Feedback").contains("`als_basics` 👍 "), fields.toString());
            assertTrue(fields.get("Servers").contains("`" + Payloads.GUILD_ID + "`"), fields.toString());
            assertFalse(fields.get("Servers").contains(Payloads.OTHER_GUILD_ID), "another server: " + fields);
            assertEquals("attachment://stats.png", embed.path("image").path("url").asText(), "the chart, in the embed");
            assertEquals("stats.png", data.path("attachments").get(0).path("filename").asText());
        }
        List<Integer> charts = discord.rest().calls().stream().map(c -> c.files().get("stats.png"))
                .filter(size -> size != null).toList();
        assertEquals(2, charts.size(), "one PNG uploaded with each reply");
        charts.forEach(size -> assertTrue(size > 20_000, "a drawn chart, not an empty file: " + size + " bytes"));
        assertTrue(moderation.stats().snapshot().byServer().containsKey(Payloads.OTHER_GUILD_ID),
                "the question in the other server is counted, just not shown to these moderators");
    }

    @Test
    @Order(18)
    void aModeratorSeesDeclinedQuestionsAndAnswersDueForReview() throws Exception {
        String declined = declinedQuestion();
        ask(member(), declined, false);

        JsonNode unanswered = admin(moderator(), "unanswered", null).path("data");
        JsonNode stale = admin(moderator(), "stale", null).path("data");

        assertEquals(EPHEMERAL, unanswered.path("flags").asInt() & EPHEMERAL);
        String text = unanswered.path("embeds").get(0).path("description").asText();
        assertTrue(text.contains("**Most recent**"), text);
        assertTrue(text.contains(AdminEmbed.plain(declined)), text);
        assertEquals(EPHEMERAL, stale.path("flags").asInt() & EPHEMERAL);
        assertTrue(stale.path("embeds").get(0).path("title").asText().startsWith("Answers due for review"));
    }

    @Test
    @Order(19)
    void anEditIsLiveWithinSecondsAndABrokenEditKeepsTheAnswerAndIsPostedToTheModLog() throws Exception {
        Path file = kb.resolve("responses/als_basics.yml");
        String original = Kbs.read(file);
        String title = core.knowledgeBase().response("als_basics").orElseThrow().title();
        String edited = "What is ALS? (edited while the bot runs)";
        Kbs.write(file, original.replace("title: " + quotedOrPlain(original, title), "title: \"" + edited + "\""));

        Waits.until("the edited answer is served", RELOAD_WAIT, POLL, () -> askedTitle().equals(edited));
        String loaded = modLog(WAIT).path("content").asText();
        assertTrue(loaded.startsWith("✅ Knowledge base reloaded (file change: responses/als\\_basics.yml)"), loaded);

        Kbs.write(file, original.replaceFirst("(?m)^title:.*$", "title:\n  nested: not a title"));
        JsonNode refused = modLog(RELOAD_WAIT);
        String posted = refused.path("content").asText();
        assertTrue(posted.startsWith("⛔ Knowledge base NOT reloaded"), posted);
        assertTrue(posted.contains("```\nresponses/als_basics.yml:"), "file:line in a code block: " + posted);
        assertNoPings(refused);
        assertEquals(edited, askedTitle(), "the previous answer stays");

        JsonNode reload = admin(moderator(), "reload", null).path("data");
        assertEquals(EPHEMERAL, reload.path("flags").asInt() & EPHEMERAL);
        assertTrue(reload.path("content").asText().startsWith("⛔ Knowledge base NOT reloaded (" + MODERATOR_NAME + ")"),
                reload.toString());
        Waits.until("the moderator's reload is audited", WAIT, () -> logs.lines().stream()
                .anyMatch(l -> l.contains("faqbot.audit") && l.contains("reload by " + MODERATOR_NAME + " refused")));

        Kbs.write(file, original);
        Waits.until("the original answer is back", RELOAD_WAIT, POLL, () -> askedTitle().equals(title));
    }

    @Test
    @Order(20)
    void afterADroppedConnectionTheSessionResumesAndQuestionsAreAnswered() throws Exception {
        discord.gateway().drop();

        JsonNode resume = discord.gateway().next(RESUME, WAIT);
        assertEquals(TOKEN, resume.path("d").path("token").asText());
        awaitConnected();
        assertAnswersAMention();
    }

    @Test
    @Order(21)
    void afterTheSessionIsLostTheBotIdentifiesAgainAndQuestionsAreAnswered() throws Exception {
        discord.gateway().invalidateSession();

        // JDA waits out Discord's identify rate limit (5 s between logins) before it identifies again.
        discord.gateway().next(IDENTIFY, Duration.ofSeconds(20));
        awaitConnected();
        assertAnswersAMention();
    }

    @Test
    @Order(22)
    void a429IsWaitedOutAndTheReplyStillArrives() throws Exception {
        String general = MESSAGES.formatted(Payloads.GENERAL_CHANNEL);
        discord.rest().rateLimitNext("POST", general, 1);
        ObjectNode message = mention(Payloads.GENERAL_CHANNEL, "what is als");

        RestStandIn.Call limited = discord.rest().next("POST", general, WAIT);
        RestStandIn.Call retried = discord.rest().next("POST", general, WAIT);
        assertEquals(429, limited.status());
        assertEquals(message.path("id").asText(), replyTarget(limited));
        assertEquals(200, retried.status());
        assertEquals(limited.body().path("nonce"), retried.body().path("nonce"), "the same request, sent again");
        long waitedMillis = (retried.receivedNanos() - limited.receivedNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 900, "waited " + waitedMillis + " ms of Retry-After: 1");
    }

    @Test
    @Order(23)
    void aNewForumPost_isAnsweredInItsThread_whenTheTitleAndFirstMessageTogetherAreClear() throws Exception {
        String title = "What is ALS?";
        String text = "My father was just diagnosed and I don't understand what it is.";
        assertInstanceOf(Outcome.Answered.class, core.explain(title + "\n" + text).outcome());

        String thread = forumPost(title, text);

        JsonNode sent = discord.rest().next("POST", MESSAGES.formatted(thread), WAIT).body();
        assertEquals(thread, sent.path("message_reference").path("message_id").asText(), "a reply to the post");
        assertEquals(core.knowledgeBase().response("als_basics").orElseThrow().title(),
                sent.path("embeds").get(0).path("title").asText());
        assertNoPings(sent);
    }

    @Test
    @Order(24)
    void aForumPostTheBotIsUnsureAbout_getsNoReply_butAnEmergencyInOneGetsTheEmergencyReply() throws Exception {
        String title = "Hello from a new member";
        String text = "tell me a joke";
        assertFalse(Answers.speaks(core.explain(title + "\n" + text).outcome()), "the bot would stay silent");
        silent.add(forumPost(title, text));

        String emergency = forumPost("Please help", "my husband can't breathe");

        JsonNode sent = discord.rest().next("POST", MESSAGES.formatted(emergency), WAIT).body();
        assertTrue(sent.path("content").asText().startsWith("## 🚨"), sent.toString());
        assertTrue(sent.path("embeds").isEmpty(), "the emergency guidance alone");
    }

    @Test
    @Order(25)
    void faqPost_offersTheTopicsAsAModeratorTypes() throws Exception {
        ObjectNode typing = Payloads.faqPostAutocomplete(moderator(), "als");

        JsonNode choices = click(typing);

        assertEquals(8, choices.path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
        List<String> values = new ArrayList<>();
        choices.path("data").path("choices").forEach(c -> values.add(c.path("value").asText()));
        assertTrue(values.contains("als_basics"), values.toString());
    }

    @Test
    @Order(26)
    void faqPost_byAModerator_postsTheAnswerInTheChannel_orAsAReply_andIsCountedAsAPost() throws Exception {
        long postsBefore = moderation.stats().snapshot().posts().getOrDefault("als_basics", 0L);
        long questionsBefore = moderation.stats().snapshot().questions();
        String title = core.knowledgeBase().response("als_basics").orElseThrow().title();
        ObjectNode question = chat(Payloads.GENERAL_CHANNEL, "does anyone know what this disease actually is?");

        JsonNode plain = click(Payloads.faqPost(moderator(), List.of(Payloads.MODERATOR_ROLE), "als_basics", null));
        JsonNode first = postedWithTitle(title);
        JsonNode reply = click(Payloads.faqPost(moderator(), List.of(Payloads.MODERATOR_ROLE), "als_basics",
                Payloads.link(question)));
        JsonNode second = postedWithTitle(title);

        assertEquals(EPHEMERAL, plain.path("data").path("flags").asInt() & EPHEMERAL);
        assertEquals(DiscordWording.posted(title, false), plain.path("data").path("content").asText());
        assertTrue(first.path("message_reference").isMissingNode(), "not a reply: " + first);
        assertEquals(DiscordWording.posted(title, true), reply.path("data").path("content").asText());
        assertEquals(question.path("id").asText(), second.path("message_reference").path("message_id").asText());
        assertNoPings(second);
        Waits.until("both posts are counted", WAIT, () -> moderation.stats().snapshot().posts()
                .getOrDefault("als_basics", 0L) == postsBefore + 2);
        assertEquals(questionsBefore, moderation.stats().snapshot().questions(), "posts, not questions");
    }

    @Test
    @Order(27)
    void faqPost_withABadOrForeignLink_orByAMember_isRefusedPrivately_andPostsNothing() throws Exception {
        long before = System.nanoTime();
        ObjectNode elsewhere = Payloads.guildMessage(Payloads.OTHER_CHANNEL, member(), "hello", false);
        List<String> roles = List.of(Payloads.MODERATOR_ROLE);

        JsonNode bad = click(Payloads.faqPost(moderator(), roles, "als_basics", "the message above"));
        JsonNode foreign = click(Payloads.faqPost(moderator(), roles, "als_basics", Payloads.link(elsewhere)));
        JsonNode member = click(Payloads.faqPost(member(), List.of(), "als_basics", null));

        assertEquals(DiscordWording.NOT_A_MESSAGE_LINK, bad.path("data").path("content").asText());
        assertEquals(DiscordWording.LINK_ELSEWHERE, foreign.path("data").path("content").asText());
        assertTrue(member.path("data").path("content").asText().startsWith("Sorry, /faq post is for this server's"
                + " moderators"), member.toString());
        for (JsonNode refused : List.of(bad, foreign, member)) {
            assertEquals(EPHEMERAL, refused.path("data").path("flags").asInt() & EPHEMERAL);
        }
        Thread.sleep(300); // long enough for a post, had there been one
        assertTrue(discord.rest().calls().stream().noneMatch(c -> c.receivedNanos() >= before
                && c.path().matches("/channels/\\d+/messages")), "nothing posted");
    }

    @Test
    @Order(30)
    void stopsCleanlyAndNeverLogsTheToken() throws Exception {
        bot.stop();
        Waits.until("the gateway connection closes", WAIT, () -> !discord.gateway().connected());

        assertNoReplyToSilentMessages();
        List<String> lines = logs.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("Login Successful")), "the logs were captured");
        lines.forEach(line -> assertFalse(line.contains(TOKEN), "the token is in a log line: " + line));
        assertFalse(lines.stream().anyMatch(l -> l.contains("MTExMTExMTExMTExMTExMTEx")), "no part of the token");
    }

    /** A new post in the forum channel, as Discord sends it (the thread, then its first message); its thread's id. */
    private String forumPost(String title, String text) {
        ObjectNode author = member();
        ObjectNode thread = Payloads.forumThread(Payloads.FORUM_CHANNEL, title, author);
        discord.gateway().dispatch("THREAD_CREATE", thread);
        discord.gateway().dispatch("MESSAGE_CREATE", Payloads.forumStarter(thread, author, text));
        return thread.path("id").asText();
    }

    /** The next message the bot posted in the general channel with an embed titled {@code title}. */
    private JsonNode postedWithTitle(String title) throws InterruptedException {
        JsonNode sent = discord.rest().next("POST", MESSAGES.formatted(Payloads.GENERAL_CHANNEL), WAIT).body();
        assertEquals(title, sent.path("embeds").get(0).path("title").asText(), sent.toString());
        return sent;
    }

    /** A question the shipped knowledge base is unsure about, so that the bot asks "did you mean". */
    private String unsureQuestion() {
        return Stream.of("cost", "stem cell trials", "how does it work", "stem cells", "approved?", "clinic")
                .filter(q -> core.explain(q).outcome() instanceof Outcome.Clarify).findFirst()
                .orElseThrow(() -> new AssertionError("no test question gets a clarification any more"));
    }

    /** A question the shipped knowledge base declines. */
    private String declinedQuestion() {
        return Stream.of("stem cells", "what's the weather like in paris", "tell me a joke")
                .filter(q -> core.explain(q).outcome() instanceof Outcome.NoMatch).findFirst()
                .orElseThrow(() -> new AssertionError("no test question is declined any more"));
    }

    private void assertNoReplyToSilentMessages() {
        discord.rest().calls().stream().filter(c -> c.method().equals("POST") && c.body() != null)
                .forEach(c -> assertFalse(silent.contains(replyTarget(c)), "a reply to " + replyTarget(c)));
    }

    private void assertAnswersAMention() throws Exception {
        String general = MESSAGES.formatted(Payloads.GENERAL_CHANNEL);
        ObjectNode message = mention(Payloads.GENERAL_CHANNEL, "what is als");
        assertEquals(message.path("id").asText(), replyTarget(discord.rest().next("POST", general, WAIT)));
    }

    private void awaitConnected() throws InterruptedException {
        JDA shard = bot.shards().getShardById(0);
        Waits.until("shard 0 is connected", WAIT, () -> shard != null && shard.getStatus() == JDA.Status.CONNECTED);
    }

    /** The title of the answer to "What is ALS?" now, asked by a new member. */
    private String askedTitle() {
        try {
            return ask(member(), "What is ALS?", false).path("data").path("embeds").get(0).path("title").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The title line as the file spells it, so that the edit replaces exactly that. */
    private static String quotedOrPlain(String file, String title) {
        return file.contains("title: \"" + title + "\"") ? "\"" + title + "\"" : title;
    }

    /** The next message the bot posted to the moderator log channel. */
    private JsonNode modLog(Duration timeout) throws InterruptedException {
        return discord.rest().next("POST", MESSAGES.formatted(Payloads.MOD_LOG_CHANNEL), timeout).body();
    }

    private JsonNode admin(ObjectNode user, String subcommand, String question) throws Exception {
        return admin(user, List.of(Payloads.MODERATOR_ROLE), subcommand, question);
    }

    /** The reply to a {@code /faq-admin} call: the callback, or when it was deferred, the message sent later. */
    private JsonNode admin(ObjectNode user, List<String> roles, String subcommand, String question) throws Exception {
        ObjectNode interaction = Payloads.adminCommand(user, roles, subcommand, question);
        JsonNode callback = click(interaction);
        if (callback.path("type").asInt() != 5) {
            return callback;
        }
        JsonNode late = discord.rest().next("PATCH", "/webhooks/\\d+/" + Pattern.quote(interaction.path("token")
                .asText()) + "/messages/@original", WAIT).body();
        ObjectNode reply = Payloads.JSON.createObjectNode().put("type", 4);
        reply.set("data", ((ObjectNode) late.deepCopy()).put("flags", callback.path("data").path("flags").asInt()));
        return reply;
    }

    /** A member with the moderator role (and no Manage Server). */
    private static ObjectNode moderator() {
        return Payloads.user(Payloads.nextId(), MODERATOR_NAME, false);
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static Map<String, String> fields(JsonNode embed) {
        Map<String, String> fields = new LinkedHashMap<>();
        embed.path("fields").forEach(f -> fields.put(f.path("name").asText(), f.path("value").asText()));
        return fields;
    }

    private JsonNode ask(ObjectNode user, String question, boolean privately) throws Exception {
        return click(Payloads.askCommand(user, question, privately));
    }

    /** Sends an interaction and returns the body of its callback. */
    private JsonNode click(ObjectNode interaction) throws Exception {
        discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        String path = "/interactions/" + interaction.path("id").asText() + "/" + interaction.path("token").asText()
                + "/callback";
        return discord.rest().next("POST", Pattern.quote(path), WAIT).body();
    }

    private ObjectNode mention(String channel, String text) {
        ObjectNode message = Payloads.guildMessage(channel, member(), "<@" + Payloads.BOT_ID + "> " + text, true);
        discord.gateway().dispatch("MESSAGE_CREATE", message);
        return message;
    }

    private ObjectNode chat(String channel, String text) {
        ObjectNode message = Payloads.guildMessage(channel, member(), text, false);
        discord.gateway().dispatch("MESSAGE_CREATE", message);
        return message;
    }

    private static ObjectNode topicsCommand(ObjectNode user) {
        ObjectNode interaction = Payloads.askCommand(user, "", false);
        ObjectNode data = (ObjectNode) interaction.path("data");
        data.put("name", "faq").putArray("options").addObject().put("name", "topics").put("type", 1);
        return interaction;
    }

    /** The message a callback put in the channel, as a later click carries it. */
    private static JsonNode shown(JsonNode callback) {
        return RestStandIn.shownMessage(callback);
    }

    private static String replyTarget(RestStandIn.Call call) {
        return call.body().path("message_reference").path("message_id").asText();
    }

    private long helpfulVotes(String intent) {
        StatsSnapshot.Votes votes = moderation.stats().snapshot().feedback().get(intent);
        return votes == null ? 0 : votes.helpful();
    }

    /** Each member asks once: the cooldown (10 s) must not mix the scenarios up. */
    private static ObjectNode member() {
        return Payloads.user(Payloads.nextId(), "member", false);
    }

    private static void assertNoPings(JsonNode message) {
        JsonNode allowed = message.path("allowed_mentions");
        assertTrue(allowed.path("parse").isArray() && allowed.path("parse").isEmpty(), "parse: " + allowed);
        assertTrue(allowed.path("users").isMissingNode() || allowed.path("users").isEmpty(), "users: " + allowed);
        assertTrue(allowed.path("roles").isMissingNode() || allowed.path("roles").isEmpty(), "roles: " + allowed);
        assertFalse(allowed.path("replied_user").asBoolean(false), "replied_user: " + allowed);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }
}
