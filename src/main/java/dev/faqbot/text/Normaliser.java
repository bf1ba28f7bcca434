package dev.faqbot.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a raw chat message into the plain, lower-case text that the safety check and classifier read. Every step
 * reads the text once, without regular expressions, so no message costs more than time in proportion to its
 * length (a message of 100,000 line breaks is as cheap as one of 100,000 letters). Discord's own markup (mentions,
 * custom emoji, timestamps) is the Discord adapter's to remove; this class knows only text and Markdown.
 */
public final class Normaliser {

    /**
     * Longest raw message read at all: Discord's longest message (4,000 characters with Nitro, 2,000 without; the
     * bot's /ask option takes 1,000), so every Discord message is read whole and the safety check sees all of it.
     * Text from elsewhere (the console, {@code ask}) is cut here: the hard cap on what one message can cost, above
     * all in the emergency detector, which embeds the cleaned message in windows of a few sentences.
     */
    public static final int MAX_RAW_CHARS = 4_000;

    private final int maxChars;

    /** @param maxChars the longest normalised text the classifier is given */
    public Normaliser(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maximum length must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Cleans and lower-cases the whole message, without the length cap (the safety check reads all of it). */
    public String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return plain(raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw);
    }

    /**
     * The clean-up itself, on text of any length ({@link #clean} cuts a raw message at {@link #MAX_RAW_CHARS}
     * first): NFKC, control characters to spaces, markup out, lower case, white space collapsed.
     */
    public static String plain(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return Markup.toPlain(Markup.controls(nfkc)).toLowerCase(Locale.ROOT).strip();
    }

    /** Cleans the message and caps it at the configured length, cutting at a word boundary where possible. */
    public String normalise(String raw) {
        return cap(clean(raw));
    }

    /** Caps cleaned text at the configured length, cutting at a word boundary where possible. */
    public String cap(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars).strip();
    }
}
