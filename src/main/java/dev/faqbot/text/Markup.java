package dev.faqbot.text;

/**
 * Chat text to plain text in one pass over its characters: links keep their text, URLs and code fences become a
 * space, Markdown marks (bold, italics, strike-through, spoilers, code, quotes, headers, list items) go, and every
 * run of white space becomes one space. Each character is read at most three times (a link's text and target are
 * looked at before they are read), so any message, however hostile, costs time in proportion to its length.
 */
final class Markup {

    /** The longest link text and link target that still count as a link (longer ones are left as they are). */
    static final int LINK_TEXT = 200;
    static final int LINK_TARGET = 500;

    private final CharSequence text;
    private final int length;
    private final StringBuilder out;
    private int at;
    /** Only spaces and tabs since the start or the last line break: where quotes, headers and list marks count. */
    private boolean lineStart = true;
    /** While inside a link's text: the index of its closing ']' and the index just after its ')'; else -1. */
    private int linkClose = -1;
    private int linkEnd = -1;

    private Markup(CharSequence text) {
        this.text = text;
        this.length = text.length();
        this.out = new StringBuilder(Math.min(length, 1 << 16));
    }

    /** The plain text of {@code text}, which has no control characters left ({@link #controls}). */
    static String toPlain(CharSequence text) {
        return new Markup(text).plain();
    }

