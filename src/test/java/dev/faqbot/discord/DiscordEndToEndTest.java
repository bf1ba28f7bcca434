package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.discord.standin.Payloads;
import dev.faqbot.discord.standin.RestStandIn;
import dev.faqbot.discord.standin.Waits;
import dev.faqbot.kb.Response;
import dev.faqbot.render.Wording;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The real JDA client against a Discord stand-in on 127.0.0.1: login, slash commands, mentions, DMs, clicks,
 * a dropped gateway, a lost session and a 429, all answered by the real core trained on the shipped
 * knowledge base. Every wait is bounded.
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

    private LogCapture logs;
    private DiscordStandIn discord;
    private FaqBot core;
    private DiscordBot bot;
    private JsonNode identify;
    /** Messages the bot must not answer (in the auto-answer channel, or not addressed to it). */
    private final List<String> silent = new ArrayList<>();

    @BeforeAll
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void start() throws Exception {
        logs = new LogCapture();
        core = RealBot.get();
        discord = DiscordStandIn.start();
        Settings.Discord settings = new Settings.Discord("", List.of(Payloads.AUTO_CHANNEL), 10, "", "", 1, List.of());
        bot = DiscordBot.start(Answers.of(core), settings, new Token(TOKEN), discord::pointAtStandIn);
        identify = discord.gateway().next(IDENTIFY, WAIT);
        awaitConnected();
    }

    @AfterAll
    void stop() throws Exception {
        bot.stop();
        discord.close();
        logs.close();
    }

    @Test
    @Order(1)
    void logsInWithTheTokenAndAsksOnlyForTheIntentsItNeeds() {
        assertEquals(TOKEN, identify.path("d").path("token").asText());
        int intents = identify.path("d").path("intents").asInt();
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
    void registersTheSlashCommandsWithOneBulkOverwrite() throws Exception {
        RestStandIn.Call put = discord.rest().next("PUT", "/applications/" + Payloads.APPLICATION_ID + "/commands", WAIT);
        assertEquals(List.of("ask", "faq"), names(put.body()));
        JsonNode ask = put.body().get(0);
        assertEquals(List.of("question", "private"), names(ask.path("options")));
        assertTrue(ask.path("options").get(0).path("required").asBoolean());
        assertEquals(List.of("topics"), names(put.body().get(1).path("options")));
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
        assertInstanceOf(Outcome.NoMatch.class, core.ask("tell me a joke about cats"));
        assertInstanceOf(Outcome.Answered.class, core.ask("what is als"));
        ObjectNode vague = chat(Payloads.AUTO_CHANNEL, "tell me a joke about cats");
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

        JsonNode thanks = click(Payloads.buttonClick(user, "faq:yes:als_basics", answer));
        JsonNode again = click(Payloads.buttonClick(user, "faq:no:als_basics", answer));

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

    /** A question the shipped knowledge base is unsure about, so that the bot asks "did you mean". */
    private String unsureQuestion() {
        return Stream.of("cost", "stem cell trials", "how does it work")
                .filter(q -> core.ask(q) instanceof Outcome.Clarify).findFirst()
                .orElseThrow(() -> new AssertionError("no test question gets a clarification any more"));
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
        FeedbackCounts.Tally tally = bot.feedback().tallies().get(intent);
        return tally == null ? 0 : tally.helpful();
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
