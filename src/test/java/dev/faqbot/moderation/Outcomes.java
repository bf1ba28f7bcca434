package dev.faqbot.moderation;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.Response;
import dev.faqbot.safety.SafetyCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-made outcomes and decisions, as the core would produce them. */
final class Outcomes {

    static final Ranking RANKING = new Ranking(List.of(new Scored("cost", 0.41), new Scored("risks", 0.30),
            new Scored("nurown", 0.19), new Scored("greeting", 0.10)));

    private Outcomes() {
    }

    static Response response(String id) {
        return new Response(id, "About " + id, "An answer.", List.of(), LocalDate.of(2025, 1, 1), Optional.empty(),
                List.of(), true);
    }

    static Outcome.Answered answered(String question, String intent, double confidence) {
        return new Outcome.Answered(question, response(intent), confidence, "", List.of());
    }

    static Decision.Answer answer(String intent, double confidence) {
        return new Decision.Answer(intent, confidence, RANKING);
    }

    static Outcome.Clarify clarify(String question) {
        return new Outcome.Clarify(question, List.of(response("cost"), response("risks")), 0.41);
    }

    static Decision.Clarify clarifyDecision() {
        return new Decision.Clarify(List.of("cost", "risks"), RANKING);
    }

    static Outcome.NoMatch noMatch(String question, Decision.Reason reason) {
        return new Outcome.NoMatch(question, reason, List.of(), 0.2);
    }

    static Decision.Decline decline(Decision.Reason reason) {
        return new Decision.Decline(reason, reason == Decision.Reason.EMPTY ? null : RANKING);
    }

    static Outcome.Emergency emergency(String question) {
        return new Outcome.Emergency(question, SafetyCheck.Danger.MEDICAL_EMERGENCY,
                new EmergencyReply("Call 911", "Call 911 now.", List.of()));
    }

    static Decision.Emergency emergencyDecision() {
        return new Decision.Emergency(SafetyCheck.Danger.MEDICAL_EMERGENCY);
    }
}