    /**
     * Control characters become spaces ("what\0is" is two words); format characters (zero-width spaces and joiners,
     * direction marks) are dropped, because inside a word they only hide it ("brea\u200dthe" is "breathe").
     */
    static String controls(CharSequence text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                plain.append(c);
                continue;
            }
            int point = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                point = Character.toCodePoint(c, text.charAt(i + 1));
            }
            int type = Character.getType(point);
            if (type == Character.CONTROL) {
                plain.append(' ');
            } else if (type != Character.FORMAT) {
                plain.appendCodePoint(point);
            }
            i += Character.charCount(point) - 1;
        }
        return plain.toString();
    }

    private String plain() {
        while (at < length) {
            if (at == linkClose) {
                at = linkEnd; // "](target)" goes; the text before it was read as text
                linkClose = -1;
                continue;
            }
            char c = text.charAt(at);
            if (c == ' ' || c == '\t' || c == '\n') {
                space();
                lineStart |= c == '\n';
                at++;
            } else if (!(lineStart && lineMarkup(c)) && !(c == '[' && link())) {
                inline(c);
            }
        }
        return out.toString();
    }

    /** Nothing inside a link's text reads past its ']'. */
    private int end() {
        return linkClose >= 0 ? linkClose : length;
    }

    private char charAt(int index) {
        return index < end() ? text.charAt(index) : '\0';
    }

    private void inline(char c) {
        switch (c) {
            case 'h', 'H', 'w', 'W' -> {
                if (!url()) {
                    keep(c);
                }
            }
            case '`' -> backticks();
            case '*' -> drop(run('*'));
            case '_' -> underscores();
            case '~', '|' -> pairs(c);
            case '\u2018', '\u2019' -> keep('\'');
            default -> keep(c);
        }
    }

    private void keep(char c) {
        out.append(c);
        lineStart = false;
        at++;
    }

    private void drop(int count) {
        lineStart = false;
        at += count;
    }

    private void space() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** How many {@code c} follow from here, within the current end. */
    private int run(char c) {
        int i = at;
        while (i < end() && text.charAt(i) == c) {
            i++;
        }
        return i - at;
    }

    /** Whether {@code c} is \s as Java's patterns spell it. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * At the start of a line: "> ", ">>> ", "# " to "### ", "-# ", "- ", "* ", "+ " or "1. ", with the white
     * space after it, goes. A run of digits that is not a list number is kept as it is.
     */
    private boolean lineMarkup(char c) {
        int mark;
        if (c == '>' || c == '#') {
            mark = Math.min(run(c), 4);
            mark = mark <= 3 ? mark : 0;
        } else if (c == '-') {
            mark = charAt(at + 1) == '#' && whitespace(charAt(at + 2)) ? 2 : 1;
        } else if (c == '*' || c == '+') {
            mark = 1;
        } else if (c >= '0' && c <= '9') {
            int digits = 0;
            while (at + digits < end() && text.charAt(at + digits) >= '0' && text.charAt(at + digits) <= '9') {
                digits++;
            }
            if (charAt(at + digits) != '.' || !whitespace(charAt(at + digits + 1))) {
                out.append(text, at, at + digits); // a number, not a list item: read once, kept
                drop(digits);
                return true;
            }
            mark = digits + 1;
        } else {
            return false;
        }
        if (mark == 0 || !whitespace(charAt(at + mark))) {
            return false;
        }
        int i = at + mark;
        while (i < end() && whitespace(text.charAt(i))) {
            i++;
        }
        lineStart = text.charAt(i - 1) == '\n'; // the next line starts here only after a line break
        at = i;
        return true;
    }

    /**
     * {@code [text](target)}: the text is kept. Looks ahead for the ']' (the text holds no '[', ']' or line break)
     * and the ')' (the target holds no '(' or white space), so no two looks cover the same characters.
     */
    private boolean link() {
        if (linkClose >= 0) {
            return false;
        }
        int close = -1;
        for (int i = at + 1; i < length && i <= at + 1 + LINK_TEXT; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                close = i;
                break;
            }
            if (c == '[' || c == '\n') {
                return false;
            }
        }
        if (close < 0 || close + 1 >= length || text.charAt(close + 1) != '(') {
            return false;
        }
        for (int i = close + 2; i < length && i <= close + 2 + LINK_TARGET; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                linkClose = close;
                linkEnd = i + 1;
                at++; // the '[' goes; a line that starts with a link still starts there
                return true;
            }
            if (c == '(' || whitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** "http://", "https://" or "www." at the start of a word, and everything up to the next white space. */
    private boolean url() {
        if (at > 0 && word(text.charAt(at - 1))) {
            return false;
        }
        int scheme = starts("https://") ? 8 : starts("http://") ? 7 : starts("www.") ? 4 : 0;
        if (scheme == 0 || at + scheme >= end() || whitespace(text.charAt(at + scheme))) {
            return false;
        }
        int i = at + scheme;
        while (i < end() && !whitespace(text.charAt(i))) {
            i++;
        }
        space(); // the line still starts here: a URL is as good as a space
        at = i;
        return true;
    }

    private boolean starts(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            char c = charAt(at + i);
            if (Character.toLowerCase(c) != prefix.charAt(i) || c > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Inline code marks go; a fence (```, with its language name) is a space. */
    private void backticks() {
        int count = run('`');
        if (count < 3) {
            drop(count);
            return;
        }
        int i = at + count;
        if (count % 3 == 0) {
            while (i < end() && fenceName(text.charAt(i))) {
                i++;
            }
        }
        space();
        at = i;
    }

    private static boolean fenceName(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-';
    }

    /** "__" and longer go; one "_" goes at the edge of a word (italics) and stays inside one (msc_ntf). */
    private void underscores() {
        int count = run('_');
        if (count > 1) {
            drop(count);
            return;
        }
        boolean before = !out.isEmpty() && Character.isLetterOrDigit(Character.codePointBefore(out, out.length()));
        boolean after = at + 1 < end() && Character.isLetterOrDigit(Character.codePointAt(text, at + 1));
        if (before && after) {
            keep('_');
        } else {
            drop(1);
        }
    }

    /** "~~" (strike-through) and "||" (spoiler) go in pairs; a single one stays. */
    private void pairs(char c) {
        int count = run(c);
        if (count % 2 == 1) {
            out.append(c);
        }
        drop(count);
    }
}
