package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.kb.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the console shows of each reload: above all, that a refused edit has been fixed. */
class ReloadNoticesTest {

    private static final ReloadResult REFUSED = new ReloadResult.Refused("file change: responses/cost.yml", "aaa111",
            List.of(Problem.error("responses/cost.yml", 7, "sources[0].url", "'http://x' must start with https://")));
    private static final ReloadResult UNCHANGED = new ReloadResult.Unchanged("file change: responses/cost.yml", "aaa111");
    private static final ReloadResult LOADED = new ReloadResult.Loaded("file change: responses/cost.yml", "aaa111",
            "bbb222", new KnowledgeBaseDiff(List.of(), List.of(), List.of(), 0, 0, List.of(), List.of(),
            List.of("cost"), List.of()), List.of(), Duration.ofMillis(40), false);

    @Test
    void anUnchangedReload_afterAGoodOne_showsNothing() {
        ReloadNotices notices = new ReloadNotices();

        assertEquals(List.of(), notices.lines(UNCHANGED));
        assertEquals(ReloadReport.lines(LOADED), notices.lines(LOADED));
        assertEquals(List.of(), notices.lines(UNCHANGED));
    }

    @Test
    void aRefusedEditUndone_saysTheKnowledgeBaseLoadsAgain() {
        ReloadNotices notices = new ReloadNotices();

        assertEquals(ReloadReport.lines(REFUSED), notices.lines(REFUSED));
        assertEquals(List.of("Fixed: the knowledge base loads again (file change: responses/cost.yml). The files are"
                + " back to version aaa111, which stayed live all along."), notices.lines(UNCHANGED));
        assertEquals(List.of(), notices.lines(UNCHANGED), "said once");
    }

    @Test
    void aRefusedEditCorrected_saysTheNewVersionIsLive() {
        ReloadNotices notices = new ReloadNotices();
        notices.lines(REFUSED);
        notices.lines(REFUSED);

        List<String> expected = new ArrayList<>(ReloadReport.lines(LOADED));
        expected.add("Fixed: the knowledge base loads again, and version bbb222 is live.");
        assertEquals(expected, notices.lines(LOADED));
        assertEquals(ReloadReport.lines(LOADED), notices.lines(LOADED), "said once");
    }

    @Test
    void aFailedReload_isFollowedUpLikeARefusedOne() {
        ReloadNotices notices = new ReloadNotices();
        ReloadResult failed = new ReloadResult.Failed("moderator bob", "aaa111", "training the model", "OutOfMemoryError");

        assertEquals(ReloadReport.lines(failed), notices.lines(failed));
        assertEquals(1, notices.lines(UNCHANGED).size());
    }
}
