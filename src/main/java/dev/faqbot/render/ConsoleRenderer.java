package dev.faqbot.render;

import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import java.util.ArrayList;
import java.util.List;

/** Renders an outcome as plain text for a terminal, with numbered choices the user can pick by typing a number. */
public final class ConsoleRenderer {

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
            out.append(Wording.clarifyTitle(c.candidates().size())).append('\n');
            list(out, null, c.candidates(), choices);
            out.append(Wording.CLARIFY_HINT).append(" (type a number)\n\n").append(c.dangerLine()).append('\n');
        } else if (outcome instanceof Outcome.NoMatch n) {
            out.append(Wording.noMatch(n.reason())).append('\n');
            list(out, Wording.TOPICS_INTRO, n.topics(), choices);
            if (n.reason() != dev.faqbot.core.Decision.Reason.EMPTY) {
                out.append('\n').append(n.dangerLine()).append('\n');
            }
        }
        return new Rendered(out.toString(), choices);
    }

    private static void emergency(StringBuilder out, dev.faqbot.kb.EmergencyReply reply) {
        out.append("!! ").append(reply.title()).append(" !!\n\n").append(reply.answer().strip()).append('\n');
    }

    /** The numbered list of every topic the bot can answer (the chat's "topics" command). */
    public Rendered topics(List<Response> topics) {
        StringBuilder out = new StringBuilder(Wording.TOPICS_INTRO).append('\n');
        List<String> choices = new ArrayList<>();
        list(out, null, topics, choices);
        return new Rendered(out.toString(), choices);
    }

    private static void answer(StringBuilder out, Outcome.Answered a) {
        Response r = a.response();
        out.append("== ").append(r.title()).append(" ==\n\n").append(r.answer().strip()).append('\n');
        sources(out, r);
        if (r.medical()) {
            out.append("\nReviewed ").append(r.reviewed()).append(".\n");
        }
        if (!a.disclaimer().isEmpty()) {
            out.append('\n').append(a.disclaimer().strip()).append('\n');
        }
    }

    /** The notice, the sources and the danger line: never the withdrawn text itself. */
    private static void withdrawn(StringBuilder out, Outcome.Withdrawn w) {
        out.append("== ").append(w.response().title()).append(" ==\n\n").append(Wording.WITHDRAWN_TEXT).append('\n');
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
