package dev.faqbot.discord.render;

import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/** The buttons and the topic menu under the bot's messages, within Discord's limits of 5 rows of 5. */
final class Components {

    private Components() {
    }

    /**
     * Related follow-ups (up to four rows), then the feedback row.
     *
     * @param questionKey where {@link dev.faqbot.discord.answer.AskedQuestions} holds the question, for the "not helpful" button
     */
    static List<ActionRow> answer(Outcome.Answered answered, Optional<String> questionKey) {
        List<Button> related = answered.related().stream()
                .map(r -> pick(r, ButtonStyle.SECONDARY)).flatMap(Optional::stream).toList();
        List<ActionRow> rows = new ArrayList<>(rows(related, Limits.ROWS - 1));
        feedback(answered.response().id(), questionKey).ifPresent(rows::add);
        return rows;
    }

    /** The related follow-ups alone, under an answer withdrawn for review. */
    static List<ActionRow> related(List<Response> related) {
        return rows(related.stream().map(r -> pick(r, ButtonStyle.SECONDARY)).flatMap(Optional::stream).toList(),
                Limits.ROWS);
    }

    /** One button per "did you mean" candidate. */
    static List<ActionRow> choices(List<Response> candidates) {
        return rows(candidates.stream().map(r -> pick(r, ButtonStyle.PRIMARY)).flatMap(Optional::stream).toList(),
                Limits.ROWS);
    }

    /** A menu of topics whose choice shows that answer; empty when there is nothing to offer. */
    static Optional<ActionRow> topicMenu(List<Response> topics) {
        List<SelectOption> options = topics.stream()
                .filter(t -> t.id().length() <= Limits.OPTION_VALUE)
                .limit(Limits.SELECT_OPTIONS)
                .map(t -> SelectOption.of(Fit.text(t.title().strip(), Limits.OPTION_LABEL), t.id()))
                .toList();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ActionRow.of(StringSelectMenu.create(ComponentIds.TOPICS)
                .setPlaceholder(DiscordWording.TOPIC_PLACEHOLDER).addOptions(options).build()));
    }

    private static Optional<ActionRow> feedback(String intentId, Optional<String> questionKey) {
        // Only "not helpful" needs the question: a helpful vote is only counted.
        Optional<String> yes = ComponentIds.feedback(intentId, true);
        Optional<String> no = ComponentIds.feedback(intentId, false, questionKey);
        if (yes.isEmpty() || no.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ActionRow.of(
                Button.of(ButtonStyle.SUCCESS, yes.get(), DiscordWording.HELPFUL, Emoji.fromUnicode("👍")),
                Button.of(ButtonStyle.SECONDARY, no.get(), DiscordWording.NOT_HELPFUL, Emoji.fromUnicode("👎"))));
    }

    private static Optional<Button> pick(Response response, ButtonStyle style) {
        return ComponentIds.pick(response.id())
                .map(id -> Button.of(style, id, Fit.text(response.title().strip(), Limits.BUTTON_LABEL)));
    }

    /** Buttons in rows of five, at most {@code maxRows} rows; buttons beyond that are left out. */
    private static List<ActionRow> rows(List<Button> buttons, int maxRows) {
        List<ActionRow> rows = new ArrayList<>();
        for (int from = 0; from < buttons.size() && rows.size() < maxRows; from += Limits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(from, Math.min(buttons.size(), from + Limits.BUTTONS_PER_ROW))));
        }
        return rows;
    }
}
