package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.testing.Kbs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask --json}, the evaluation contract, on the shipped knowledge base with the default settings. The model
 * is trained once, by one run of the command over every question this class looks at.
 */
class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTRACT = List.of("text", "outcome", "intent", "confidence", "candidates",
            "title", "answer", "sources", "reviewed", "related", "alarm", "withdrawn");
    private static final String INPUT = String.join("\n",
            "what are MSCs?",
            "",
            "   ",
            "I can't breathe",
            "what's the weather",
            "is stem cell therapy FDA approved?",
            "i want to end my life",
            "<@123> **hello**",
            "");

    private static Console.Run run;
    private static List<JsonNode> objects;

    @BeforeAll
    static void askOnce() throws Exception {
        run = Console.runWithInput(INPUT, "ask", "--json");
        objects = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            objects.add(JSON.readTree(line));
        }
    }

    private static JsonNode answerTo(String text) {
        return objects.stream().filter(o -> o.get("text").asText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no object for '" + text + "' in\n" + run));
    }

    @Test
    void exactlyOneJsonObjectPerQuestion_blankLinesSkipped() {
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("what are MSCs?", "I can't breathe", "what's the weather", "is stem cell therapy FDA approved?",
                "i want to end my life", "<@123> **hello**"), objects.stream().map(o -> o.get("text").asText()).toList());
        assertTrue(objects.stream().allMatch(JsonNode::isObject));
    }

    @Test
    void everyObject_hasTheContractFields_inOrder() {
        for (JsonNode object : objects) {
            List<String> fields = new ArrayList<>();
            Iterator<String> names = object.fieldNames();
            names.forEachRemaining(fields::add);
            assertEquals(CONTRACT, fields, object::toString);
            assertTrue(object.get("candidates").isArray() && object.get("sources").isArray(), object::toString);
            assertTrue(object.get("confidence").isNumber(), object::toString);
        }
    }

    @Test
    void standardOutput_holdsJsonOnly_startupNotesGoToStandardError() {
        assertTrue(run.err().contains("ready in"), run::toString);
        assertFalse(run.out().contains("ready in"), run::toString);
    }

    @Test
    void aCrisisMessage_getsTheEmergencyReply() {
        JsonNode emergency = answerTo("I can't breathe");

        assertAll(
                () -> assertEquals("emergency", emergency.get("outcome").asText()),
                () -> assertTrue(emergency.get("intent").isNull()),
                () -> assertTrue(emergency.get("answer").asText().contains("911")),
                () -> assertTrue(emergency.get("answer").asText().contains("988")),
                () -> assertFalse(emergency.get("sources").isEmpty()));
        JsonNode selfHarm = answerTo("i want to end my life");
        assertEquals("emergency", selfHarm.get("outcome").asText());
        assertTrue(selfHarm.get("answer").asText().contains("988"));
    }

    @Test
    void anOffTopicQuestion_fallsBack() {
        JsonNode weather = answerTo("what's the weather");

        assertAll(
                () -> assertEquals("fallback", weather.get("outcome").asText()),
                () -> assertTrue(weather.get("intent").isNull()),
                () -> assertTrue(weather.get("sources").isEmpty()),
                () -> assertTrue(weather.get("candidates").isEmpty()),
                () -> assertTrue(weather.get("answer").asText().contains("Here is what I can answer:")));
    }

    @Test
    void aConfidentQuestion_isAnsweredWithSourcesAndTheDisclaimer() {
        JsonNode fda = answerTo("is stem cell therapy FDA approved?");

        assertAll(
                () -> assertEquals("answer", fda.get("outcome").asText(), fda::toString),
                () -> assertEquals("fda_status", fda.get("intent").asText()),
                () -> assertTrue(fda.get("sources").size() >= 2),
                () -> assertTrue(fda.get("sources").get(0).get("url").asText().startsWith("https://")),
                () -> assertTrue(fda.get("answer").asText().endsWith(Kbs.shipped().disclaimer())),
                () -> assertEquals(Kbs.shipped().response("fda_status").orElseThrow().reviewed().toString(),
                        fda.get("reviewed").asText()));
    }

    @Test
    void chatMarkupIsCleanedBeforeClassifying() {
        JsonNode hello = answerTo("<@123> **hello**");

        assertEquals("greeting", hello.get("intent").asText(), hello::toString);
    }

    @Test
    void whatAreMscs_isAnsweredFromMscBasics_withSources() {
        JsonNode msc = answerTo("what are MSCs?");

        assertEquals("answer", msc.get("outcome").asText(), msc::toString);
        assertEquals("msc_basics", msc.get("intent").asText());
        assertTrue(msc.get("sources").size() >= 2);
    }

    @Test
    void aQuestionGivenAsArguments_isAnsweredInPlainText() {
        Console.Run plain = Console.run("ask", "--kb", Kbs.GOOD.toString(), "is", "stem", "cell", "therapy", "fda",
                "approved", "for", "als?");

        assertEquals(0, plain.exit(), plain::toString);
        assertTrue(plain.out().startsWith("== Is stem cell therapy for ALS approved by the FDA? =="), plain::toString);
        assertTrue(plain.out().contains("Sources:\n  - FDA: Approved Cellular and Gene Therapy Products: https://www.fda.gov/approved-products"),
                plain::toString);
        assertTrue(plain.out().contains("This is not medical advice. Ask your own doctor."), plain::toString);
    }

    @Test
    void withRegionUk_theEmergencyReplyGives999And116123_notTheUsNumbers(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("faqbot.yml");
        Kbs.write(settings, "region: uk\n");

        Console.Run uk = Console.runWithInput("I can't breathe\ni want to end my life\n", "ask", "--json", "--kb",
                Kbs.GOOD.toString(), "--settings", settings.toString());

        assertEquals(0, uk.exit(), uk::toString);
        for (String line : uk.out().split("\n")) {
            String answer = JSON.readTree(line).get("answer").asText();
            assertTrue(answer.contains("999") && answer.contains("116 123"), answer);
            assertFalse(answer.contains("911") || answer.contains("988"), answer);
        }
    }
}
