package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes the moderators' safety patterns cheap to search with, without changing what they match. A pattern that
 * opens with lookbehinds ({@code (?<!tasa\sde\s)(?<!riesgo\sde\s)...suicidio}) makes Java's regex engine test every
 * lookbehind at every position of a message before it looks at the word it is after; the safety check runs about 120
 * such patterns over every message, and they cost more than the sentence model on a long one (measured: 9 ms of a
 * 400-character letter). Each alternative {@code LB... R} is rewritten as {@code (?=R)LB... R}: zero-width checks at
 * one position may be made in any order, so the matches are the same, and at most positions {@code R} now fails on
 * its first character.
 */
final class LookbehindsLast {

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]");
    private static final Pattern UNBOUNDED = Pattern.compile("[*+]|\\{\\d+,}");

    private LookbehindsLast() {
    }

    /** The pattern with its alternatives' opening lookbehinds checked after what they guard, or unchanged. */
    static String rewrite(String regex) {
        if (regex.contains("\\k<") || regex.contains("\\Q") || BACK_REFERENCE.matcher(regex).find()
                || regex.contains("\\c") || regex.contains("\\b{")) {
            // a back-reference would count the repeated groups; quoted text and control escapes (three characters)
            // are not parsed here; Java 17 throws while matching a grapheme edge that follows a lookahead
            return regex;
        }
        List<String> alternatives = topLevelAlternatives(regex);
        if (alternatives.isEmpty()) {
            return regex;
        }
        List<String> rewritten = new ArrayList<>();
        for (String alternative : alternatives) {
            rewritten.add(rewriteAlternative(alternative));
        }
        return String.join("|", rewritten);
    }

    private static String rewriteAlternative(String alternative) {
        int end = 0;
        while (alternative.startsWith("(?<!", end) || alternative.startsWith("(?<=", end)) {
            int close = closingParen(alternative, end);
            if (close < 0 || UNBOUNDED.matcher(alternative.substring(end, close).replaceAll("\\\\.", "")).find()) {
                return alternative; // an unbounded lookbehind: Java's result can depend on the order of the checks
            }
            end = close + 1;
        }
        String rest = alternative.substring(end);
        if (end == 0 || rest.isEmpty()) {
            return alternative;
        }
        return "(?=" + rest + ")" + alternative;
    }

    /** The alternatives at depth 0, or none when the parentheses do not balance (the compiler will say why). */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        for (; i >= 0 && i < regex.length(); i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (i < 0 || depth != 0) {
            return List.of();
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** The index of the parenthesis that closes the group opened at {@code open}, or -1. */
    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i >= 0 && i < regex.length(); i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the element at {@code i} ends: after an escaped character, after a whole character class ("[|)]" holds
     * no group and no alternative; "[]...]" and "[^]...]" open with a literal ']'), else after the one character;
     * -1 when a class never closes or holds another class.
     */
    private static int next(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 2;
        }
        if (c != '[') {
            return i + 1;
        }
        int j = i + 1 + (regex.startsWith("[^]", i) ? 2 : regex.startsWith("[]", i) ? 1 : 0);
        for (; j < regex.length(); j++) {
            if (regex.charAt(j) == '\\') {
                j++;
            } else if (regex.charAt(j) == '[') {
                return -1; // a class within a class: where it ends is not worked out here
            } else if (regex.charAt(j) == ']') {
                return j + 1;
            }
        }
        return -1;
    }
}
