package dev.faqbot.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import java.util.List;

/**
 * The {@code ask --json} contract: one object per question. The fields and their meaning are fixed; the bot
 * is evaluated through them. {@code answer} is the text a user sees, the disclaimer included.
 */
@JsonPropertyOrder({"text", "outcome", "intent", "confidence", "candidates", "title", "answer", "sources",
        "reviewed", "related", "alarm", "withdrawn"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AskJson(String text, String outcome, String intent, double confidence, List<String> candidates,
                      String title, String answer, List<Source> sources, String reviewed,
                      @JsonProperty("related") List<String> related, Alarm alarm, Withdrawn withdrawn) {

    /**
     * The emergency lines shown above the reply when the safety check saw a possible danger but was not sure
     * (the {@code outcome} is then the normal reply's); null otherwise.
     */
    @JsonPropertyOrder({"danger", "title", "answer"})
    public record Alarm(String danger, String title, String answer) {
    }

    /**
     * Set when the answer is withdrawn for review (the {@code outcome} is then {@code answer}, with the intent, its
     * sources and its related questions, but {@code answer} holds the notice members see, not the answer); null
     * otherwise.
     */
    @JsonPropertyOrder({"next_review", "days_overdue"})
    public record Withdrawn(@JsonProperty("next_review") String nextReview,
                            @JsonProperty("days_overdue") long daysOverdue) {
    }

    AskJson(String text, String outcome, String intent, double confidence, List<String> candidates, String title,
            String answer, List<Source> sources, String reviewed, List<String> related) {
        this(text, outcome, intent, confidence, candidates, title, answer, sources, reviewed, related, null, null);
    }

    public static AskJson of(Outcome outcome) {
        if (outcome instanceof Outcome.Cautioned c) {
            AskJson reply = of(c.answer());
            return new AskJson(reply.text(), reply.outcome(), reply.intent(), reply.confidence(), reply.candidates(),
                    reply.title(), reply.answer(), reply.sources(), reply.reviewed(), reply.related(),
                    new Alarm(c.danger().name().toLowerCase(java.util.Locale.ROOT), c.reply().title(),
                            c.reply().answer().strip()), reply.withdrawn());
        }
        if (outcome instanceof Outcome.Emergency e) {
            return new AskJson(e.question(), "emergency", null, 1.0, List.of(), e.reply().title(),
                    e.reply().answer().strip(), e.reply().sources(), null, List.of());
        }
        if (outcome instanceof Outcome.Answered a) {
            Response r = a.response();
            String text = a.disclaimer().isEmpty() ? r.answer().strip() : r.answer().strip() + "\n\n" + a.disclaimer().strip();
            return new AskJson(a.question(), "answer", r.id(), round(a.confidence()), List.of(), r.title(), text,
                    r.sources(), r.reviewed().toString(), a.related().stream().map(Response::id).toList());
        }
        if (outcome instanceof Outcome.Withdrawn w) {
            Response r = w.response();
            return new AskJson(w.question(), "answer", r.id(), round(w.confidence()), List.of(), r.title(),
                    Wording.WITHDRAWN_TEXT + "\n\n" + w.dangerLine(), r.sources(), r.reviewed().toString(), r.related(),
                    null, new Withdrawn(r.nextReview().map(Object::toString).orElse(null), w.daysOverdue()));
        }
        if (outcome instanceof Outcome.Clarify c) {
            List<String> ids = c.candidates().stream().map(Response::id).toList();
            String text = String.join("\n", c.candidates().stream().map(r -> "- " + r.title()).toList());
            return new AskJson(c.question(), "clarify", null, round(c.confidence()), ids, Wording.clarifyTitle(ids.size()),
                    text + "\n\n" + Wording.CLARIFY_HINT + "\n\n" + c.dangerLine(), List.of(), null, List.of());
        }
        Outcome.NoMatch n = (Outcome.NoMatch) outcome;
        String topics = String.join("\n", n.topics().stream().map(r -> "- " + r.title()).toList());
        return new AskJson(n.question(), "fallback", null, round(n.confidence()), List.of(), Wording.NO_MATCH_TITLE,
                Wording.noMatch(n.reason()) + "\n\n" + Wording.TOPICS_INTRO + "\n" + topics
                        + (n.reason() == Decision.Reason.EMPTY ? "" : "\n\n" + n.dangerLine()), List.of(), null, List.of());
    }

    /** For eval with a training file that has no responses: the decision alone, without answer text. */
    public static AskJson of(String question, Decision decision) {
        if (decision instanceof Decision.Cautioned c) {
            AskJson reply = of(question, c.decision());
            return new AskJson(question, reply.outcome(), reply.intent(), reply.confidence(), reply.candidates(),
                    null, null, List.of(), null, List.of(),
                    new Alarm(c.danger().name().toLowerCase(java.util.Locale.ROOT), null, null), null);
        }
        if (decision instanceof Decision.Emergency) {
            return new AskJson(question, "emergency", null, 1.0, List.of(), null, null, List.of(), null, List.of());
        }
        if (decision instanceof Decision.Answer a) {
            return new AskJson(question, "answer", a.intent(), round(a.confidence()), List.of(), null, null,
                    List.of(), null, List.of());
        }
        if (decision instanceof Decision.Clarify c) {
            return new AskJson(question, "clarify", null, round(c.ranking().top().confidence()), c.candidates(),
                    null, null, List.of(), null, List.of());
        }
        Decision.Decline d = (Decision.Decline) decision;
        return new AskJson(question, "fallback", null, d.ranking() == null ? 0 : round(d.ranking().top().confidence()),
                List.of(), null, null, List.of(), null, List.of());
    }

    private static double round(double confidence) {
        return Math.round(confidence * 10_000) / 10_000.0;
    }
}
