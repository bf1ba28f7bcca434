package dev.faqbot.core;

import java.util.Objects;

/**
 * Where a question was asked, as far as statistics need to know: a server (guild) id, a direct message, the
 * console chat. Never a person, a channel or a message.
 *
 * @param server the server id, or {@code "dm"}, {@code "console"}, or {@code ""} when not known
 */
public record Origin(String server) {

    /** Asked where nobody keeps track (tests, {@code ask}). */
    public static final Origin UNKNOWN = new Origin("");
    /** A direct message to the bot on Discord. */
    public static final Origin DIRECT_MESSAGE = new Origin("dm");
    /** The console chat. */
    public static final Origin CONSOLE = new Origin("console");

    public Origin {
        Objects.requireNonNull(server, "server");
    }

    /** A question asked in the server with this id. */
    public static Origin server(String id) {
        return new Origin(id);
    }
}
