package dev.faqbot.discord.admin;

import dev.faqbot.classify.Scored;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Explanation;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.kb.Response;
import dev.faqbot.render.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /faq-admin test}: what the bot would do with a question, its three best intents, and what it would send. */
final class TestReply {

    private static final int QUESTION_SHOWN = 300;

    private TestReply() {
    }

    static MessageCreateData of(String question, Explanation explanation) {
        List<String> lines = new ArrayList<>();
        lines.add("**Question:** " + Fit.text(AdminEmbed.plain(question), QUESTION_SHOWN));
        lines.add("**Outcome:** " + outcome(explanation.outcome()));
        alarm(explanation.decision()).ifPresent(reason -> lines.add("**Safety check:** raised by " + reason));
        lines.add("");
        lines.add("**Top intents**");
        if (explanation.top().isEmpty()) {
            lines.add(explanation.decision() instanceof Decision.Emergency
                    ? "none: the safety check answered before the classifier was asked"
                    : "none: there are no words to classify");
        }
        List<Scored> top = explanation.top();
        for (int i = 0; i < top.size(); i++) {
            lines.add((i + 1) + ". " + AdminEmbed.id(top.get(i).intent()) + " "
                    + AdminEmbed.confidence(top.get(i).confidence()));
        }
        return AdminEmbed.titled(DiscordWording.TEST_TITLE).description(String.join("\n", lines))
                .field(DiscordWording.WOULD_SEND, reply(explanation.outcome()), false).build();
    }

    private static java.util.Optional<String> alarm(Decision decision) {
        if (decision instanceof Decision.Emergency e) {
            return java.util.Optional.of(e.reason());
        }
        return decision instanceof Decision.Cautioned c ? java.util.Optional.of(c.reason()) : java.util.Optional.empty();
    }

    private static String outcome(Outcome outcome) {
        if (outcome instanceof Outcome.Cautioned c) {
            return "emergency lines (" + c.danger().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", not sure) above: " + outcome(c.answer());
        }
        if (outcome instanceof Outcome.Answered a) {
            return "answers " + AdminEmbed.id(a.response().id()) + " (confidence "
                    + AdminEmbed.confidence(a.confidence()) + ")";
        }
        if (outcome instanceof Outcome.Withdrawn w) {
            return "withdrawn for review: " + AdminEmbed.id(w.response().id()) + " (review " + w.daysOverdue()
                    + " days overdue; it shows only its sources)";
        }
        if (outcome instanceof Outcome.Clarify c) {
            return "asks \"did you mean\": " + String.join(", ", c.candidates().stream().map(r -> AdminEmbed.id(r.id()))
                    .toList());
        }
        if (outcome instanceof Outcome.Emergency e) {
            return "emergency reply (" + e.danger().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        Outcome.NoMatch n = (Outcome.NoMatch) outcome;
        return "declines (" + switch (n.reason()) {
            case EMPTY -> "nothing to go on";
            case OUT_OF_SCOPE -> "out of scope";
            case NOT_CONFIDENT -> "not confident enough";
        } + ")";
    }

    /** The reply itself, shortened to a field: the vetted text is markdown, so it shows as members see it. */
    private static String reply(Outcome outcome) {
        if (outcome instanceof Outcome.Cautioned c) {
            return "**" + c.reply().title().strip() + "**\n" + c.reply().answer().strip() + "\n\n" + reply(c.answer());
        }
        if (outcome instanceof Outcome.Answered a) {
            return "**" + a.response().title().strip() + "**\n" + a.response().answer().strip();
        }
        if (outcome instanceof Outcome.Withdrawn w) {
            return "**" + w.response().title().strip() + "**\n" + Wording.WITHDRAWN_TEXT;
        }
        if (outcome instanceof Outcome.Clarify c) {
            return Wording.clarifyTitle(c.candidates().size()) + "\n" + String.join("\n",
                    c.candidates().stream().map(Response::title).map(t -> "• " + t.strip()).toList());
        }
        if (outcome instanceof Outcome.Emergency e) {
            return "**" + e.reply().title().strip() + "**\n" + e.reply().answer().strip();
        }
        return Wording.noMatch(((Outcome.NoMatch) outcome).reason());
    }
}
