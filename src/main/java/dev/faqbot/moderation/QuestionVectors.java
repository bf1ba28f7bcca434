package dev.faqbot.moderation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.Progress;
import dev.faqbot.core.Brain;
import dev.faqbot.core.FaqBot;
import dev.faqbot.classify.LabelledText;
import dev.faqbot.text.Normaliser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sentence vectors of logged questions, for grouping them by what they mean. Every question here is about ALS and
 * stem cells, so raw vectors are all alike (cosine 0.75 to 0.85 between "stem cells for als" and any question on
 * iPSCs); the direction the knowledge base's examples share is taken out first, and what is left tells one
 * question from another.
 */
public final class QuestionVectors {

    /** Enough examples for a steady mean; their vectors come from the cache the classifier was trained from. */
    private static final int BACKGROUND = 1_000;
    /**
     * Questions whose vectors are kept in memory between two looks at the log: as many as the log holds by default
     * (learning.max_entries), so a full log is not embedded again at every look (384 floats each: 30 MB at most).
     */
    private static final int REMEMBERED = 20_000;

    private final Embedder embedder;
    private final List<String> background;
    // Members' questions are never put in the embedder's store, which is a file kept for as long as the model:
    // the learning log keeps them for learning.retention_days only. So they are kept here, in memory, instead.
    private final Cache<String, float[]> questions = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private float[] mean;

    /**
     * @param background texts of the same kind as the questions (the knowledge base's examples, normalised as the
     *                   classifier read them), whose mean vector is taken out of every question's
     */
    public QuestionVectors(Embedder embedder, List<String> background) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.background = List.copyOf(background);
    }

    /** The live sentence model of {@code bot} and its knowledge base's examples; empty without a sentence model. */
    public static Optional<QuestionVectors> of(FaqBot bot) {
        return of(bot.brain(), bot.normaliser());
    }

    /** The sentence model of {@code brain} and its knowledge base's examples; empty without a sentence model. */
    public static Optional<QuestionVectors> of(Brain brain, Normaliser normaliser) {
        return brain.embedder().map(embedder -> new QuestionVectors(embedder, sample(
                Brain.examples(brain.knowledgeBase(), normaliser).stream().map(LabelledText::text).toList())));
    }

    private static List<String> sample(List<String> texts) {
        int step = Math.max(1, texts.size() / BACKGROUND);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += step) {
            sample.add(texts.get(i));
        }
        return sample;
    }

    /** Each text's vector, less the background's mean, at unit length: the cosine of two is their dot product. */
    Map<String, float[]> vectors(Collection<String> texts) {
        float[] common = mean();
        Map<String, float[]> vectors = new HashMap<>();
        for (String text : texts) {
            vectors.put(text, centred(questions.get(text, embedder::embed), common));
        }
        return vectors;
    }

    private synchronized float[] mean() {
        if (mean == null) {
            mean = new float[0];
            Collection<float[]> vectors = embedder.embedAll(background, Progress.NONE).values();
            for (float[] v : vectors) {
                if (mean.length == 0) {
                    mean = new float[v.length];
                }
                for (int d = 0; d < v.length; d++) {
                    mean[d] += v[d] / vectors.size();
                }
            }
        }
        return mean;
    }

    private static float[] centred(float[] vector, float[] mean) {
        float[] out = vector.clone();
        for (int d = 0; d < out.length && d < mean.length; d++) {
            out[d] -= mean[d];
        }
        return Cosine.unit(out);
    }
}
