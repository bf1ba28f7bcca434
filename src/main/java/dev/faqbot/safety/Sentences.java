package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences in one pass (no regular expression can make it slow), none longer than a limit. */
final class Sentences {

    private Sentences() {
    }

    static List<String> split(String text, int maxChars) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end || i - start + 1 >= maxChars) {
                int cut = end ? i + 1 : lastSpace(text, start, i + 1);
                add(sentences, text.substring(start, cut));
                start = cut;
                i = cut - 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static int lastSpace(String text, int start, int end) {
        int space = text.lastIndexOf(' ', end - 1);
        return space > start + (end - start) / 2 ? space + 1 : end;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }
}
