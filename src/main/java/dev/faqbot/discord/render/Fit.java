package dev.faqbot.discord.render;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fits text into Discord's limits with a visible "…", never cutting a link or a word in half. */
public final class Fit {

    static final String ELLIPSIS = "…";

    /**
     * Markdown links, bracketed URLs and bare URLs: a cut inside one would leave a broken link behind. No repeated
     * part can hold the character that starts another try ('[' or '(' or '<'), so tries never overlap: linear time
     * even on a member's question full of brackets.
     */
    private static final Pattern LINK = Pattern.compile(
            "\\[[^\\[\\]\\n]*]\\([^()\\s]*\\)|<https?://[^<>\\s]+>|https?://\\S+");

    private Fit() {
    }

    /** The link pattern, for the step-count test. */
    static Pattern links() {
        return LINK;
    }

    /** {@code text} as it is when it fits, else cut before {@code max} at a word or link boundary, plus "…". */
    public static String text(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = beforeLink(text, max - ELLIPSIS.length());
        int space = lastWhitespace(text, cut);
        if (space > cut / 2) {
            cut = space; // a word boundary, unless that would throw away more than half the room
        }
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split an emoji's surrogate pair
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /**
     * Whole lines joined with newlines: as many as fit in {@code max} together with the line that
     * {@code more} gives for the number left out (for example "…and 3 more").
     */
    public static String lines(List<String> lines, int max, IntFunction<String> more) {
        for (int kept = lines.size(); kept > 0; kept--) {
            String joined = String.join("\n", lines.subList(0, kept));
            String text = kept == lines.size() ? joined : joined + "\n" + more.apply(lines.size() - kept);
            if (text.length() <= max) {
                return text;
            }
        }
        return lines.isEmpty() ? "" : text(more.apply(lines.size()), max);
    }

    private static int beforeLink(String text, int cut) {
        Matcher link = LINK.matcher(text);
        while (link.find() && link.start() < cut) {
            if (link.end() > cut) {
                return link.start();
            }
        }
        return cut;
    }

    private static int lastWhitespace(String text, int cut) {
        for (int i = cut; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
