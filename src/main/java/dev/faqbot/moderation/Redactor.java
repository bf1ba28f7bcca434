package dev.faqbot.moderation;

import dev.faqbot.text.Normaliser;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes a question fit to keep: the {@link Normaliser}'s clean-up (links and markup removed, lower case), then
 * Discord mentions, plain "@name" handles, e-mail addresses and long numbers (Discord ids, phone numbers) out.
 * Names written as ordinary words ("my husband John") cannot be told apart from other words and stay; that is
 * one reason the learning loop is off by default.
 */
public final class Redactor {

    // Tried only where a name starts (the look-behind): a failed try never starts again inside the same name, so
    // a long run of letters costs one pass, not one pass per letter.
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    // Discord's mentions (<@id>, <@!id>, <@&id>, <#id>): the Discord adapter takes them out before the core reads a
    // question, but a question typed elsewhere may hold one, and an id must never be kept.
    private static final Pattern MENTION = Pattern.compile("<(?:@[!&]?|#)\\d{1,20}>");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.#-]*");
    // Phone numbers as content-rules.yml spells them, and long digit runs such as Discord ids; not "20000-50000".
    private static final Pattern PHONE =
            Pattern.compile("(\\+?\\d{1,3}[\\s.-]?)?\\(?\\b\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{9,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:!?])");

    private final Normaliser normaliser;

    public Redactor(Normaliser normaliser) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /** The patterns {@link #redact} runs on a question after the normaliser, in order (for the step-count test). */
    static java.util.List<Pattern> patterns() {
        return java.util.List.of(MENTION, EMAIL, HANDLE, PHONE, LONG_NUMBER, SPACES, SPACE_BEFORE_PUNCTUATION);
    }

    public String redact(String raw) {
        String text = normaliser.normalise(raw);
        text = MENTION.matcher(text).replaceAll(" ");
        text = EMAIL.matcher(text).replaceAll(" ");
        text = HANDLE.matcher(text).replaceAll(" ");
        text = PHONE.matcher(text).replaceAll(" ");
        text = LONG_NUMBER.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1");
    }
}
