package dev.faqbot.discord.admin;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to a Discord message, as "Copy Message Link" gives it:
 * {@code https://discord.com/channels/<server>/<channel>/<message>}.
 *
 * @param guildId the server's id, or {@code @me} for a direct message
 */
record MessageLink(String guildId, String channelId, String messageId) {

    /** No nested repetition: linear in the length of what a moderator pastes. */
    private static final Pattern LINK = Pattern.compile(
            "<?https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/channels/(\\d{1,20}|@me)/(\\d{1,20})/(\\d{1,20})/?>?");

    /** The link in {@code text} (the whole of it, spaces around allowed); empty when it is not a message link. */
    static Optional<MessageLink> parse(String text) {
        Matcher link = LINK.matcher(text.strip());
        return link.matches() ? Optional.of(new MessageLink(link.group(1), link.group(2), link.group(3)))
                : Optional.empty();
    }

    /** True when the linked message is in this channel of this server. */
    boolean isIn(String guild, String channel) {
        return guildId.equals(guild) && channelId.equals(channel);
    }
}
