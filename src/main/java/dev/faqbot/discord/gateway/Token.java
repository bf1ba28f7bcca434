package dev.faqbot.discord.gateway;

import java.util.Objects;

/** The bot token. Its {@code toString} never shows it, so it cannot leak through a log line or a debugger. */
public final class Token {

    private static final String HIDDEN = "[token]";

    private final String value;

    public Token(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        this.value = value.strip();
    }

    /** The secret itself: only for handing to JDA. */
    public String value() {
        return value;
    }

    /** {@code text} with every occurrence of the token replaced, for anything that is logged or shown. */
    public String redact(String text) {
        return text == null ? "" : text.replace(value, HIDDEN);
    }

    @Override
    public String toString() {
        return "Token" + HIDDEN;
    }
}
