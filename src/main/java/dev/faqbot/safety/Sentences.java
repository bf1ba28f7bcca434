package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences in one pass (no regular expression can make it slow), none longer than a limit. */
final class Sentences {

    private Sentences() {
    }

    static List<String> split(CharSequence text, int maxChars) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end || i - start + 1 >= maxChars) {
                int cut = end ? i + 1 : lastSpace(text, start, i + 1);
                add(sentences, text.subSequence(start, cut));
                start = cut;
                i = cut - 1;
            }
        }
        add(sentences, text.subSequence(start, text.length()));
        return sentences;
    }

    /** After the last space in the second half of the sentence, else {@code end}; looks no further back. */
    private static int lastSpace(CharSequence text, int start, int end) {
        for (int i = end - 1; i > start + (end - start) / 2; i--) {
            if (text.charAt(i) == ' ') {
                return i + 1;
            }
        }
        return end;
    }

    private static void add(List<String> sentences, CharSequence sentence) {
        String s = sentence.toString().strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }
}
