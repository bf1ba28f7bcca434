package dev.faqbot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Knowledge bases for tests: the small fixture in src/test/resources/kb/good, and the shipped one. */
public final class Kbs {

    /** The project root: surefire runs tests there, and the shipped knowledge base lives in it. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path GOOD = PROJECT.resolve("src/test/resources/kb/good");
    public static final Path BAD = PROJECT.resolve("src/test/resources/kb/bad");

    /** "Today" for every fixture check: the fixture's dates are written against it. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    /**
     * "Today" for every test of the shipped knowledge base: the day of its last editorial review, on which every
     * shipped answer is current. Fixed, so that the suite gives the same result on any day; only
     * {@code ShippedReviewDatesTest} reads the real clock, to warn before answers are withdrawn.
     */
    public static final Clock SHIPPED_TODAY = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);

    public static final Normaliser NORMALISER = new Normaliser(500);

    private static KnowledgeBase shipped;

    private Kbs() {
    }

    public static LoadResult load(Path root) {
        return load(root, TODAY);
    }

    public static LoadResult load(Path root, Clock clock) {
        return new KnowledgeBaseLoader(NORMALISER, clock).load(root);
    }

    /** The fixture knowledge base; fails the test with every problem if it does not load. */
    public static KnowledgeBase good() {
        return loaded(load(GOOD), GOOD);
    }

    /**
     * The knowledge base the project ships (intents/ and responses/ in the project root), checked as the bot checks
     * it at start-up, on {@link #SHIPPED_TODAY}. Loaded once per test run.
     */
    public static synchronized KnowledgeBase shipped() {
        if (shipped == null) {
            shipped = loaded(load(PROJECT, SHIPPED_TODAY), PROJECT);
        }
        return shipped;
    }

    private static KnowledgeBase loaded(LoadResult result, Path root) {
        if (result instanceof LoadResult.Loaded loaded) {
            return loaded.knowledgeBase();
        }
        return fail("the knowledge base in " + root + " was refused:\n" + result.problems().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
    }

    /**
     * Copies the shipped knowledge base into {@code dir} with every answer reviewed on {@code reviewed}: the
     * fast-moving topics due again 3 months less a day later, the others 6 months later. A test of how the bot
     * ages then does not change when moderators review the real answers.
     */
    public static Path shippedReviewedOn(Path dir, java.time.LocalDate reviewed) {
        copyTree(PROJECT.resolve("intents"), dir.resolve("intents"));
        copyTree(PROJECT.resolve("responses"), dir.resolve("responses"));
        java.util.Set<String> fast = shipped().rules().fastMoving();
        try (Stream<Path> files = Files.list(dir.resolve("responses"))) {
            for (Path file : files.toList()) {
                String id = file.getFileName().toString().replace(".yml", "");
                java.time.LocalDate next = fast.contains(id) ? reviewed.plusMonths(3).minusDays(1) : reviewed.plusMonths(6);
                write(file, read(file).replaceFirst("(?m)^reviewed: .*$", "reviewed: " + reviewed)
                        .replaceFirst("(?m)^next_review: .*$", "next_review: " + next));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Copies the fixture knowledge base into {@code dir} (usually a @TempDir) and returns it. */
    public static Path copyOfGood(Path dir) {
        copyTree(GOOD, dir);
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file, failing if it is not there (a stale fixture). */
    public static void replace(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            fail(file + " does not contain '" + from + "'");
        }
        write(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
