package dev.faqbot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Swaps the sentences of an answer that tell Discord members how to ask ("Type /ask and your question, or mention
 * me.") for the console's own words. Moderators write one answer for every adapter, so the console, not the
 * knowledge base, knows that a slash command means nothing in a terminal.
 */
final class ConsoleWords {

    // A sentence ends at . ! or ?, a closing quote or bracket may follow, then white space.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)[ \\t]+");
    private static final List<String> DISCORD_ONLY = List.of("/ask", "mention me", "/faq");

    private final String howToAsk;

    ConsoleWords(String howToAsk) {
        this.howToAsk = Objects.requireNonNull(howToAsk, "howToAsk");
    }

    String apply(String text) {
        if (DISCORD_ONLY.stream().noneMatch(text.toLowerCase(Locale.ROOT)::contains)) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line(line));
        }
        return String.join("\n", lines);
    }

    private String line(String line) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(line, -1)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            boolean discord = DISCORD_ONLY.stream().anyMatch(lower::contains);
            String said = discord ? howToAsk : sentence;
            if (!(discord && sentences.contains(howToAsk))) {
                sentences.add(said);
            }
        }
        return String.join(" ", sentences);
    }
}
