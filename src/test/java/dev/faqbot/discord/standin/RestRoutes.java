package dev.faqbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the REST stand-in answers per route: null for an unknown route, NullNode for "204 No Content". */
final class RestRoutes {

    private RestRoutes() {
    }

    static JsonNode answer(String method, String path, String query, JsonNode body, String gatewayUrl) {
        String route = method + " " + path;
        if (route.equals("GET /users/@me")) {
            return Payloads.botUser();
        }
        if (route.equals("GET /gateway/bot")) {
            ObjectNode gateway = Payloads.JSON.createObjectNode().put("url", gatewayUrl).put("shards", 1);
            gateway.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                    .put("reset_after", 0).put("max_concurrency", 1);
            return gateway;
        }
        if (route.matches("PUT /applications/\\d+/commands")
                || route.matches("PUT /applications/\\d+/guilds/\\d+/commands")) {
            return commands((ArrayNode) body, path.contains("/guilds/") ? path.split("/")[4] : null);
        }
        if (route.matches("POST /interactions/\\d+/[^/]+/callback")) {
            return callback(path, query, body);
        }
        if (route.matches("POST /channels/\\d+/messages")) {
            return sent(path.split("/")[2], body);
        }
        if (route.equals("POST /users/@me/channels")) {
            ObjectNode channel = Payloads.JSON.createObjectNode().put("id", Payloads.DM_CHANNEL).put("type", 1)
                    .putNull("last_message_id");
            channel.putArray("recipients").add(Payloads.user(body.path("recipient_id").asText(), "member", false));
            return channel;
        }
        if (route.matches("(POST|PATCH) /webhooks/\\d+/[^/]+(/messages/@original)?")) {
            return sent(Payloads.GENERAL_CHANNEL, body);
        }
        return null;
    }

    /** The commands as Discord registers them: global ones, or a server's own ({@code guildId} not null). */
    private static JsonNode commands(ArrayNode definitions, String guildId) {
        ArrayNode registered = Payloads.JSON.createArrayNode();
        definitions.forEach(definition -> {
            ObjectNode command = ((ObjectNode) definition.deepCopy()).put("id", Payloads.nextId())
                    .put("application_id", Payloads.APPLICATION_ID).put("version", Payloads.nextId())
                    .put("type", definition.path("type").asInt(1));
            if (guildId != null) {
                command.put("guild_id", guildId);
            }
            registered.add(command);
        });
        return registered;
    }

    private static JsonNode callback(String path, String query, JsonNode body) {
        if (query == null || !query.contains("with_response=true")) {
            return Payloads.JSON.nullNode();
        }
        ObjectNode response = Payloads.JSON.createObjectNode();
        JsonNode message = sent(Payloads.GENERAL_CHANNEL, body.path("data"));
        response.putObject("interaction").put("id", path.split("/")[2]).put("type", 2)
                .put("response_message_id", message.path("id").asText())
                .put("response_message_loading", false)
                .put("response_message_ephemeral", (body.path("data").path("flags").asInt() & 64) != 0);
        response.putObject("resource").put("type", body.path("type").asInt()).set("message", message);
        return response;
    }

    /** The message Discord would return for what the bot sent. */
    static JsonNode sent(String channelId, JsonNode body) {
        ObjectNode message = Payloads.message(channelId, Payloads.botUser(),
                body == null ? "" : body.path("content").asText(""));
        if (body != null) {
            if (body.has("embeds")) {
                ArrayNode embeds = message.putArray("embeds");
                body.get("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
            }
            if (body.has("components")) {
                message.set("components", body.get("components"));
            }
            message.put("flags", body.path("flags").asInt(0));
        }
        return message;
    }
}
