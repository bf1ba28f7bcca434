package dev.faqbot.cache;

import dev.faqbot.classify.BgeSmallEncoder;
import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.ModelStore;
import dev.faqbot.classify.Progress;
import dev.faqbot.classify.SentenceEncoder;
import dev.faqbot.classify.VectorStore;
import dev.faqbot.config.Settings;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.text.Normaliser;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link BrainTrainer} the settings ask for: the sentence model (loaded in the background while the
 * knowledge base is read), and the vector and model caches in {@code cache.folder}. Where the sentence model
 * cannot run (an unusual platform), the bot says so and runs on the words engine and the safety patterns.
 */
public final class TrainerSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TrainerSetup.class);
    /** Vectors kept per model: several knowledge-base versions' worth of examples. */
    static final int MAX_VECTORS = 50_000;
    /** Models kept: the classifier and the detector of the last few knowledge-base versions. */
    static final int MAX_MODELS = 8;

    private final Settings settings;
    private final Normaliser normaliser;
    private final Progress progress;
    private final CompletableFuture<Optional<SentenceEncoder>> encoder;

    private TrainerSetup(Settings settings, Normaliser normaliser, Progress progress,
                         CompletableFuture<Optional<SentenceEncoder>> encoder) {
        this.settings = settings;
        this.normaliser = normaliser;
        this.progress = progress;
        this.encoder = encoder;
    }

    /** Starts loading the sentence model in the background, when the settings need one. */
    public static TrainerSetup start(Settings settings, Normaliser normaliser, Progress progress) {
        // The model is read from an uncompressed copy in the cache folder when there is one (made on first use).
        return start(settings, normaliser, progress, () -> new BgeSmallEncoder(folder(settings)
                .flatMap(f -> ModelFile.uncompressed(f, BgeSmallEncoder.MODEL_FILE))));
    }

    /** As {@link #start(Settings, Normaliser, Progress)}, with another sentence model (tests). */
    public static TrainerSetup start(Settings settings, Normaliser normaliser, Progress progress,
                                     Supplier<SentenceEncoder> model) {
        boolean needed = settings.classifier().engine() == dev.faqbot.classify.ClassifierSettings.Engine.EMBEDDINGS
                || settings.safety().enabled();
        CompletableFuture<Optional<SentenceEncoder>> encoder = needed
                ? CompletableFuture.supplyAsync(() -> load(model)) : CompletableFuture.completedFuture(Optional.empty());
        return new TrainerSetup(settings, normaliser, progress, encoder);
    }

    private static Optional<SentenceEncoder> load(Supplier<SentenceEncoder> model) {
        try {
            SentenceEncoder loaded = model.get();
            // Loading leaves garbage (some 160 MB when the model is read out of the jar, without a copy on disk):
            // collected now, while the knowledge base loads beside it, the JVM does not grow its heap for it and keep
            // that for good.
            System.gc();
            return Optional.of(loaded);
        } catch (RuntimeException | LinkageError e) {
            // ONNX Runtime ships native code for the common platforms only.
            LOG.error("The sentence model cannot run on this machine ({}). The bot runs on the words engine and the"
                    + " safety patterns alone: it will decline more questions and catch fewer emergencies.", e.toString());
            return Optional.empty();
        }
    }

    /** The trainer; waits for the sentence model if it is still loading. */
    public BrainTrainer trainer() {
        Optional<SentenceEncoder> model = encoder.join();
        Optional<Embedder> embedder = model.map(m -> new Embedder(m, vectorStore()));
        return new BrainTrainer(normaliser, settings.classifier(), settings.safety(), embedder, modelStore(), progress);
    }

    /** The sentence model, once loaded (empty where it cannot run or is not needed). */
    public Optional<SentenceEncoder> encoder() {
        return encoder.join();
    }

    private VectorStore vectorStore() {
        return folder(settings).<VectorStore>map(f -> new FileVectorStore(f, MAX_VECTORS)).orElse(VectorStore.NONE);
    }

    private ModelStore modelStore() {
        return folder(settings).<ModelStore>map(f -> new FileModelStore(f, MAX_MODELS)).orElse(ModelStore.NONE);
    }

    private static Optional<Path> folder(Settings settings) {
        String folder = settings.cache().folder();
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }
}
