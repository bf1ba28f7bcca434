package dev.faqbot.discord.render;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.Response;
import dev.faqbot.render.Wording;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders an outcome as a Discord message, every part within Discord's limits. Every message says that
 * nobody may be pinged, whatever text ends up in it.
 */
public final class EmbedRenderer {

    private EmbedRenderer() {
    }

    public static MessageCreateData render(Outcome outcome) {
        return render(outcome, Optional.empty());
    }

    /** @param questionKey where {@link dev.faqbot.discord.answer.AskedQuestions} holds the question, for the "not helpful" button */
    public static MessageCreateData render(Outcome outcome, Optional<String> questionKey) {
        if (outcome instanceof Outcome.Emergency e) {
            return emergency(e.reply());
        }
        if (outcome instanceof Outcome.Cautioned c) {
            return cautioned(c, questionKey);
        }
        if (outcome instanceof Outcome.Answered a) {
            return message().setEmbeds(AnswerEmbed.of(a)).setComponents(Components.answer(a, questionKey)).build();
        }
        if (outcome instanceof Outcome.Withdrawn w) {
            // No feedback buttons: there is no answer to vote on. The related questions stay.
            return message().setContent("-# " + Fit.text(w.dangerLine().strip(), Limits.CONTENT - 3))
                    .setEmbeds(AnswerEmbed.withdrawn(w)).setComponents(Components.related(w.related())).build();
        }
        if (outcome instanceof Outcome.Clarify c) {
            return message().setContent("**" + Wording.clarifyTitle(c.candidates().size()) + "**\n"
                            + Wording.CLARIFY_HINT + "\n-# " + c.dangerLine())
                    .setComponents(Components.choices(c.candidates())).build();
        }
        Outcome.NoMatch n = (Outcome.NoMatch) outcome;
        Optional<ActionRow> menu = Components.topicMenu(n.topics());
        String danger = n.reason() == Decision.Reason.EMPTY ? "" : "\n-# " + n.dangerLine();
        MessageCreateBuilder message = message().setContent(Wording.noMatch(n.reason()) + danger
                + (menu.isPresent() ? "\n\n" + Wording.TOPICS_INTRO : ""));
        menu.ifPresent(message::setComponents);
        return message.build();
    }

    /**
     * The emergency lines first, as plain text, then the normal reply (its embed and buttons) in the same message:
     * a frightened member sees what to do before anything else.
     */
    private static MessageCreateData cautioned(Outcome.Cautioned c, Optional<String> questionKey) {
        MessageCreateData below = render(c.answer(), questionKey);
        String advice = "## 🚨 " + c.reply().title().strip() + "\n" + c.reply().answer().strip();
        String rest = below.getContent().isEmpty() ? "" : "\n\n" + below.getContent();
        String content = Fit.text(advice, Limits.CONTENT - Math.min(rest.length(), Limits.CONTENT / 2))
                + Fit.text(rest, Limits.CONTENT / 2);
        return MessageCreateBuilder.from(below).setContent(Fit.text(content, Limits.CONTENT))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).mentionRepliedUser(false).build();
    }

    /** {@code /faq topics}: the topics by title, and a menu that shows the chosen answer. */
    public static MessageCreateData topics(List<Response> topics) {
        List<String> titles = topics.stream().map(t -> "• " + t.title().strip()).toList();
        String intro = Wording.TOPICS_INTRO + "\n";
        MessageCreateBuilder message = message().setContent(intro
                + Fit.lines(titles, Limits.CONTENT - intro.length(), DiscordWording::more));
        Components.topicMenu(topics).ifPresent(message::setComponents);
        return message.build();
    }

    /** A short plain message, such as a cooldown notice or a thank-you. */
    public static MessageCreateData notice(String text) {
        return message().setContent(Fit.text(text, Limits.CONTENT)).build();
    }

    /**
     * Emergency guidance: plain, prominent text and nothing else (no embed to skim past, no buttons to
     * distract). The heading and the advice come first; the sources follow as far as room allows.
     */
    private static MessageCreateData emergency(EmergencyReply reply) {
        String advice = Fit.text("## 🚨 " + reply.title().strip() + "\n" + reply.answer().strip(), Limits.CONTENT);
        List<String> sources = reply.sources().stream()
                .map(s -> "• " + s.title().strip() + ": <" + s.url().strip() + ">").toList();
        int room = Limits.CONTENT - advice.length() - 2;
        String content = sources.isEmpty() || room < 40 ? advice
                : advice + "\n\n" + Fit.lines(sources, room, DiscordWording::more);
        return message().setContent(content).build();
    }

    /** A message builder that can never ping anyone. */
    public static MessageCreateBuilder message() {
        return new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }
}
