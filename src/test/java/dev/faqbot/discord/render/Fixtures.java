package dev.faqbot.discord.render;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.Response;
import dev.faqbot.kb.Source;
import dev.faqbot.safety.SafetyCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Hand-made answers and outcomes: independent of the shipped knowledge base, so its edits break no test here. */
public final class Fixtures {

    static final String DISCLAIMER = "This is general information, not medical advice.";
    static final LocalDate REVIEWED = LocalDate.of(2026, 1, 15);

    private Fixtures() {
    }

    public static Response response(String id, String title) {
        return new Response(id, title, "The answer about " + title.toLowerCase() + ".",
                List.of(new Source("NINDS: ALS fact sheet", "https://www.ninds.nih.gov/als"),
                        new Source("FDA: stem cell warning (2023)", "https://www.fda.gov/stem-cells")),
                REVIEWED, Optional.empty(), List.of(), true);
    }

    public static Response response(String id, String title, String answer, List<Source> sources, List<String> related) {
        return new Response(id, title, answer, sources, REVIEWED, Optional.empty(), related, true);
    }

    public static Outcome.Answered answered() {
        Response msc = response("msc_basics", "What are MSCs?",
                "**MSCs** (mesenchymal stromal cells) are cells taken from bone marrow or fat.\n\n"
                        + "- They are *not* an approved ALS treatment.\n- Trials are ongoing.",
                List.of(new Source("NINDS: ALS fact sheet", "https://www.ninds.nih.gov/als"),
                        new Source("Petrou et al. (2016) [phase 2]", "https://doi.org/10.1001/jamaneurol.2015.4321")),
                List.of("risks", "evidence"));
        return new Outcome.Answered("what are mscs", msc, 0.91, DISCLAIMER,
                List.of(response("risks", "What are the risks?"), response("evidence", "Does it work?")));
    }

    /** The answer above, withdrawn for review 45 days after its next_review. */
    public static Outcome.Withdrawn withdrawn() {
        Outcome.Answered answered = answered();
        return new Outcome.Withdrawn("what are mscs", answered.response(), 0.91, 45, answered.related(),
                dev.faqbot.kb.CrisisRules.DEFAULT_DANGER_LINE);
    }

    public static Outcome.Clarify clarify() {
        return new Outcome.Clarify("cost", List.of(response("cost", "What does it cost?"),
                response("unproven_clinics", "What about clinics abroad?")), 0.41);
    }

    public static Outcome.NoMatch noMatch() {
        return new Outcome.NoMatch("what's the weather", Decision.Reason.OUT_OF_SCOPE, topics(3), 0.05);
    }

    public static Outcome.Emergency emergency() {
        return new Outcome.Emergency("my husband can't breathe", SafetyCheck.Danger.MEDICAL_EMERGENCY,
                new EmergencyReply("This may be an emergency: call 911 now",
                        "**Call 911 now** (or your local emergency number).\n\n- Tell them the person has **ALS**.",
                        List.of(new Source("988 Suicide & Crisis Lifeline", "https://988lifeline.org"))));
    }

    public static List<Response> topics(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> response("topic_" + i, "Topic number " + i)).toList();
    }
}
