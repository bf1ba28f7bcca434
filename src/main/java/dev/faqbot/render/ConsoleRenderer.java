package dev.faqbot.render;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders an outcome as text for a terminal, with numbered choices the user can pick by typing a number. The
 * knowledge base is written for Discord: its Markdown is turned into terminal text ({@link TerminalText}), and a
 * sentence telling members to use a slash command becomes this adapter's own words.
 */
public final class ConsoleRenderer {

    /** How to ask, in the console chat. */
    public static final String CHAT_HOW_TO_ASK = "Type your question here and press Enter.";
    /** How to ask, from the command line ({@code faqbot ask}). */
    public static final String COMMAND_HOW_TO_ASK = "Ask with: faqbot ask \"your question\".";

    private final TerminalText text;
    private final ConsoleWords words;

    /** The text of the answers, and the sentence that replaces Discord's "type /ask" instructions. */
    public ConsoleRenderer(TerminalText text, String howToAsk) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = new ConsoleWords(howToAsk);
    }

    /** Plain text (no escape codes), for the console chat. */
    public ConsoleRenderer() {
        this(TerminalText.plain(), CHAT_HOW_TO_ASK);
    }

    /** The text to print, and the intent ids that the numbers in it stand for. */
    public record Rendered(String text, List<String> choices) {
        public Rendered {
            choices = List.copyOf(choices);
        }
    }

    public Rendered render(Outcome outcome) {
        StringBuilder out = new StringBuilder();
        List<String> choices = new ArrayList<>();
        if (outcome instanceof Outcome.Emergency e) {
            emergency(out, e.reply());
        } else if (outcome instanceof Outcome.Cautioned c) {
            emergency(out, c.reply());
            out.append('\n');
            Rendered below = render(c.answer());
            out.append(below.text());
            choices.addAll(below.choices());
        } else if (outcome instanceof Outcome.Answered a) {
            answer(out, a);
            list(out, "Related questions:", a.related(), choices);
        } else if (outcome instanceof Outcome.Withdrawn w) {
            withdrawn(out, w);
            list(out, "Related questions:", w.related(), choices);
        } else if (outcome instanceof Outcome.Clarify c) {
            clarify(out, c, choices);
        } else if (outcome instanceof Outcome.NoMatch n) {
            out.append(Wording.noMatch(n.reason())).append('\n');
            list(out, Wording.TOPICS_INTRO, n.topics(), choices);
            if (n.reason() != Decision.Reason.EMPTY) {
                out.append('\n').append(n.dangerLine()).append('\n');
            }
        }
        return new Rendered(out.toString(), choices);
    }

    /** "Did you mean: X?" for one choice; a numbered list for several. */
    private void clarify(StringBuilder out, Outcome.Clarify c, List<String> choices) {
        if (c.candidates().size() == 1) {
            Response only = c.candidates().get(0);
            choices.add(only.id());
            out.append("Did you mean: ").append(text.render(withoutQuestionMark(only.title()))).append("?\n")
                    .append("Type 1 to see that answer, or ask again in other words.\n");
        } else {
            out.append(Wording.clarifyTitle(c.candidates().size())).append('\n');
            list(out, null, c.candidates(), choices);
            out.append(Wording.CLARIFY_HINT).append(" (type a number)\n");
        }
        out.append('\n').append(c.dangerLine()).append('\n');
    }

    private static String withoutQuestionMark(String title) {
        String t = title.strip();
        return t.endsWith("?") ? t.substring(0, t.length() - 1) : t;
    }

    private void emergency(StringBuilder out, EmergencyReply reply) {
        out.append(text.title("!! " + reply.title() + " !!")).append("\n\n").append(body(reply.answer())).append('\n');
    }

    /** The numbered list of every topic the bot can answer (the chat's "topics" command). */
    public Rendered topics(List<Response> topics) {
        StringBuilder out = new StringBuilder(Wording.TOPICS_INTRO).append('\n');
        List<String> choices = new ArrayList<>();
        list(out, null, topics, choices);
        return new Rendered(out.toString(), choices);
    }

    private void answer(StringBuilder out, Outcome.Answered a) {
        Response r = a.response();
        out.append(text.title("== " + r.title() + " ==")).append("\n\n").append(body(r.answer())).append('\n');
        sources(out, r);
        if (r.medical()) {
            out.append("\nReviewed ").append(r.reviewed()).append(".\n");
        }
        if (!a.disclaimer().isEmpty()) {
            out.append('\n').append(body(a.disclaimer())).append('\n');
        }
    }

    private String body(String markdown) {
        return text.render(words.apply(markdown.strip()));
    }

    /** The notice, the sources and the danger line: never the withdrawn text itself. */
    private void withdrawn(StringBuilder out, Outcome.Withdrawn w) {
        out.append(text.title("== " + w.response().title() + " ==")).append("\n\n").append(Wording.WITHDRAWN_TEXT)
                .append('\n');
        sources(out, w.response());
        out.append('\n').append(w.dangerLine()).append('\n');
    }

    private static void sources(StringBuilder out, Response r) {
        if (!r.sources().isEmpty()) {
            out.append("\nSources:\n");
            for (Source s : r.sources()) {
                out.append("  - ").append(s.title()).append(": ").append(s.url()).append('\n');
            }
        }
    }

    private static void list(StringBuilder out, String heading, List<Response> items, List<String> choices) {
        if (items.isEmpty()) {
            return;
        }
        if (heading != null) {
            out.append('\n').append(heading).append('\n');
        }
        for (Response item : items) {
            choices.add(item.id());
            out.append("  ").append(choices.size()).append(") ").append(item.title()).append('\n');
        }
    }
}
