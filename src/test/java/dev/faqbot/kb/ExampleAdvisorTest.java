package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleAdvisorTest {

    @TempDir
    Path root;

    private final ExampleAdvisor advisor = new ExampleAdvisor(MiniKb.NORMALISER);

    private static String intent(String id, List<String> examples) {
        return "id: " + id + "\nexamples:\n" + examples.stream().map(e -> "  - " + e + "\n").collect(Collectors.joining());
    }

    private static List<String> filler(String word) {
        return IntStream.range(0, ExampleAdvisor.MIN_EXAMPLES).mapToObj(i -> word + " question number " + i).toList();
    }

    @Test
    void anIntentWithFewExamples_getsAWarningOnItsExamplesLine() {
        MiniKb.file(root, "intents/cost.yml", "# cost\nid: cost\nexamples:\n  - how much\n  - what does it cost\n");

        List<Problem> advice = advisor.advise(root);

        assertEquals(List.of("intents/cost.yml:3: warning: examples: only 2 examples; write at least 20 varied ones so the"
                + " model recognises this intent"), advice.stream().map(Problem::toString).toList());
    }

    @Test
    void nearlyTheSameExampleUnderTwoIntents_isReportedOnceAtTheSecond() {
        MiniKb.file(root, "intents/cost.yml", intent("cost", concat(filler("cost"), "how much do stem cell shots cost")));
        MiniKb.file(root, "intents/risks.yml", intent("risks", concat(filler("risk"), "how much do the stem cell shots cost")));

        List<String> advice = advisor.advise(root).stream().map(Problem::toString).toList();

        assertEquals(List.of("intents/risks.yml:23: warning: examples: 'how much do the stem cell shots cost' is nearly the"
                + " same as 'how much do stem cell shots cost' in intents/cost.yml:23 (intent 'cost', similarity 0.88); the"
                + " model cannot tell them apart: reword one or keep it under one intent only"), advice);
    }

    @Test
    void exactDuplicates_areLeftToTheLoadersError() {
        MiniKb.file(root, "intents/cost.yml", intent("cost", concat(filler("cost"), "how much do stem cell shots cost")));
        MiniKb.file(root, "intents/risks.yml", intent("risks", concat(filler("risk"), "How much do stem cell shots cost?!")));

        assertEquals(List.of(), advisor.advise(root));
    }

    @Test
    void differentQuestionsSharingWords_areNotReported() {
        MiniKb.file(root, "intents/cost.yml", intent("cost", concat(filler("cost"), "how much do stem cells cost")));
        MiniKb.file(root, "intents/risks.yml", intent("risks", concat(filler("risk"), "how risky are stem cells")));

        assertEquals(List.of(), advisor.advise(root));
    }

    @Test
    void specialAndBrokenFiles_areLeftToTheLoader() {
        MiniKb.write(root, "A");
        MiniKb.file(root, "intents/broken.yml", "id: broken\nexamples: [unclosed\n");

        List<Problem> advice = advisor.advise(root);

        assertTrue(advice.stream().noneMatch(p -> p.file().contains("crisis") || p.file().contains("broken")), advice.toString());
        assertTrue(advice.stream().allMatch(p -> !p.isError()));
    }

    private static List<String> concat(List<String> a, String b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
    }
}
