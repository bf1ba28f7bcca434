package dev.faqbot.discord.gateway;

import dev.faqbot.config.Settings;
import java.util.EnumSet;
import net.dv8tion.jda.api.requests.GatewayIntent;

/** The gateway intents the bot asks for: no more than its features need. */
public final class Intents {

    private Intents() {
    }

    /**
     * Slash commands and buttons need no intent at all. Guild messages and DMs bring @mentions and direct
     * messages, whose text Discord sends without the privileged Message Content intent. That intent is
     * asked for only when an auto-answer or forum channel is configured, because only there must the bot read
     * messages that are not addressed to it. A forum post's thread arrives with Discord's GUILDS intent, which
     * JDA always asks for (it has no constant for it).
     */
    public static EnumSet<GatewayIntent> needed(Settings.Discord settings) {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.readsUnaddressedMessages()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }
}
