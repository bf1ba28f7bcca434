package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqbot.config.Settings;
import dev.faqbot.discord.admin.FakeAdmin;
import dev.faqbot.discord.answer.Answers;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.ComponentIds;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.discord.standin.Payloads;
import dev.faqbot.discord.standin.RestStandIn;
import dev.faqbot.discord.standin.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * What Discord does that a happy path never shows, against the real JDA client and the real core: zlib-stream
 * compression with payloads split over frames, an op 7 RECONNECT, heartbeats no longer acknowledged (a zombie
 * connection), rate-limit headers on every answer, a 429 with a fractional {@code retry_after}, and clicks sent as
 * Discord sends them. In each, the bot must survive without losing a reply.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordProtocolTest {

    private static final String TOKEN = "MTExMTExMTExMTExMTExMTEx.fake.token";
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Short, so that JDA notices unacknowledged heartbeats within seconds (Discord's is about 41 s). */
    private static final Duration HEARTBEAT = Duration.ofMillis(700);
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final String GENERAL = "/channels/" + Payloads.GENERAL_CHANNEL + "/messages";

    private LogCapture logs;
    private DiscordStandIn discord;
    private DiscordBot bot;

    @BeforeAll
    // With a cold target/test-cache (a fresh clone, CI) this class may be the first to embed every example and
    // train the shipped model: minutes on 2 cores, more than 5 on a busy machine. Warm, the start takes seconds.
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void start() throws Exception {
        logs = new LogCapture();
        discord = DiscordStandIn.start();
        discord.gateway().heartbeatInterval(HEARTBEAT);
        Settings.Discord settings = new Settings.Discord("", List.of(), 10, "", "", 1, List.of());
        bot = DiscordBot.start(FakeAdmin.backend(Answers.of(RealBot.get()), new FakeAdmin()), settings,
                new Token(TOKEN), discord::pointAtStandIn);
        discord.gateway().next(IDENTIFY, WAIT);
        awaitConnected();
    }

    @AfterAll
    void stop() {
        bot.stop();
        discord.close();
        logs.close();
    }

    @Test
    @Order(1)
    void asInProduction_theGatewayIsZlibStreamCompressed_withLongPayloadsSplitOverFrames() throws Exception {
        assertTrue(discord.gateway().lastQuery().contains("compress=zlib-stream"), discord.gateway().lastQuery());
        assertTrue(discord.gateway().compressedFrames() > 0, "the stand-in sent compressed frames");
        assertTrue(discord.gateway().splitMessages() > 0, "READY and GUILD_CREATE came in two frames each");

        assertAnsweredOnce(mention("what is als"));
    }

    @Test
    @Order(2)
    void anOp7Reconnect_isResumed_andAQuestionAskedMeanwhileIsAnswered() throws Exception {
        discord.gateway().requestReconnect();
        ObjectNode asked = mention("what is als");

        assertEquals(4900, discord.gateway().nextCloseByBot(WAIT), "JDA closes to reconnect");
        JsonNode resume = discord.gateway().next(RESUME, WAIT);
        assertEquals(TOKEN, resume.path("d").path("token").asText());
        awaitConnected();
        assertAnsweredOnce(asked);
        assertAnsweredOnce(mention("what are mscs"));
    }

    @Test
    @Order(3)
    void aZombieConnection_isClosedByTheBot_resumed_andTheQuestionItSwallowedIsAnswered() throws Exception {
        discord.gateway().goZombie();
        ObjectNode swallowed = mention("what is als"); // held by the stand-in, as a dead connection would

        // JDA sends its close (4900) and drops the socket; in about one run in ten the stand-in sees the socket end
        // before the close frame (1006, abnormal close: 1 of 12 runs of c4d1505, 2 of 10 of the next build). Either
        // way the bot closed the connection, for the reason its log gives; what matters is the resume below.
        int code = discord.gateway().nextCloseByBot(WAIT);
        assertTrue(code == 4900 || code == 1006, "JDA closes a connection that stopped acknowledging: " + code);
        assertTrue(discord.gateway().heartbeatsIgnored() >= 2, "after two heartbeats without an acknowledgement");
        Waits.until("JDA says why", WAIT, () -> logs.lines().stream().anyMatch(l -> l.contains("Missed 2 heartbeats")));
        discord.gateway().next(RESUME, WAIT);
        awaitConnected();
        assertAnsweredOnce(swallowed);
    }

    @Test
    @Order(4)
    void rateLimitHeadersOnOrdinaryAnswers_areRespected_soNoReplyMeetsA429() throws Exception {
        discord.rest().limit("POST", GENERAL, 2, Duration.ofMillis(1_200));
        long before = System.nanoTime();
        List<ObjectNode> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asked.add(mention("what is als"));
        }

        List<RestStandIn.Call> replies = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            replies.add(discord.rest().next("POST", GENERAL, WAIT));
        }

        assertEquals(asked.stream().map(m -> m.path("id").asText()).sorted().toList(),
                replies.stream().map(DiscordProtocolTest::replyTarget).sorted().toList(), "every question answered");
        assertTrue(replies.stream().allMatch(c -> c.status() == 200), "no 429: JDA waited for the bucket to reset");
        long thirdAfterMillis = (replies.get(2).receivedNanos() - replies.get(0).receivedNanos()) / 1_000_000;
        assertTrue(thirdAfterMillis >= 900, "the third waited for the reset: " + thirdAfterMillis + " ms");
        assertTrue(discord.rest().calls().stream().filter(c -> c.receivedNanos() >= before)
                .noneMatch(c -> c.status() == 429), "no 429 anywhere");
        discord.rest().limit("POST", GENERAL, 50, Duration.ofSeconds(1));
    }

    @Test
    @Order(5)
    void a429WithAFractionalRetryAfter_isWaitedOut_andTheSameReplyIsSentAgain() throws Exception {
        discord.rest().rateLimitNext("POST", GENERAL, Duration.ofMillis(350));
        ObjectNode asked = mention("what is als");

        RestStandIn.Call limited = discord.rest().next("POST", GENERAL, WAIT);
        RestStandIn.Call retried = discord.rest().next("POST", GENERAL, WAIT);

        assertEquals(429, limited.status());
        assertEquals(200, retried.status());
        assertEquals(asked.path("id").asText(), replyTarget(retried));
        assertEquals(limited.body().path("nonce"), retried.body().path("nonce"), "the same request, sent again");
        long waitedMillis = (retried.receivedNanos() - limited.receivedNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 350, "waited " + waitedMillis + " ms of retry_after 0.35");
    }

    @Test
    @Order(6)
    void clicksComeAsDiscordSendsThem_aButtonAndAStringSelect_andEachIsAnswered() throws Exception {
        ObjectNode user = Payloads.user(Payloads.nextId(), "member", false);
        JsonNode topics = click(topicsCommand(user));
        JsonNode shownTopics = RestStandIn.shownMessage(topics);
        ObjectNode choice = Payloads.menuChoice(user, ComponentIds.TOPICS, "risks", shownTopics);

        JsonNode chosen = click(choice);
        JsonNode shownAnswer = RestStandIn.shownMessage(chosen);
        String related = shownAnswer.findValuesAsText("custom_id").stream().filter(id -> id.startsWith("faq:pick:"))
                .findFirst().orElseThrow(() -> new AssertionError("no related question under " + shownAnswer));
        ObjectNode button = Payloads.buttonClick(user, related, shownAnswer);
        JsonNode followUp = click(button);

        assertEquals(3, choice.path("type").asInt(), "MESSAGE_COMPONENT");
        assertEquals(3, choice.path("data").path("component_type").asInt(), "string select");
        assertEquals(3, button.path("type").asInt(), "MESSAGE_COMPONENT");
        assertEquals(2, button.path("data").path("component_type").asInt(), "button");
        assertEquals(RealBot.get().knowledgeBase().response("risks").orElseThrow().title(),
                chosen.path("data").path("embeds").get(0).path("title").asText());
        String relatedIntent = related.substring("faq:pick:".length());
        assertEquals(RealBot.get().knowledgeBase().response(relatedIntent).orElseThrow().title(),
                followUp.path("data").path("embeds").get(0).path("title").asText());
    }

    private void awaitConnected() throws InterruptedException {
        JDA shard = bot.shards().getShardById(0);
        Waits.until("shard 0 is connected", WAIT, () -> shard != null && shard.getStatus() == JDA.Status.CONNECTED);
    }

    /** A member's @mention of the bot in the general channel; each is a new member (the cooldown is per member). */
    private ObjectNode mention(String text) {
        ObjectNode message = Payloads.guildMessage(Payloads.GENERAL_CHANNEL,
                Payloads.user(Payloads.nextId(), "member", false), "<@" + Payloads.BOT_ID + "> " + text, true);
        discord.gateway().dispatch("MESSAGE_CREATE", message);
        return message;
    }

    /** Waits for the bot's reply to {@code message}; then, a moment later, checks it was not sent twice. */
    private void assertAnsweredOnce(ObjectNode message) throws InterruptedException {
        String id = message.path("id").asText();
        RestStandIn.Call reply = discord.rest().next("POST", GENERAL, WAIT);
        assertEquals(id, replyTarget(reply), "the reply to the question just asked");
        assertEquals(200, reply.status());
        Thread.sleep(300); // long enough for a second reply, had the question been delivered twice
        assertEquals(1, discord.rest().calls().stream()
                .filter(c -> c.method().equals("POST") && c.body() != null && replyTarget(c).equals(id)).count(),
                "one reply to " + id);
    }

    private JsonNode click(ObjectNode interaction) throws InterruptedException {
        discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        String path = "/interactions/" + interaction.path("id").asText() + "/" + interaction.path("token").asText()
                + "/callback";
        return discord.rest().next("POST", Pattern.quote(path), WAIT).body();
    }

    private static ObjectNode topicsCommand(ObjectNode user) {
        ObjectNode interaction = Payloads.askCommand(user, "", false);
        ObjectNode data = (ObjectNode) interaction.path("data");
        data.put("name", "faq").putArray("options").addObject().put("name", "topics").put("type", 1);
        return interaction;
    }

    private static String replyTarget(RestStandIn.Call call) {
        return call.body().path("message_reference").path("message_id").asText();
    }
}
