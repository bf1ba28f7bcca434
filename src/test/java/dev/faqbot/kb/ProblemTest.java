package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void problems_readAsFileLineFieldMessage() {
        assertEquals("responses/cost.yml:4: sources[1].url: bad", Problem.error("responses/cost.yml", 4, "sources[1].url", "bad").toString());
        assertEquals("responses/cost.yml:4: warning: answer: hard to read",
                Problem.warning("responses/cost.yml", 4, "answer", "hard to read").toString());
        assertEquals("intents/x.yml:1: the file is empty", Problem.error("intents/x.yml", 0, "", "the file is empty").toString());
    }

    @Test
    void readingOrder_isFileThenLineThenField() {
        List<Problem> problems = new ArrayList<>(List.of(
                Problem.error("responses/b.yml", 1, "id", "x"),
                Problem.error("intents/z.yml", 9, "examples", "x"),
                Problem.error("intents/z.yml", 2, "title", "x"),
                Problem.error("intents/z.yml", 2, "answer", "x")));

        problems.sort(Problem.READING_ORDER);

        assertEquals(List.of("intents/z.yml:2: answer: x", "intents/z.yml:2: title: x", "intents/z.yml:9: examples: x",
                "responses/b.yml:1: id: x"), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void fieldNames_readAsModeratorsWriteThem() {
        assertEquals("sources[1].url", Fields.fieldName("/sources/1/url"));
        assertEquals("emergency.answer", Fields.fieldName("/emergency/answer"));
        assertEquals("", Fields.fieldName(""));
    }

    @Test
    void aProblemNeedsFileFieldAndMessage() {
        assertThrows(NullPointerException.class, () -> Problem.error(null, 1, "", "m"));
        assertThrows(NullPointerException.class, () -> Problem.error("f", 1, null, "m"));
        assertThrows(NullPointerException.class, () -> Problem.error("f", 1, "", null));
    }
}
