package dev.faqbot.moderation;

import dev.faqbot.text.Normaliser;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes a question fit to keep: the {@link Normaliser}'s clean-up (Discord mentions, links, markup removed,
 * lower case), then plain "@name" handles, e-mail addresses and long numbers (Discord ids, phone numbers) out.
 * Names written as ordinary words ("my husband John") cannot be told apart from other words and stay; that is
 * one reason the learning loop is off by default.
 */
public final class Redactor {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
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

    public String redact(String raw) {
        String text = normaliser.normalise(raw);
        text = EMAIL.matcher(text).replaceAll(" ");
        text = HANDLE.matcher(text).replaceAll(" ");
        text = PHONE.matcher(text).replaceAll(" ");
        text = LONG_NUMBER.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1");
    }
}
