package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseDiffTest {

    @TempDir
    Path before;

    @TempDir
    Path after;

    @Test
    void between_namesAddedRemovedAndChangedIntentsAndAnswers() {
        MiniKb.write(before, "A");
        MiniKb.write(after, "A");
        MiniKb.file(after, "intents/msc_basics.yml", """
                id: msc_basics
                examples:
                  - what are mesenchymal stem cells
                  - what is an msc
                  - explain mesenchymal stromal cells
                  - where do mscs come from
                  - are mscs taken from bone marrow
                  - msc meaning
                  - msc for dummies
                  - msc basics in version A
                """);
        MiniKb.file(after, "responses/msc_basics.yml", MiniKb.msc("What are MSCs, really?", "2099-01-01"));
        MiniKb.file(after, "intents/cost.yml", "id: cost\nexamples: [how much is it, what does it cost]\n");
        MiniKb.file(after, "responses/cost.yml", """
                id: cost
                title: Cost
                answer: It varies.
                reviewed: 2025-01-01
                medical: false
                """);

        KnowledgeBaseDiff diff = KnowledgeBaseDiff.between(MiniKb.load(before), MiniKb.load(after));

        assertEquals(List.of("cost"), diff.intentsAdded());
        assertEquals(List.of(), diff.intentsRemoved());
        assertEquals(List.of("msc_basics"), diff.intentsChanged());
        assertEquals(4, diff.examplesAdded());
        assertEquals(1, diff.examplesRemoved());
        assertEquals(List.of("cost"), diff.responsesAdded());
        assertEquals(List.of("msc_basics"), diff.responsesChanged());
        assertEquals("intents added [cost]; intents changed [msc_basics]; examples +4 -1; responses added [cost];"
                + " responses changed [msc_basics]", diff.summary());
    }

    @Test
    void between_theReverse_countsRemovals() {
        MiniKb.write(before, "A");
        MiniKb.write(after, "A");
        MiniKb.file(after, "intents/cost.yml", "id: cost\nexamples: [how much is it, what does it cost]\n");
        MiniKb.file(after, "responses/cost.yml", "id: cost\ntitle: Cost\nanswer: It varies.\nreviewed: 2025-01-01\nmedical: false\n");

        KnowledgeBaseDiff diff = KnowledgeBaseDiff.between(MiniKb.load(after), MiniKb.load(before));

        assertEquals(List.of("cost"), diff.intentsRemoved());
        assertEquals(List.of("cost"), diff.responsesRemoved());
        assertEquals(2, diff.examplesRemoved());
        assertEquals(0, diff.examplesAdded());
    }

    @Test
    void between_specialFiles_areNamed() {
        MiniKb.write(before, "A");
        MiniKb.write(after, "A");
        MiniKb.file(after, "responses/disclaimer.yml", "id: disclaimer\ntext: Something else.\n");
        MiniKb.file(after, "intents/crisis.yml", "id: crisis\nemergency: [\"cannot breathe\"]\nself_harm: [\"end it all\"]\n");

        assertEquals(List.of("disclaimer", "crisis"),
                KnowledgeBaseDiff.between(MiniKb.load(before), MiniKb.load(after)).otherChanged());
    }

    @Test
    void between_aSynonymEdit_isNamed() {
        MiniKb.write(before, "A");
        MiniKb.write(after, "A");
        MiniKb.file(before, "intents/synonyms.yml", "id: synonyms\nwords:\n  msc: [mscs]\n");
        MiniKb.file(after, "intents/synonyms.yml", "id: synonyms\nwords:\n  msc: [stromal cells]\n");

        assertEquals(List.of("synonyms"), KnowledgeBaseDiff.between(MiniKb.load(before), MiniKb.load(after)).otherChanged());
    }

    @Test
    void between_aCommentOnlyEdit_isEmptyThoughTheVersionDiffers() {
        MiniKb.write(before, "A");
        MiniKb.write(after, "A");
        MiniKb.file(after, "intents/greeting.yml", "# greetings\nid: greeting\nexamples: [hello, hi there, good morning, hey bot, hiya]\n");
        KnowledgeBase old = MiniKb.load(before);
        KnowledgeBase now = MiniKb.load(after);

        KnowledgeBaseDiff diff = KnowledgeBaseDiff.between(old, now);

        assertTrue(diff.isEmpty(), diff.summary());
        assertTrue(!old.version().equals(now.version()));
        assertEquals("no content changes (comments or layout only)", diff.summary());
    }
}
