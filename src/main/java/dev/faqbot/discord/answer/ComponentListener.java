package dev.faqbot.discord.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.render.ComponentIds;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import java.time.Duration;
import java.util.Objects;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Clicks: a "did you mean" choice or related question, a topic from the menu, a feedback vote. Anyone in the
 * channel can click a button under someone else's answer, so what a click shows is private to the clicker.
 */
public final class ComponentListener extends ListenerAdapter {

    private final Answers answers;
    private final FeedbackSink feedback;
    private final AskedQuestions questions;
    private final InteractionReplier replier;
    private final FailureLog failures;
    /** "member:message" keys of votes already counted: one vote per member per answer. */
    private final Cache<String, Boolean> votes = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1)).maximumSize(100_000).build();

    public ComponentListener(Answers answers, FeedbackSink feedback, AskedQuestions questions, InteractionReplier replier,
                      FailureLog failures) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.replier = Objects.requireNonNull(replier, "replier");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String where = where(event);
        failures.guard(where, () -> ComponentIds.parse(event.getComponentId()).ifPresent(action -> {
            if (action instanceof ComponentIds.Action.Pick pick) {
                show(event, pick.intentId(), where);
            } else if (action instanceof ComponentIds.Action.Feedback vote) {
                vote(event, vote, where);
            }
        }));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        String where = where(event);
        failures.guard(where, () -> {
            if (ComponentIds.TOPICS.equals(event.getComponentId()) && !event.getValues().isEmpty()) {
                show(event, event.getValues().get(0), where);
            }
        });
    }

    private void show(GenericComponentInteractionCreateEvent event, String intentId, String where) {
        // The member typed nothing: the intent they picked stands for their question.
        replier.reply(event, true, () -> answers.answerFor(intentId, intentId).map(EmbedRenderer::render)
                .orElseGet(() -> EmbedRenderer.notice(DiscordWording.GONE)), where);
    }

    private void vote(ButtonInteractionEvent event, ComponentIds.Action.Feedback vote, String where) {
        boolean first = votes.asMap().putIfAbsent(event.getUser().getId() + ":" + event.getMessageId(), true) == null;
        if (first) {
            feedback.record(questions.question(vote.questionKey()), vote.intentId(), vote.helpful(),
                    Origins.of(event.isFromGuild() ? event.getGuild() : null));
        }
        event.reply(EmbedRenderer.notice(first ? DiscordWording.THANKS : DiscordWording.ALREADY_VOTED))
                .setEphemeral(true).queue(null, failures.onFailure("thank for the feedback", where));
    }

    private static String where(GenericComponentInteractionCreateEvent event) {
        return "click on " + event.getComponentId() + " from user " + event.getUser().getId()
                + " in channel " + event.getChannelId();
    }
}
