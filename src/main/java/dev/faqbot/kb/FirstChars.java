package dev.faqbot.kb;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The characters a match of a regular expression can begin with, as one character class: {@code (?=[hsimd])} put
 * in front of {@code \b(he|she|i|my \w+|dad)\s+...} lets Java's regex engine pass over most positions of a message
 * with one lookup, where it would otherwise try every alternative there (the safety check searches a message with
 * some 130 patterns; measured: most of their cost on a letter). The class is a superset of what a match can start
 * with, so a hinted pattern matches exactly where the pattern matches. Whatever is not understood here (a dot, an
 * inline flag, quoting, back-references, a pattern that can match nothing) gives no class: no hint, never a wrong one.
 */
final class FirstChars {

    private FirstChars() {
    }

    /** Thrown inside when no safe class can be given. */
    private static final class Unknown extends Exception {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** What a part of the pattern can start with, whether it can match nothing, and where it ends. */
    private record Part(Set<String> atoms, boolean any, boolean nullable, int end) {
    }

    /** A character class holding every character a match can start with, or empty when none can be given. */
    static Optional<String> of(String regex) {
        if (regex.contains("\\Q") || regex.contains("\\k<") || regex.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*")) {
            return Optional.empty(); // quoting, named back-references, inline flags: not parsed here
        }
        if (regex.startsWith("^")) {
            return Optional.empty(); // tried at the first position only: a class would cost more than it saves
        }
        try {
            Part whole = alternation(regex, 0);
            if (whole.end() != regex.length() || whole.any() || whole.nullable() || whole.atoms().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("[" + String.join("", whole.atoms()) + "]");
        } catch (Unknown | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Alternatives up to a closing parenthesis at this depth or the end. */
    private static Part alternation(String s, int i) throws Unknown {
        Set<String> atoms = new LinkedHashSet<>();
        boolean any = false;
        boolean nullable = false;
        while (true) {
            Part alternative = sequence(s, i);
            atoms.addAll(alternative.atoms());
            any |= alternative.any();
            nullable |= alternative.nullable();
            i = alternative.end();
            if (i < s.length() && s.charAt(i) == '|') {
                i++;
            } else {
                return new Part(atoms, any, nullable, i);
            }
        }
    }

    /** Elements up to '|', ')' or the end: the first that must match a character ends what can come first. */
    private static Part sequence(String s, int i) throws Unknown {
        Set<String> atoms = new LinkedHashSet<>();
        boolean any = false;
        boolean open = true; // every element so far can match nothing: the next one can come first
        while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
            Part element = element(s, i);
            int end = element.end();
            boolean optional = element.nullable();
            if (end < s.length() && "?*+{".indexOf(s.charAt(end)) >= 0) {
                int afterQuantifier = quantifier(s, end);
                optional |= s.charAt(end) == '?' || s.charAt(end) == '*'
                        || s.charAt(end) == '{' && leastIsZero(s, end);
                end = afterQuantifier;
            }
            if (open) {
                atoms.addAll(element.atoms());
                any |= element.any();
                open = optional;
            }
            i = end;
        }
        return new Part(atoms, any, open, i);
    }

    /** Whether the {n}, {n,} or {n,m} quantifier at {@code i} (checked by {@link #quantifier}) may match nothing. */
    private static boolean leastIsZero(String s, int i) {
        int j = i + 1;
        while (Character.isDigit(s.charAt(j))) {
            j++;
        }
        return s.substring(i + 1, j).chars().allMatch(digit -> digit == '0'); // {0}, {00,3}: as Java reads them
    }

    /** After a quantifier (and its lazy '?' or possessive '+'). */
    private static int quantifier(String s, int i) throws Unknown {
        if (s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0 || !s.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
                throw new Unknown();
            }
            i = close + 1;
        } else {
            i++;
        }
        return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+') ? i + 1 : i;
    }

    /**
     * One element: a group, a class, an escape or a character. A zero-width element (a lookaround, an anchor, a
     * word edge) has no atoms and can match nothing, so what follows it can come first.
     */
    private static Part element(String s, int i) throws Unknown {
        char c = s.charAt(i);
        switch (c) {
            case '(' -> {
                boolean lookaround = s.startsWith("(?=", i) || s.startsWith("(?!", i)
                        || s.startsWith("(?<=", i) || s.startsWith("(?<!", i);
                int inner;
                if (lookaround) {
                    inner = i + (s.charAt(i + 2) == '<' ? 4 : 3);
                } else if (s.startsWith("(?:", i) || s.startsWith("(?>", i)) {
                    inner = i + 3;
                } else if (s.startsWith("(?<", i)) {
                    int close = s.indexOf('>', i);
                    if (close < 0 || !s.substring(i + 3, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                        throw new Unknown();
                    }
                    inner = close + 1;
                } else if (s.startsWith("(?", i)) {
                    throw new Unknown();
                } else {
                    inner = i + 1;
                }
                Part group = alternation(s, inner);
                if (group.end() >= s.length() || s.charAt(group.end()) != ')') {
                    throw new Unknown();
                }
                return lookaround ? zeroWidth(group.end() + 1)
                        : new Part(group.atoms(), group.any(), group.nullable(), group.end() + 1);
            }
            case '[' -> {
                int end = classEnd(s, i);
                return atom(s.substring(i, end), end);
            }
            case '\\' -> {
                return escape(s, i);
            }
            case '^', '$' -> {
                return zeroWidth(i + 1);
            }
            case '.' -> {
                return new Part(Set.of(), true, false, i + 1);
            }
            case '*', '+', '?', '{', ')', '|' -> throw new Unknown();
            default -> {
                // A run of letters is matched folding each through upper and lower case, a class only within Latin-1
                // for a Latin-1 letter: "ß" then matches the capital sharp s, "[ß]" does not (the only such letter).
                if (Character.isSurrogate(c) || c == '\u00df' || c == '\u1e9e') {
                    throw new Unknown();
                }
                return atom(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c, i + 1);
            }
        }
    }

    private static Part escape(String s, int i) throws Unknown {
        char e = s.charAt(i + 1);
        if ("bBAGzZ".indexOf(e) >= 0) {
            return zeroWidth(i + 2);
        }
        if ("sSdDwWhHvV".indexOf(e) >= 0) {
            return atom("\\" + e, i + 2);
        }
        if (e == 'p' || e == 'P') {
            if (s.startsWith("{", i + 2)) {
                int close = s.indexOf('}', i);
                if (close < 0) {
                    throw new Unknown();
                }
                return atom(s.substring(i, close + 1), close + 1);
            }
            return atom(s.substring(i, i + 3), i + 3);
        }
        if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
            throw new Unknown(); // back-references, hex and control escapes, line breaks, graphemes: not worth knowing here
        }
        return atom("\\" + e, i + 2);
    }

    /**
     * The end of the character class opening at {@code i}; only plain classes (no nesting, negation or '&&'), whose
     * escapes are all two characters or a property ({@code \cX} is three, and would end the class elsewhere).
     */
    private static int classEnd(String s, int i) throws Unknown {
        if (s.startsWith("[^", i) || s.startsWith("[]", i)) {
            throw new Unknown();
        }
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                char e = j + 1 < s.length() ? s.charAt(j + 1) : 'x';
                if (Character.isLetterOrDigit(e) && "sSdDwWhHvVpP".indexOf(e) < 0 || Character.isSurrogate(e)) {
                    throw new Unknown();
                }
                j++;
            } else if (c == '[' || c == '&' && s.startsWith("&&", j)) {
                throw new Unknown();
            } else if (c == ']') {
                return j + 1;
            }
        }
        throw new Unknown();
    }

    private static Part atom(String atom, int end) {
        return new Part(Set.of(atom), false, false, end);
    }

    private static Part zeroWidth(int end) {
        return new Part(Set.of(), false, true, end);
    }
}
