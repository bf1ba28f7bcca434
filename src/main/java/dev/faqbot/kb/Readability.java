package dev.faqbot.kb;

import java.util.Locale;
import java.util.regex.Pattern;

/** Flesch-Kincaid grade level of plain-language text, with Markdown and links removed first. */
public final class Readability {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)|https?://\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)|\\n\\s*\\n|\\n\\s*[-*]\\s");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** The US school grade needed to read the text; 0 for text without words. */
    public static double grade(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        long sentences = Math.max(1, SENTENCE_END.splitAsStream(text.strip()).filter(s -> WORD.matcher(s).find()).count());
        var words = WORD.matcher(text).results().map(m -> m.group()).toList();
        if (words.isEmpty()) {
            return 0;
        }
        long syllables = words.stream().mapToLong(Readability::syllables).sum();
        return 0.39 * words.size() / sentences + 11.8 * syllables / words.size() - 15.59;
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
