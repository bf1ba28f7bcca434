package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.kb.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReloadReportTest {

    private static final KnowledgeBaseDiff CHANGED = new KnowledgeBaseDiff(List.of(), List.of(), List.of("cost"), 2, 0,
            List.of(), List.of(), List.of("cost"), List.of());

    @Test
    void loaded_saysWhoWhatAndHowLong() {
        ReloadResult result = new ReloadResult.Loaded("moderator alice", "aaa111", "bbb222", CHANGED,
                List.of(Problem.warning("intents/cost.yml", 3, "examples", "listed twice")), Duration.ofMillis(3_250), true);

        assertEquals(List.of("Knowledge base reloaded (moderator alice): aaa111 -> bbb222 in 3.3 s; intents changed [cost];"
                + " examples +2 -0; responses changed [cost]; 1 warning(s), run validate to see them"), ReloadReport.lines(result));
    }

    @Test
    void loaded_withoutRetraining_saysTheModelWasKept() {
        ReloadResult result = new ReloadResult.Loaded("file change: responses/cost.yml", "aaa111", "bbb222", CHANGED,
                List.of(), Duration.ofMillis(40), false);

        assertEquals("Knowledge base reloaded (file change: responses/cost.yml): aaa111 -> bbb222 in 0.0 s (model kept:"
                + " no intent changed); intents changed [cost]; examples +2 -0; responses changed [cost]", ReloadReport.text(result));
    }

    @Test
    void refused_listsEveryErrorAsFileLineMessage() {
        ReloadResult result = new ReloadResult.Refused("file change: responses/cost.yml", "aaa111", List.of(
                Problem.error("responses/cost.yml", 7, "sources[0].url", "'http://x' must start with https://"),
                Problem.warning("responses/cost.yml", 9, "answer", "reading grade 11"),
                Problem.error("responses/cost.yml", 12, "next_review", "missing")));

        assertEquals(List.of(
                "Knowledge base NOT reloaded (file change: responses/cost.yml): 2 error(s); still serving aaa111.",
                "responses/cost.yml:7: sources[0].url: 'http://x' must start with https://",
                "responses/cost.yml:12: next_review: missing"), ReloadReport.lines(result));
    }

    @Test
    void unchanged_saysSo() {
        assertEquals("Knowledge base unchanged (moderator bob): still aaa111.",
                ReloadReport.text(new ReloadResult.Unchanged("moderator bob", "aaa111")));
    }
}
