package dev.faqbot.testkit;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Region;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A small, valid knowledge base written into a folder: three intents (msc_basics, greeting, out_of_scope), their
 * answers, crisis rules and a disclaimer. {@code mark} goes into an msc_basics example (so each mark trains its own
 * model), the msc_basics title, the greeting title and the disclaimer, so a test can tell which version answered.
 */
public final class MiniKb {

    public static final Normaliser NORMALISER = new Normaliser(500);
    /** The day the mini knowledge base is loaded and answers on: its answers are current then. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    public static final String MSC_QUESTION = "what are mesenchymal stem cells";
    /** Fewer iterations than the default: a few dozen examples converge long before 300. */
    public static final ClassifierSettings SETTINGS = ClassifierSettings.words(100, 1, 2.0, true, true, 4, true, true);

    private MiniKb() {
    }

    /** Valid emergency replies for every region: {@code us} gives 911 and 988, {@code uk} 999 and 116 123. */
    public static final String CRISIS_REPLIES = """
            id: crisis
            emergency:
              title: Call for help
              answer: "Call now: {emergency_numbers} In crisis? {crisis_lines}"
            self_harm:
              title: Please reach out
              answer: "Please reach out: {crisis_lines} If in danger: {emergency_numbers}"
            regions:
              us: {danger_line: "danger? call 911.", emergency_numbers: call 911., crisis_lines: call or text 988.}
              ca: {danger_line: "danger? call 911.", emergency_numbers: call 911., crisis_lines: call or text 988.}
              uk: {danger_line: "danger? call 999.", emergency_numbers: call 999., crisis_lines: call 116 123.}
              ie: {danger_line: "danger? call 112.", emergency_numbers: call 112., crisis_lines: call 116 123.}
              eu: {danger_line: "danger? call 112.", emergency_numbers: call 112., crisis_lines: see findahelpline.com.}
              au: {danger_line: "danger? call 000.", emergency_numbers: call 000., crisis_lines: see findahelpline.com.}
              other: {danger_line: "danger? call 911, 999, 112 or 000.", emergency_numbers: "call 911, 999, 112 or 000.", crisis_lines: "call 988 or 116 123, or see findahelpline.com."}
            sources:
              - title: Lifeline
                url: https://988lifeline.org
            reviewed: 2025-01-01
            """;

    public static Path write(Path root, String mark) {
        file(root, "intents/msc_basics.yml", """
                id: msc_basics
                examples:
                  - what are mesenchymal stem cells
                  - what is an msc
                  - explain mesenchymal stromal cells
                  - where do mscs come from
                  - are mscs taken from bone marrow
                  - what does mesenchymal mean
                  - msc basics in version %s
                """.formatted(mark));
        file(root, "intents/greeting.yml", """
                id: greeting
                examples:
                  - hello
                  - hi there
                  - good morning
                  - hey bot
                  - hiya
                """);
        file(root, "intents/out_of_scope.yml", """
                id: out_of_scope
                examples:
                  - what is the weather today
                  - tell me a joke
                  - best pizza in town
                  - who won the football game
                  - how do i bake bread
                """);
        file(root, "intents/crisis.yml", """
                id: crisis
                emergency:
                  - "\\\\bcant breathe\\\\b"
                self_harm:
                  - "\\\\bkill myself\\\\b"
                """);
        file(root, "responses/msc_basics.yml", msc("What are MSCs? (" + mark + ")", "2099-01-01"));
        file(root, "responses/greeting.yml", """
                id: greeting
                title: Hello (%s)
                answer: Hi! Ask me about stem cells.
                reviewed: 2025-01-01
                medical: false
                """.formatted(mark));
        file(root, "responses/crisis.yml", CRISIS_REPLIES);
        file(root, "responses/disclaimer.yml", "id: disclaimer\ntext: Not medical advice (" + mark + ").\n");
        return root;
    }

    /** Adds the emergency detector's examples to a knowledge base written by {@link #write}. */
    public static Path withCrisisExamples(Path root) {
        file(root, "intents/crisis_examples.yml", """
                id: crisis_examples
                emergency:
                  - he is choking right now and turning blue
                  - she is gasping and will not wake up
                  - the breathing machine died and he is struggling for air
                self_harm:
                  - i want to end my life tonight
                  - i have saved up pills to take them all
                not_crisis:
                  - how does als affect breathing over time
                  - what should we do if he chokes someday
                  - suicide rates in als for my thesis
                """);
        return root;
    }

    /** The msc_basics answer with this title and review date. */
    public static String msc(String title, String nextReview) {
        return """
                id: msc_basics
                title: "%s"
                answer: MSCs are cells from bone marrow, fat or cord tissue.
                sources:
                  - title: FDA
                    url: https://www.fda.gov/consumers
                reviewed: 2025-01-01
                next_review: %s
                related: [greeting]
                """.formatted(title, nextReview);
    }

    public static void file(Path root, String name, String text) {
        try {
            Path path = root.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KnowledgeBaseLoader loader() {
        return new KnowledgeBaseLoader(NORMALISER, TODAY);
    }

    public static KnowledgeBase load(Path root) {
        LoadResult result = loader().load(root);
        if (result instanceof LoadResult.Loaded loaded) {
            return loaded.knowledgeBase();
        }
        throw new IllegalStateException("test knowledge base refused: " + result.problems());
    }

    public static Brain train(KnowledgeBase kb) {
        return Brain.train(kb, NORMALISER, SETTINGS);
    }

    public static FaqBot bot(Path root) {
        return new FaqBot(train(load(root)), NORMALISER, new Decider(Thresholds.DEFAULTS),
                new AnswerCache(1_000, Duration.ofMinutes(10)), Region.OTHER, TODAY);
    }
}
