package dev.faqbot.render;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The knowledge base's Markdown (written for Discord) as a terminal shows it: bold as ANSI bold on a real terminal
 * and as plain words elsewhere (a file, a pipe), list items as "- ", links as {@code title (url)}, and the other
 * marks (italics, code, strike-through, spoilers, headers, quotes) dropped. Moderators' text only, never members':
 * every pattern stops at the next mark or line break, so a long answer cannot make one scan far.
 */
public final class TerminalText {

    private static final String BOLD_ON = "\u001b[1m";
    private static final String BOLD_OFF = "\u001b[22m";
    private static final String ESCAPED_STAR = "\uE000";
    private static final String ESCAPED_UNDERSCORE = "\uE001";

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,200})\\]\\(<?(https?://[^)\\s>]{1,500})>?\\)");
    private static final Pattern ANGLE_URL = Pattern.compile("<(https?://[^>\\s]{1,500})>");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*|__([^_\\n]+)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*([^*\\s][^*\\n]*)\\*(?![\\w*])"
            + "|(?<!\\w)_([^_\\s][^_\\n]*)_(?!\\w)");
    private static final Pattern OTHER = Pattern.compile("`([^`\\n]+)`|~~([^~\\n]+)~~|\\|\\|([^|\\n]+)\\|\\|");
    private static final Pattern HEADER = Pattern.compile("#{1,3} +(.*)");
    private static final Pattern ITEM = Pattern.compile("( *)[-*+] +(.*)");
    private static final Pattern QUOTE = Pattern.compile(">>?>? ?(.*)");

    private final boolean ansi;

    private TerminalText(boolean ansi) {
        this.ansi = ansi;
    }

    /** For a file or a pipe: no escape codes, bold is plain text. */
    public static TerminalText plain() {
        return new TerminalText(false);
    }

    /** For a real terminal: bold in ANSI bold. */
    public static TerminalText ansi() {
        return new TerminalText(true);
    }

    public String render(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(line(lines[i]));
        }
        return out.toString();
    }

    /** A title: bold on a terminal, like a header. */
    public String title(String text) {
        return bold(inline(text));
    }

    private String line(String line) {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            return bold(inline(header.group(1)));
        }
        Matcher item = ITEM.matcher(line);
        if (item.matches()) {
            return item.group(1) + "- " + inline(item.group(2));
        }
        Matcher quote = QUOTE.matcher(line);
        if (quote.matches()) {
            return "  " + inline(quote.group(1));
        }
        return inline(line);
    }

    private String inline(String text) {
        // An escaped mark is a character, not a mark: kept out of the patterns' way until the end.
        String out = text.replace("\\*", ESCAPED_STAR).replace("\\_", ESCAPED_UNDERSCORE);
        out = LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        out = ANGLE_URL.matcher(out).replaceAll("$1");
        out = OTHER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(firstGroup(m)));
        out = BOLD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(bold(firstGroup(m))));
        out = ITALIC.matcher(out).replaceAll(m -> Matcher.quoteReplacement(firstGroup(m)));
        return out.replace(ESCAPED_STAR, "*").replace(ESCAPED_UNDERSCORE, "_");
    }

    private static String firstGroup(MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    private String bold(String text) {
        return ansi ? BOLD_ON + text + BOLD_OFF : text;
    }
}
