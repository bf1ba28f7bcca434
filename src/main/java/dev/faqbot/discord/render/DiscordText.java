package dev.faqbot.discord.render;

import java.util.regex.Pattern;

/**
 * Discord's own markup taken out of what a member wrote, before the core reads it: mentions of members, roles
 * and channels, {@code @everyone} and {@code @here}, custom emoji, timestamps and command mentions. Each becomes a
 * space. The core's normaliser knows Markdown, not Discord.
 */
public final class DiscordText {

    /*
     * One pass; every alternative starts with a fixed character and its repeated parts are followed by a character
     * they cannot hold ("<@" digits ">"), so a failed try costs no more than the characters it looked at, and no
     * character is looked at by two tries: linear time on any input (DiscordTextTest counts the steps).
     */
    private static final Pattern MARKUP = Pattern.compile(
            "<(?:@[!&]?|#)\\d{1,20}>"               // <@123> member, <@!123> nickname, <@&123> role, <#123> channel
                    + "|<a?:[\\w~]{1,64}:\\d{1,20}>"      // <:name:123> custom emoji, <a:name:123> animated
                    + "|<t:-?\\d{1,20}(?::[a-zA-Z])?>"    // <t:1767225600:R> timestamp
                    + "|</[\\w -]{1,64}:\\d{1,20}>"       // </ask:123> command mention
                    + "|(?<![\\w@.])@(?:everyone|here)\\b");   // not inside an e-mail address

    private DiscordText() {
    }

    /** The message as plain text for the core. */
    public static String plain(String content) {
        return content == null ? "" : MARKUP.matcher(content).replaceAll(" ").strip();
    }

    /** The pattern itself, for the step-count test. */
    static Pattern markup() {
        return MARKUP;
    }
}
