package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Kbs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader over the fixture knowledge base (src/test/resources/kb/good) and broken copies of it. Each folder in
 * src/test/resources/kb/bad holds files laid over a copy of the good one (and an optional delete.txt), with the
 * exact problems expected in expected.txt.
 */
class KnowledgeBaseLoaderTest {

    @TempDir
    Path dir;

    // ---- the good fixture ----

    @Test
    void goodKnowledgeBase_loadsWithoutAnyProblem() {
        LoadResult result = Kbs.load(Kbs.GOOD);

        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, result, () -> result.problems().toString());
        KnowledgeBase kb = loaded.knowledgeBase();
        assertAll(
                () -> assertEquals(List.of(), result.problems()),
                () -> assertEquals(List.of("fda_status", "greeting", "msc_basics", "out_of_scope"),
                        kb.intents().keySet().stream().sorted().toList()),
                () -> assertEquals(List.of("fda_status", "greeting", "msc_basics"),
                        kb.responses().keySet().stream().sorted().toList()),
                () -> assertEquals("This is not medical advice. Ask your own doctor.", kb.disclaimer()),
                () -> assertEquals(2, kb.crisis().emergency().size()),
                () -> assertEquals(2, kb.crisis().selfHarm().size()),
                () -> assertEquals(6, kb.synonyms().size()),
                () -> assertEquals(2, kb.rules().minSources()),
                () -> assertEquals(Kbs.TODAY.instant(), kb.loadedAt()),
                () -> assertEquals(List.of("fda_status"), kb.responses().get("msc_basics").related()),
                () -> assertEquals(false, kb.responses().get("greeting").medical()));
    }

    @Test
    void sameFiles_giveTheSameVersion_andAnyEditChangesIt() {
        Kbs.copyOfGood(dir);
        String before = loaded(Kbs.load(dir)).version();
        assertEquals(before, loaded(Kbs.load(Kbs.GOOD)).version());

        Kbs.replace(dir.resolve("intents/greeting.yml"), "  - hi bot", "  - hi faqbot");

        assertNotEquals(before, loaded(Kbs.load(dir)).version());
    }

    @Test
    void theVersion_isTheHashOfTheBytesThatWereParsed_evenWhenAFileIsEditedJustAfterItWasRead() throws IOException {
        Kbs.copyOfGood(dir);
        String pristine = loaded(Kbs.load(dir)).version();
        Path edited = dir.resolve("responses/msc_basics.yml");
        String original = Kbs.read(edited);
        String edit = original.replace("title: What are", "title: Edited, what are");
        // An editor saves right after the loader read the file: the loader parsed the old bytes.
        KnowledgeBaseLoader.FileReader racing = path -> {
            byte[] read = Files.readAllBytes(path);
            if (path.equals(edited)) {
                Files.writeString(path, edit);
            }
            return read;
        };

        KnowledgeBase racy = loaded(new KnowledgeBaseLoader(Kbs.NORMALISER, Kbs.TODAY, racing).load(dir));

        assertEquals(pristine, racy.version(), "the version of what was parsed");
        assertNotEquals(pristine, loaded(Kbs.load(dir)).version(), "the edit gets a version of its own");
        assertEquals("What are mesenchymal stem cells (MSCs)?", racy.response("msc_basics").orElseThrow().title());
    }

    @Test
    void aFileThatCannotBeRead_isAProblemWithItsName() {
        Kbs.copyOfGood(dir);
        Path broken = dir.resolve("responses/msc_basics.yml");
        KnowledgeBaseLoader.FileReader failing = path -> {
            if (path.equals(broken)) {
                throw new IOException("Input/output error");
            }
            return Files.readAllBytes(path);
        };

        LoadResult result = new KnowledgeBaseLoader(Kbs.NORMALISER, Kbs.TODAY, failing).load(dir);

        assertInstanceOf(LoadResult.Refused.class, result);
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().equals(
                "responses/msc_basics.yml:1: cannot read the file (Input/output error)")), result.problems().toString());
    }

    // ---- folders of broken files, exact messages ----

    static Stream<String> brokenKnowledgeBases() throws IOException {
        try (Stream<Path> cases = Files.list(Kbs.BAD)) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenKnowledgeBases")
    void loader_reportsExactlyTheProblemsOfEachBrokenKnowledgeBase(String name) throws IOException {
        Path broken = brokenCopy(name);
        List<String> expected = expected(name);

        LoadResult result = Kbs.load(broken);

        assertEquals(String.join("\n", expected), String.join("\n", result.problems().stream().map(Problem::toString).toList()),
                "problems for kb/bad/" + name);
        boolean anyError = expected.stream().anyMatch(line -> !line.contains(": warning: "));
        assertEquals(anyError ? LoadResult.Refused.class : LoadResult.Loaded.class, result.getClass());
    }

    @Test
    void loader_reportsEveryProblemAtOnce_inReadingOrder() throws IOException {
        LoadResult result = Kbs.load(brokenCopy("many_problems_at_once"));

        assertInstanceOf(LoadResult.Refused.class, result);
        List<String> files = result.problems().stream().map(Problem::file).distinct().toList();
        assertEquals(List.of("intents/crisis.yml", "intents/greeting.yml",
                "intents/msc_basics.yml", "responses/cost.yml", "responses/fda_status.yml", "responses/msc_basics.yml"), files);
        assertEquals(result.problems().stream().sorted(Problem.READING_ORDER).toList(), result.problems());
    }

    @Test
    void aKnowledgeBaseWithErrors_isRefusedWhole_neverHalfLoaded() throws IOException {
        // Only one answer of three is bad; nothing of the rest may be served.
        LoadResult result = Kbs.load(brokenCopy("too_few_sources"));

        LoadResult.Refused refused = assertInstanceOf(LoadResult.Refused.class, result);
        // A refusal carries the problems and nothing else: there is no partial knowledge base to reach for.
        assertEquals(List.of("problems"),
                Arrays.stream(LoadResult.Refused.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertTrue(refused.problems().stream().anyMatch(Problem::isError));
    }

    @Test
    void warningsAlone_doNotStopTheKnowledgeBaseFromLoading() throws IOException {
        LoadResult result = Kbs.load(brokenCopy("reading_grade_warning"));

        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, result);
        assertTrue(loaded.problems().stream().noneMatch(Problem::isError));
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.knowledgeBase().response("msc_basics").isPresent());
    }

    // ---- copy-and-break variants of the good knowledge base ----

    @Test
    void missingSourceUrlIsReportedWithItsLine() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/msc_basics.yml"),
                "    url: https://pmc.ncbi.nlm.nih.gov/articles/PMC5399967\n", "");

        assertProblems(Kbs.load(dir),
                "responses/msc_basics.yml:7: sources: a medical answer needs at least 2 sources, found 1",
                "responses/msc_basics.yml:10: sources[1].url: missing; add a url field");
    }

    @Test
    void sourcesThatAreNotAList_areReported() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/crisis.yml"), "sources:\n  - title: \"988 Suicide & Crisis Lifeline\"\n"
                + "    url: https://988lifeline.org\n", "sources: https://988lifeline.org\n");

        assertProblems(Kbs.load(dir), "responses/crisis.yml:8: sources: must be a list of {title, url} entries");
    }

    @Test
    void sameExampleUnderTwoIntents_isAnError_evenWithOtherCaseAndPunctuation() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("intents/out_of_scope.yml"), "  - tell me a joke", "  - IS IT LEGAL to get stem cells in the US??");

        assertProblems(Kbs.load(dir), "intents/out_of_scope.yml:8: examples: 'IS IT LEGAL to get stem cells in the US??'"
                + " is also an example of 'fda_status' (intents/fda_status.yml:4); an example can belong to one intent only");
    }

    @Test
    void aBareYesOrNoExample_isReportedInsteadOfBeingTrainedAsTrueOrFalse() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("intents/out_of_scope.yml"), "  - tell me a joke", "  - no");

        assertProblems(Kbs.load(dir),
                "intents/out_of_scope.yml:8: examples[5]: YAML reads this as false; put the text in quotes, like \"no\"");
    }

    @Test
    void nextReview_isAWarningUpTo30DaysOverdue_andWithdrawsTheAnswerAfterThat_neverRefusingTheKnowledgeBase() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/fda_status.yml"), "next_review: 2031-05-01", "next_review: 2026-10-22");
        Clock dueDay = Clock.offset(Kbs.TODAY, Duration.ofDays(-30));
        Clock thirtyDaysLate = Kbs.TODAY;
        Clock thirtyOneDaysLate = Clock.offset(Kbs.TODAY, Duration.ofDays(1));
        Clock tenYearsLate = Clock.offset(Kbs.TODAY, Duration.ofDays(3_650));

        assertProblems(Kbs.load(dir, dueDay));
        LoadResult warned = Kbs.load(dir, thirtyDaysLate);
        assertProblems(warned, "responses/fda_status.yml:13: warning: next_review: review is overdue since 2026-10-22;"
                + " the bot withdraws the answer from 2026-11-22 unless it is reviewed");
        assertInstanceOf(LoadResult.Loaded.class, warned);
        LoadResult withdrawn = Kbs.load(dir, thirtyOneDaysLate);
        assertProblems(withdrawn, "responses/fda_status.yml:13: warning: next_review: withdrawn: review is 31 days overdue"
                + " (due 2026-10-22), so the bot says this answer is being re-checked and shows only its sources; check"
                + " the facts and sources, then update reviewed and next_review");
        KnowledgeBase kb = assertInstanceOf(LoadResult.Loaded.class, withdrawn).knowledgeBase();
        assertTrue(kb.rules().withdrawn(kb.response("fda_status").orElseThrow(), Today.of(thirtyOneDaysLate)));
        assertFalse(kb.rules().withdrawn(kb.response("fda_status").orElseThrow(), Today.of(thirtyDaysLate)));
        assertInstanceOf(LoadResult.Loaded.class, Kbs.load(dir, tenYearsLate), "ten years on, it still loads");
    }

    @Test
    void reviewedDate_inTheFuture_isAWarning_becauseTheClockMayBeWrong() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/fda_status.yml"), "reviewed: 2026-06-01", "reviewed: 2026-11-22");

        assertProblems(Kbs.load(dir, Clock.offset(Kbs.TODAY, Duration.ofDays(1))));
        LoadResult early = Kbs.load(dir);
        assertProblems(early, "responses/fda_status.yml:12: warning: reviewed: 2026-11-22 is in the future (today is"
                + " 2026-11-21 in UTC): a typo, or is this machine's clock wrong?");
        assertInstanceOf(LoadResult.Loaded.class, early);
        Clock farBack = Clock.fixed(java.time.Instant.parse("1970-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        assertInstanceOf(LoadResult.Loaded.class, Kbs.load(dir, farBack), "a clock reset to 1970 refuses nothing");
    }

    @Test
    void theCrisisReplies_alwaysLoad_howeverOldTheirReviewAndHoweverFarTheClock() {
        Kbs.copyOfGood(dir);
        Path crisis = dir.resolve("responses/crisis.yml");
        Kbs.write(crisis, Kbs.read(crisis).replaceFirst("(?m)^reviewed: .*$", "reviewed: 2000-01-01"));
        Clock farAhead = Clock.offset(Kbs.TODAY, Duration.ofDays(36_500));

        KnowledgeBase kb = assertInstanceOf(LoadResult.Loaded.class, Kbs.load(dir, farAhead)).knowledgeBase();

        assertFalse(kb.crisis().emergencyReply(Region.OTHER).answer().isBlank());
        assertFalse(kb.crisis().selfHarmReply(Region.OTHER).answer().isBlank());
    }

    @Test
    void today_isTheDateInUtc_whateverZoneTheClockHas() {
        java.time.Instant lateEvening = java.time.Instant.parse("2026-11-21T23:30:00Z");

        assertEquals(java.time.LocalDate.of(2026, 11, 21),
                Today.of(Clock.fixed(lateEvening, java.time.ZoneId.of("Pacific/Kiritimati"))));
    }

    @Test
    void conversationalAnswers_skipTheMedicalRules() {
        // greeting has medical: false: no sources, no next_review and no banned-phrase check needed.
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/greeting.yml"), "Ask me about ALS", "Ask me about the miracle of ALS");

        assertProblems(Kbs.load(dir));
    }

    @Test
    void withoutContentRules_structureIsStillChecked_butEditorialRulesAreNot() throws IOException {
        Kbs.copyOfGood(dir);
        Files.delete(dir.resolve("responses/content-rules.yml"));
        Kbs.replace(dir.resolve("responses/msc_basics.yml"), "https://www.fda.gov/", "https://stem-cell-clinic.example/");

        LoadResult lenient = Kbs.load(dir);
        assertProblems(lenient);
        assertEquals(ContentRules.LENIENT, loaded(lenient).rules());

        Kbs.replace(dir.resolve("responses/msc_basics.yml"), "https://stem-cell-clinic.example/", "http://stem-cell-clinic.example/");
        assertProblems(Kbs.load(dir), "responses/msc_basics.yml:9: sources[0].url: 'http://stem-cell-clinic.example/"
                + "regenerative-medicine' must start with https://");
    }

    // ---- emergency replies by region ----

    @Test
    void emergencyReplies_areRenderedForEveryRegion_withTheRegionsLinesAndSourcesFirst() {
        KnowledgeBase kb = Kbs.good();
        EmergencyReply uk = kb.crisis().emergencyReply(Region.UK);
        EmergencyReply other = kb.crisis().selfHarmReply(Region.OTHER);

        assertAll(
                () -> assertEquals("If someone cannot breathe or is choking: call 999 now.\n"
                        + "If you are in crisis: call Samaritans on 116 123.", uk.answer()),
                () -> assertEquals(List.of("https://www.samaritans.org", "https://988lifeline.org"),
                        uk.sources().stream().map(Source::url).toList()),
                () -> assertEquals("Please reach out now: call or text 988 (US, Canada), call 116 123 (UK, Ireland), or see"
                        + " findahelpline.com.\nIf you are in danger right now: call 911 (US, Canada), 999 (UK), 112 (EU) or"
                        + " 000 (Australia).", other.answer()),
                () -> assertEquals(List.of("https://988lifeline.org"), other.sources().stream().map(Source::url).toList()),
                () -> assertEquals(Region.values().length, kb.crisis().emergencyReplies().size()),
                () -> assertEquals(Region.values().length, kb.crisis().selfHarmReplies().size()));
    }

    @Test
    void theReadingGrade_ofTheDisclaimerAndOfEachRegionsEmergencyReply_isChecked() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/disclaimer.yml"), "This is not medical advice. Ask your own doctor.",
                "This is general information, not individualised medical advice.");
        Kbs.replace(dir.resolve("responses/crisis.yml"), "call 999 now.", "call 999 immediately, irrespective of"
                + " circumstances, considering ambulance availability, particularly overnight.");

        assertProblems(Kbs.load(dir),
                "responses/crisis.yml:4: warning: emergency.answer: reading grade is above 9 for region uk (16.2);"
                        + " use shorter sentences and everyday words",
                "responses/crisis.yml:7: warning: self_harm.answer: reading grade is above 9 for region uk (15.1);"
                        + " use shorter sentences and everyday words",
                "responses/disclaimer.yml:2: warning: text: reading grade 17.0 is above 9; use shorter sentences and"
                        + " everyday words");
    }

    @Test
    void conversationalAnswers_areGradedToo() {
        Kbs.copyOfGood(dir);
        Kbs.replace(dir.resolve("responses/greeting.yml"), "Ask me about ALS", "Ask me about amyotrophic lateral sclerosis,"
                + " mesenchymal stromal cells, investigational therapies and regulatory considerations");

        assertEquals(1, Kbs.load(dir).problems().size());
        assertTrue(Kbs.load(dir).problems().get(0).toString().startsWith("responses/greeting.yml:"));
        assertTrue(Kbs.load(dir).problems().get(0).toString().contains("warning: answer: reading grade"));
    }

    @Test
    void aFolderWithoutTheKnowledgeBase_saysWhatIsMissing() {
        LoadResult result = Kbs.load(dir);

        assertInstanceOf(LoadResult.Refused.class, result);
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        String where = dir.toAbsolutePath().normalize().toString();
        assertEquals(List.of(
                "intents/:1: folder not found in " + where,
                "intents/crisis.yml:1: missing; this file is required",
                "responses/:1: folder not found in " + where,
                "responses/crisis.yml:1: missing; this file is required",
                "responses/disclaimer.yml:1: missing; this file is required"), problems);
    }

    // ---- helpers ----

    /** A copy of the good knowledge base with the files of kb/bad/{name} laid over it. */
    private Path brokenCopy(String name) throws IOException {
        Kbs.copyOfGood(dir);
        Path overlay = Kbs.BAD.resolve(name);
        try (Stream<Path> files = Files.walk(overlay)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = overlay.relativize(file).toString().replace('\\', '/');
                if (relative.equals("expected.txt")) {
                    continue;
                }
                if (relative.equals("delete.txt")) {
                    for (String gone : Files.readAllLines(file)) {
                        Files.delete(dir.resolve(gone.strip()));
                    }
                    continue;
                }
                Kbs.write(dir.resolve(relative), Kbs.read(file));
            }
        }
        return dir;
    }

    private static List<String> expected(String name) throws IOException {
        return Files.readAllLines(Kbs.BAD.resolve(name).resolve("expected.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    private static void assertProblems(LoadResult result, String... expected) {
        assertEquals(String.join("\n", expected),
                String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        boolean anyError = Arrays.stream(expected).anyMatch(line -> !line.contains(": warning: "));
        assertEquals(anyError ? LoadResult.Refused.class : LoadResult.Loaded.class, result.getClass());
    }

    private static KnowledgeBase loaded(LoadResult result) {
        return assertInstanceOf(LoadResult.Loaded.class, result, () -> result.problems().toString()).knowledgeBase();
    }
}
