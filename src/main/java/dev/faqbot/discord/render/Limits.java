package dev.faqbot.discord.render;

/**
 * Discord's size limits for what the bot sends (https://discord.com/developers/docs/resources/message).
 * Going over any of them makes Discord reject the whole message, so the renderer fits every part to them.
 */
public final class Limits {

    public static final int CONTENT = 2_000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4_096;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1_024;
    static final int FOOTER = 2_048;
    public static final int EMBED_TOTAL = 6_000;
    static final int ROWS = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int BUTTON_LABEL = 80;
    static final int CUSTOM_ID = 100;
    static final int SELECT_OPTIONS = 25;
    public static final int OPTION_LABEL = 100;
    public static final int OPTION_VALUE = 100;
    /** Autocomplete choices offered at once. */
    public static final int CHOICES = 25;

    private Limits() {
    }
}
