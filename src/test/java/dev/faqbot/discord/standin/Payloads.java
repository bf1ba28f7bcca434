package dev.faqbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The small Discord world of the stand-in, as JSON: the bot, one guild with two text channels, and members
 * who ask questions. Only the fields JDA reads are filled in.
 */
public final class Payloads {

    public static final ObjectMapper JSON = new ObjectMapper();

    public static final String BOT_ID = "1100000000000000001";
    public static final String APPLICATION_ID = BOT_ID;
    public static final String GUILD_ID = "1200000000000000002";
    public static final String GENERAL_CHANNEL = "1300000000000000003";
    public static final String AUTO_CHANNEL = "1300000000000000004";
    public static final String DM_CHANNEL = "1300000000000000005";
    public static final String MOD_LOG_CHANNEL = "1300000000000000006";
    /** A forum channel (type 15): each post is a thread whose first message has the thread's id. */
    public static final String FORUM_CHANNEL = "1300000000000000008";
    /** A role with no special permission, named as discord.moderator_role names it. */
    public static final String MODERATOR_ROLE = "1700000000000000010";
    public static final String MODERATOR_ROLE_NAME = "Moderators";
    /** A role with Manage Server. */
    public static final String ADMIN_ROLE = "1700000000000000011";
    /**
     * Another server the bot was added to, by someone else: not one of the moderators' servers. It has a
     * channel, a role with Manage Server, and a role named like the moderator role (another id, of course).
     */
    public static final String OTHER_GUILD_ID = "1200000000000000009";
    public static final String OTHER_CHANNEL = "1300000000000000019";
    public static final String OTHER_ADMIN_ROLE = "1700000000000000019";
    public static final String OTHER_NAMESAKE_ROLE = "1700000000000000018";
    /**
     * Everyone may see channels, send messages (also in threads: a forum post is one) and read history; Manage Server
     * (32) is the admins' only.
     */
    private static final long EVERYONE_PERMISSIONS = 68_608 | 1L << 38;
    private static final long MANAGE_SERVER = 32;

    private static final String JOINED = "2024-01-01T00:00:00.000000+00:00";
    /** Discord ids are snowflakes: ever larger numbers. */
    private static final AtomicLong NEXT_ID = new AtomicLong(1_400_000_000_000_000_000L);

    private Payloads() {
    }

    public static String nextId() {
        return Long.toString(NEXT_ID.incrementAndGet());
    }

    public static ObjectNode botUser() {
        return user(BOT_ID, "faqbot", true);
    }

    public static ObjectNode user(String id, String name, boolean bot) {
        return JSON.createObjectNode().put("id", id).put("username", name).put("discriminator", "0000")
                .put("global_name", name).putNull("avatar").put("bot", bot).put("flags", 0);
    }

    public static ObjectNode ready(String sessionId, String resumeUrl) {
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", sessionId)
                .put("resume_gateway_url", resumeUrl);
        ready.set("user", botUser());
        ArrayNode guilds = ready.putArray("guilds");
        guilds.addObject().put("id", GUILD_ID).put("unavailable", true);
        guilds.addObject().put("id", OTHER_GUILD_ID).put("unavailable", true);
        ready.putArray("private_channels");
        ready.putArray("shard").add(0).add(1);
        ready.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
        return ready;
    }

    /** Every server the bot is in, as the GUILD_CREATE events after READY carry them. */
    public static List<ObjectNode> guilds() {
        return List.of(guild(), otherGuild());
    }

