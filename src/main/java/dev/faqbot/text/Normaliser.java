package dev.faqbot.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a raw chat message into the plain, lower-case text that the safety check and classifier read. */
public final class Normaliser {

    /** Longest raw message read at all; Discord itself caps messages at 4,000 characters. */
    public static final int MAX_RAW_CHARS = 8_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#)\\d+>|@(everyone|here)\\b");
    private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:[\\w~]{1,64}:\\d+>");
    private static final Pattern TIMESTAMP = Pattern.compile("<t:-?\\d+(:[a-zA-Z])?>");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]{0,200})\\]\\([^)\\s]{0,500}\\)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");
    private static final Pattern CODE_FENCE = Pattern.compile("```[a-zA-Z0-9_+-]*");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s*(>{1,3}|#{1,3}|-#|[-*+]|\\d+\\.)\\s+");
    private static final Pattern INLINE_MARKUP = Pattern.compile("\\*{1,3}|_{2,}|~~|\\|\\||`+");
    // _italics_: an underscore at the edge of a word (one inside a word, as in msc_ntf, stays)
    private static final Pattern UNDERSCORE_ITALICS = Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
        String text = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = CONTROL.matcher(text).replaceAll("");
        text = MENTION.matcher(text).replaceAll(" ");
        text = CUSTOM_EMOJI.matcher(text).replaceAll(" ");
        text = TIMESTAMP.matcher(text).replaceAll(" ");
        text = MD_LINK.matcher(text).replaceAll("$1");
        text = URL.matcher(text).replaceAll(" ");
        text = CODE_FENCE.matcher(text).replaceAll(" ");
        text = LINE_MARKUP.matcher(text).replaceAll("");
        text = INLINE_MARKUP.matcher(text).replaceAll("");
        text = UNDERSCORE_ITALICS.matcher(text).replaceAll("");
        text = text.replace('\u2019', '\'').replace('\u2018', '\'');
        text = text.toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
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
