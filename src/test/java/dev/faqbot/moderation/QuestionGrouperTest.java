package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.SentenceEncoder;
import dev.faqbot.classify.VectorStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grouping logged questions by meaning (a fake sentence model) and by words. */
class QuestionGrouperTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> IPSC = List.of("are ipscs being tested for als?",
            "induced pluripotent stem cells als trial?", "anything with ips cells for als",
            "has anyone tried reprogrammed skin cells (ipsc) for als");
    private static final List<String> UNRELATED = List.of("how much does a clinic in mexico cost",
            "is nurown approved yet", "what are exosomes");

    /**
     * A stand-in for the sentence model: a dimension per idea, and one every text here shares (ALS, stem cells),
     * much larger than the rest, as real vectors of questions on one topic are.
     */
    private static final class IdeaEncoder implements SentenceEncoder {
        private static final Map<Integer, Set<String>> IDEAS = Map.of(
                1, Set.of("ipscs", "ipsc", "pluripotent", "ips", "reprogrammed"),
                2, Set.of("cost", "price", "pay"),
                3, Set.of("nurown", "approved"),
                4, Set.of("exosomes"),
                5, Set.of("trial", "tested", "tried"));

        @Override
        public String modelId() {
            return "ideas";
        }

        @Override
        public int dimension() {
            return 6;
        }

        @Override
        public float[] encode(String text) {
            float[] v = new float[6];
            v[0] = 3; // what every question here shares
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                IDEAS.forEach((dimension, words) -> v[dimension] += words.contains(word) ? 1 : 0);
            }
            return Cosine.unit(v);
        }
    }

    private static final QuestionVectors MEANING = new QuestionVectors(Embedder.uncached(new IdeaEncoder()),
            List.of("what are mscs", "is it fda approved", "how much does it cost", "what are exosomes",
                    "how do i find a trial", "what is als", "what are ipscs"));

    private static List<LearningEntry> logged(List<String> texts) {
        List<LearningEntry> entries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            entries.add(new LearningEntry(T0.plusSeconds(60L * i), texts.get(i), "fallback", List.of()));
        }
        return entries;
    }

    private static List<List<String>> texts(List<List<LearningEntry>> groups) {
        return groups.stream().map(g -> g.stream().map(LearningEntry::text).toList()).toList();
    }

    @Test
    void byMeaning_fourWordingsOfOneQuestion_areOneGroup_unrelatedQuestionsEachTheirOwn() {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < IPSC.size(); i++) {
            asked.add(IPSC.get(i));
            if (i < UNRELATED.size()) {
                asked.add(UNRELATED.get(i));
            }
        }

        List<List<String>> groups = texts(QuestionGrouper.byMeaning(MEANING).group(logged(asked)));

        assertEquals(List.of(IPSC.get(0), IPSC.get(1), IPSC.get(2), IPSC.get(3)), groups.get(0));
        assertEquals(List.of(List.of(UNRELATED.get(0)), List.of(UNRELATED.get(1)), List.of(UNRELATED.get(2))),
                groups.subList(1, groups.size()));
    }

    @Test
    void byWords_theSameFourWordings_fallApart() {
        List<List<String>> groups = texts(new QuestionGrouper(QuestionGrouper.DEFAULT_SIMILARITY).group(logged(IPSC)));

        assertTrue(groups.size() > 1, groups::toString);
    }

    @Test
    void byMeaning_withoutTheCommonDirectionTakenOut_everyQuestionWouldLookAlike() {
        QuestionVectors raw = new QuestionVectors(Embedder.uncached(new IdeaEncoder()), List.of());
        List<String> asked = List.of(IPSC.get(0), UNRELATED.get(0), UNRELATED.get(1));

        assertEquals(1, QuestionGrouper.byMeaning(raw).group(logged(asked)).size(), "the test's encoder is realistic");
        assertEquals(3, QuestionGrouper.byMeaning(MEANING).group(logged(asked)).size());
    }

    @Test
    void membersQuestions_areNeverWrittenToTheVectorStore_onlyTheBackgroundIs() {
        Set<String> stored = new java.util.HashSet<>();
        VectorStore store = new VectorStore() {
            @Override
            public Optional<float[]> get(String modelId, String text) {
                return Optional.empty();
            }

            @Override
            public void putAll(String modelId, Map<String, float[]> vectors) {
                stored.addAll(vectors.keySet());
            }
        };
        List<String> background = List.of("what are mscs", "how much does it cost");
        QuestionVectors vectors = new QuestionVectors(new Embedder(new IdeaEncoder(), store), background);

        QuestionGrouper.byMeaning(vectors).group(logged(IPSC));

        assertEquals(Set.copyOf(background), stored);
    }

    @Test
    void theSameText_isOneGroup_byMeaningAndByWords() {
        List<LearningEntry> twice = logged(List.of("hmm", "hmm"));

        assertEquals(1, QuestionGrouper.byMeaning(MEANING).group(twice).size());
        assertEquals(1, new QuestionGrouper(0.5, Optional.empty()).group(twice).size());
    }
}
