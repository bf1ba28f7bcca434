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
     * bot's /ask option takes 1,000) after a forum post's title (100) and a line break, so every Discord message is
     * read whole and the safety check sees all of it.
     * Text from elsewhere (the console, {@code ask}) is cut here: the hard cap on what one message can cost, above
     * all in the emergency detector, which embeds the cleaned message in windows of a few sentences.
     */
    public static final int MAX_RAW_CHARS = 4_101;

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

    /**
     * Caps cleaned text at the configured length for the classifier. A long message is most often a letter whose
     * question comes last ("... My question is: ..."), so the cap keeps its beginning (who, and what it is about)
     * and its end (the question), each about half the length, cut at word boundaries and, for the end, at the
     * start of a sentence where one is near. Cutting the end off instead would leave the classifier the story
     * without the question.
     */
    public String cap(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        String tail = tail(text, maxChars / 2);
        String head = head(text, maxChars - tail.length() - 1);
        return head.isEmpty() ? tail : head + " " + tail;
    }

    /** At most {@code budget} characters from the start, cut at a word boundary where possible. */
    private static String head(String text, int budget) {
        if (budget <= 0) {
            return "";
        }
        int cut = text.lastIndexOf(' ', budget);
        return text.substring(0, cut > budget / 2 ? cut : budget).strip();
    }

    /** At most {@code budget} characters from the end, starting at a sentence or else a word where possible. */
    private static String tail(String text, int budget) {
        int from = text.length() - budget;
        int limit = from + budget / 2;
        int start = from;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' && start == from) {
                start = i + 1; // the first word boundary, in case no sentence starts near
            }
            if ((c == '.' || c == '?' || c == '!' || c == ':') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                start = i + 2;
                break;
            }
        }
        return text.substring(Math.min(start, text.length())).strip();
    }
}
