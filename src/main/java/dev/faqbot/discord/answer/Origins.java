package dev.faqbot.discord.answer;

import dev.faqbot.core.Origin;
import net.dv8tion.jda.api.entities.Guild;

/** Where on Discord a question came from, as statistics keep it: the server's id, or a direct message. */
public final class Origins {

    private Origins() {
    }

    public static Origin of(Guild guild) {
        return guild == null ? Origin.DIRECT_MESSAGE : Origin.server(guild.getId());
    }
}