    public static ObjectNode guild() {
        ObjectNode guild = guildShell(GUILD_ID, "ALS support");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(MODERATOR_ROLE, MODERATOR_ROLE_NAME, EVERYONE_PERMISSIONS, 1));
        roles.add(role(ADMIN_ROLE, "Server admins", EVERYONE_PERMISSIONS | MANAGE_SERVER, 2));
        ArrayNode channels = guild.putArray("channels");
        channels.add(textChannel(GUILD_ID, GENERAL_CHANNEL, "general", 0));
        channels.add(textChannel(GUILD_ID, AUTO_CHANNEL, "ask-the-bot", 1));
        channels.add(textChannel(GUILD_ID, MOD_LOG_CHANNEL, "mod-log", 2));
        channels.add(forumChannel(GUILD_ID, FORUM_CHANNEL, "ask-the-community", 3));
        return guild;
    }

    /** The server of {@link #OTHER_GUILD_ID}. */
    public static ObjectNode otherGuild() {
        ObjectNode guild = guildShell(OTHER_GUILD_ID, "Someone else's server");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(OTHER_GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(OTHER_NAMESAKE_ROLE, MODERATOR_ROLE_NAME, EVERYONE_PERMISSIONS, 1));
        roles.add(role(OTHER_ADMIN_ROLE, "Owners", EVERYONE_PERMISSIONS | MANAGE_SERVER, 2));
        guild.putArray("channels").add(textChannel(OTHER_GUILD_ID, OTHER_CHANNEL, "general", 0));
        return guild;
    }

    private static ObjectNode guildShell(String id, String name) {
        ObjectNode guild = JSON.createObjectNode().put("id", id).put("name", name)
                .put("owner_id", "1500000000000000001").put("member_count", 2).put("large", false)
                .put("unavailable", false).put("joined_at", JOINED).putNull("icon").put("afk_timeout", 300)
                .put("verification_level", 0).put("default_message_notifications", 1).put("mfa_level", 0)
                .put("explicit_content_filter", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("preferred_locale", "en-US").put("system_channel_flags", 0);
        guild.putArray("members").add(member(botUser()));
        for (String empty : new String[] {"emojis", "stickers", "voice_states", "presences", "threads",
                "features", "stage_instances", "guild_scheduled_events", "soundboard_sounds"}) {
            guild.putArray(empty);
        }
        return guild;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode role = JSON.createObjectNode().put("id", id).put("name", name)
                .put("permissions", Long.toString(permissions)).put("position", position).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    private static ObjectNode textChannel(String guildId, String id, String name, int position) {
        ObjectNode channel = JSON.createObjectNode().put("id", id).put("type", 0).put("name", name)
                .put("guild_id", guildId).put("position", position).put("nsfw", false).putNull("parent_id")
                .put("rate_limit_per_user", 0).putNull("last_message_id").putNull("topic");
        channel.putArray("permission_overwrites");
        return channel;
    }

    private static ObjectNode forumChannel(String guildId, String id, String name, int position) {
        ObjectNode forum = textChannel(guildId, id, name, position).put("type", 15).put("flags", 0)
                .putNull("default_reaction_emoji").putNull("default_sort_order").put("default_forum_layout", 0)
                .put("default_thread_rate_limit_per_user", 0);
        forum.putArray("available_tags");
        return forum;
    }

    /**
     * A new post in {@code forumId}, as THREAD_CREATE carries it: a public thread (type 11) named {@code title},
     * started by {@code author}, just created.
     */
    public static ObjectNode forumThread(String forumId, String title, ObjectNode author) {
        String created = now();
        ObjectNode thread = JSON.createObjectNode().put("id", nextId()).put("type", 11).put("guild_id", guildOf(forumId))
                .put("parent_id", forumId).put("owner_id", author.path("id").asText()).put("name", title)
                .putNull("last_message_id").put("message_count", 0).put("member_count", 1)
                .put("rate_limit_per_user", 0).put("flags", 0).put("total_message_sent", 0)
                .put("newly_created", true);
        thread.putArray("applied_tags");
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 4320)
                .put("archive_timestamp", created).put("locked", false).put("create_timestamp", created);
        return thread;
    }

    /** The first message of a forum post: in the post's thread, with the thread's id, as Discord sends it. */
    public static ObjectNode forumStarter(JsonNode thread, ObjectNode author, String content) {
        ObjectNode message = guildMessage(thread.path("id").asText(), author, content, false);
        message.put("id", thread.path("id").asText()).put("guild_id", thread.path("guild_id").asText());
        return message;
    }

    private static ObjectNode member(ObjectNode user) {
        ObjectNode member = JSON.createObjectNode().put("joined_at", JOINED).put("deaf", false).put("mute", false)
                .put("flags", 0).putNull("nick");
        member.set("user", user);
        member.putArray("roles");
        return member;
    }

    /** A member's message in a guild channel; {@code mentionsBot} fills in the mention Discord would add. */
    public static ObjectNode guildMessage(String channelId, ObjectNode author, String content, boolean mentionsBot) {
        ObjectNode message = message(channelId, author, content);
        message.put("guild_id", guildOf(channelId));
        ObjectNode member = member(author);
        member.remove("user");
        message.set("member", member);
        if (mentionsBot) {
            ObjectNode mentioned = botUser();
            mentioned.set("member", member(botUser()).without("user"));
            ((ArrayNode) message.get("mentions")).add(mentioned);
        }
        return message;
    }

    /** A direct message to the bot. */
    public static ObjectNode directMessage(ObjectNode author, String content) {
        return message(DM_CHANNEL, author, content);
    }

    /** A message as Discord returns it; also what the REST stand-in answers to a sent message. */
    public static ObjectNode message(String channelId, JsonNode author, String content) {
        ObjectNode message = JSON.createObjectNode().put("id", nextId()).put("channel_id", channelId)
                .put("content", content).put("timestamp", now()).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("type", 0).put("flags", 0);
        message.set("author", author);
        for (String empty : new String[] {"mentions", "mention_roles", "attachments", "embeds", "components"}) {
            message.putArray(empty);
        }
        return message;
    }

    /** {@code /ask question:<question>} (and {@code private:true}) by {@code user} in the general channel. */
    public static ObjectNode askCommand(ObjectNode user, String question, boolean privately) {
        ObjectNode data = JSON.createObjectNode().put("id", nextId()).put("name", "ask").put("type", 1);
        ArrayNode options = data.putArray("options");
        options.addObject().put("name", "question").put("type", 3).put("value", question);
        if (privately) {
            options.addObject().put("name", "private").put("type", 5).put("value", true);
        }
        return interaction(2, user, data, null);
    }

    /**
     * {@code /faq-admin <subcommand>} by {@code user}, a member with {@code roles}, in the general channel;
     * {@code question} fills the option of {@code test}.
     */
    public static ObjectNode adminCommand(ObjectNode user, List<String> roles, String subcommand, String question) {
        return adminCommandIn(GENERAL_CHANNEL, user, roles, subcommand, question);
    }

    /** As {@link #adminCommand}, in {@code channelId} (and its server). */
    public static ObjectNode adminCommandIn(String channelId, ObjectNode user, List<String> roles, String subcommand,
                                            String question) {
        ObjectNode data = JSON.createObjectNode().put("id", nextId()).put("name", "faq-admin").put("type", 1);
        ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
        ArrayNode options = sub.putArray("options");
        if (question != null) {
            options.addObject().put("name", "question").put("type", 3).put("value", question);
        }
        ObjectNode interaction = interaction(2, user, data, null, channelId);
        ArrayNode memberRoles = (ArrayNode) interaction.path("member").path("roles");
        roles.forEach(memberRoles::add);
        return interaction;
    }

    /**
     * {@code /faq post topic:<topic>} (and {@code reply_to:<link>} when not null) by {@code user}, a member with
     * {@code roles}, in the general channel.
     */
    public static ObjectNode faqPost(ObjectNode user, List<String> roles, String topic, String replyTo) {
        ObjectNode data = JSON.createObjectNode().put("id", nextId()).put("name", "faq").put("type", 1);
        ArrayNode options = data.putArray("options").addObject().put("name", "post").put("type", 1)
                .putArray("options");
        options.addObject().put("name", "topic").put("type", 3).put("value", topic);
        if (replyTo != null) {
            options.addObject().put("name", "reply_to").put("type", 3).put("value", replyTo);
        }
        ObjectNode interaction = interaction(2, user, data, null);
        roles.forEach(((ArrayNode) interaction.path("member").path("roles"))::add);
        return interaction;
    }

    /** What Discord sends while {@code user} types {@code typed} into {@code /faq post topic:} (type 4). */
    public static ObjectNode faqPostAutocomplete(ObjectNode user, String typed) {
        ObjectNode data = JSON.createObjectNode().put("id", nextId()).put("name", "faq").put("type", 1);
        data.putArray("options").addObject().put("name", "post").put("type", 1).putArray("options").addObject()
                .put("name", "topic").put("type", 3).put("value", typed).put("focused", true);
        return interaction(4, user, data, null);
    }

    /** A link to a message, as "Copy Message Link" gives it. */
    public static String link(JsonNode message) {
        return "https://discord.com/channels/" + guildOf(message.path("channel_id").asText()) + "/"
                + message.path("channel_id").asText() + "/" + message.path("id").asText();
    }

    /** The interaction type Discord gives every click on a message component. */
    public static final int MESSAGE_COMPONENT = 3;
    /** Component types: a button, and a menu of text choices. */
    public static final int BUTTON = 2;
    public static final int STRING_SELECT = 3;

    /** A click on the bot's button {@code customId} under {@code message}. */
    public static ObjectNode buttonClick(ObjectNode user, String customId, JsonNode message) {
        return click(user, message, customId, BUTTON);
    }

    /** A choice of {@code value} from the bot's menu {@code customId} under {@code message}. */
    public static ObjectNode menuChoice(ObjectNode user, String customId, String value, JsonNode message) {
        return click(user, message, customId, STRING_SELECT, value);
    }

    /**
     * A click as Discord sends it: an interaction of type 3 (MESSAGE_COMPONENT) whose {@code component_type} is that
     * of the component clicked, as the message shows it (2 for a button, 3 for a string select, with the values
     * chosen from its options). Discord only sends clicks on components a message has, so a test that clicks
     * something the bot did not send, or a choice its menu does not offer, fails here.
     */
    private static ObjectNode click(ObjectNode user, JsonNode message, String customId, int expectedType,
                                    String... values) {
        JsonNode component = component(message, customId);
        int type = component.path("type").asInt();
        if (type != expectedType) {
            throw new AssertionError("'" + customId + "' is a component of type " + type + ", not " + expectedType);
        }
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", type);
        if (type == STRING_SELECT) {
            List<String> offered = new java.util.ArrayList<>();
            component.path("options").forEach(o -> offered.add(o.path("value").asText()));
            ArrayNode chosen = data.putArray("values");
            for (String value : values) {
                if (!offered.contains(value)) {
                    throw new AssertionError("the menu '" + customId + "' does not offer '" + value + "': " + offered);
                }
                chosen.add(value);
            }
        }
        return interaction(MESSAGE_COMPONENT, user, data, message);
    }

    /** The component {@code customId} in the message's action rows. */
    private static JsonNode component(JsonNode message, String customId) {
        for (JsonNode row : message.path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("custom_id").asText().equals(customId)) {
                    return component;
                }
            }
        }
        throw new AssertionError("the message has no component '" + customId + "': " + message.path("components"));
    }

    private static ObjectNode interaction(int type, ObjectNode user, ObjectNode data, JsonNode message) {
        return interaction(type, user, data, message, GENERAL_CHANNEL);
    }

    private static ObjectNode interaction(int type, ObjectNode user, ObjectNode data, JsonNode message,
                                          String channelId) {
        String guildId = guildOf(channelId);
        ObjectNode interaction = JSON.createObjectNode().put("id", nextId()).put("application_id", APPLICATION_ID)
                .put("type", type).put("token", "interaction-token-" + nextId()).put("version", 1)
                .put("guild_id", guildId).put("channel_id", channelId).put("locale", "en-US")
                .put("guild_locale", "en-US").put("app_permissions", "2248473465835073").put("context", 0);
        interaction.set("channel", textChannel(guildId, channelId, "general", 0));
        interaction.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        ObjectNode member = member(user).put("permissions", "2248473465835073");
        interaction.set("member", member);
        interaction.set("data", data);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", guildId);
        if (message != null) {
            interaction.set("message", message);
        }
        return interaction;
    }

    /** The server a channel of the stand-in belongs to. */
    public static String guildOf(String channelId) {
        return OTHER_CHANNEL.equals(channelId) ? OTHER_GUILD_ID : GUILD_ID;
    }

    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
