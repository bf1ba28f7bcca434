package dev.faqbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the separate questions in one message ("what are mscs and are they fda approved?"): parts ended by a
 * question mark, and parts joined by "and" / "also" where the second part starts like a question of its own.
 * One pass over the text, no regular expressions: it runs on whatever members type.
 */
final class QuestionSplitter {

    /** At most this many parts are looked at: a long letter is not a list of questions. */
    static final int MAX_PARTS = 3;
    /** Messages longer than this are letters with one question (most often at the end), not lists of questions. */
    static final int LONGEST = 250;
    /** A part needs this many words to be a question on its own ("and cost?" is not). */
    static final int MIN_WORDS = 3;
    private static final Set<String> JOINS = Set.of("and", "also", "plus");
    private static final Set<String> QUESTION_STARTS = Set.of("are", "is", "can", "could", "does", "do", "did", "how",
            "what", "whats", "what's", "where", "when", "why", "who", "which", "should", "will", "would", "has", "have");

    private QuestionSplitter() {
    }

    /** The questions in normalised text, in order; one part (the whole text) when it asks one thing. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String sentence : byQuestionMarks(text)) {
            parts.addAll(byJoins(sentence));
        }
        List<String> questions = parts.stream().filter(p -> words(p).length >= MIN_WORDS).toList();
        return questions.size() < 2 || questions.size() > MAX_PARTS ? List.of(text) : questions;
    }

    private static List<String> byQuestionMarks(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '?') {
                add(parts, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(parts, text.substring(start));
        return parts;
    }

    /** "what are mscs and are they approved" -> two parts; "bone marrow and fat" stays one. */
    private static List<String> byJoins(String sentence) {
        String[] words = words(sentence);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "");
            boolean split = JOINS.contains(word) && i + 1 < words.length && part.length() > 0
                    && QUESTION_STARTS.contains(words[i + 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", ""));
            if (split) {
                add(parts, part.toString());
                part.setLength(0);
                continue;
            }
            part.append(part.length() > 0 ? " " : "").append(words[i]);
        }
        add(parts, part.toString());
        return parts;
    }

    private static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    private static void add(List<String> parts, String part) {
        String p = part.strip();
        if (p.startsWith(",") || p.startsWith(".")) {
            p = p.substring(1).strip();
        }
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}
