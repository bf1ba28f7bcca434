package dev.faqbot.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of plain-language text, with Markdown and links removed first.
 *
 * <p>A sentence ends at '.', '!' or '?' before a space, and at every line break (a list item or a line of its
 * own is read as one sentence). ':' and ';' join clauses, so they end nothing. Dotted abbreviations ("e.g.",
 * "U.S.") and titles ("Dr.", "vs.") end nothing either, and read as one word; a decimal point is not followed by a
 * space, so "2.5" ends nothing.
 */
public final class Readability {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)|https?://\\S+");
    /** "e.g.", "i.e.", "U.S.", "U.K.": one word, no sentence end. */
    private static final Pattern DOTTED = Pattern.compile("\\b((?:[A-Za-z]\\.){2,})");
    /** Short forms that are always followed by more of the same sentence. */
    private static final Pattern TITLE = Pattern.compile("\\b(Dr|Mr|Mrs|Ms|Prof|St|vs|approx|No(?=\\.\\s*\\d))\\.");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'”’)\\]*_]*(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** The US school grade needed to read the text; 0 for text without words. */
    public static double grade(String markdown) {
        String text = plain(markdown);
        var words = WORD.matcher(text).results().map(m -> m.group()).toList();
        if (words.isEmpty()) {
            return 0;
        }
        long syllables = words.stream().mapToLong(Readability::syllables).sum();
        return 0.39 * words.size() / count(text) + 11.8 * syllables / words.size() - 15.59;
    }

    /** How many sentences the text has (at least 1): what {@link #grade} divides the words by. */
    static long sentences(String markdown) {
        return count(plain(markdown));
    }

    private static long count(String plain) {
        long sentences = Arrays.stream(plain.split("\\R"))
                .flatMap(SENTENCE_END::splitAsStream)
                .filter(part -> WORD.matcher(part).find())
                .count();
        return Math.max(1, sentences);
    }

    private static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = DOTTED.matcher(text).replaceAll(m -> m.group(1).replace(".", ""));
        return TITLE.matcher(text).replaceAll("$1");
    }

    /** A common vowel-group estimate: good to about one syllable a word, which is all a grade needs. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        long groups = VOWEL_GROUPS.matcher(w).results().count();
        return (int) Math.max(1, groups);
    }
}
