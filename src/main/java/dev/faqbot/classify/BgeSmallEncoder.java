package dev.faqbot.classify;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * BGE-small-en-v1.5 (quantized), run in-process by ONNX Runtime. The model and its tokenizer ship inside the jar:
 * nothing is downloaded, ever. Loading takes about a second; one short question takes a few milliseconds. Texts
 * are embedded one per call, never in batches: this model quantizes its activations per call, so a text embedded
 * beside others gets a slightly different vector (measured: cosine 0.995), and a question must get the vector its
 * training examples got.
 */
public final class BgeSmallEncoder implements SentenceEncoder {

    /** Changes whenever the model or the way text is given to it changes, so that cached vectors are not reused. */
    public static final String MODEL_ID = "bge-small-en-v1.5-q/langchain4j-1.20.0-beta30";
    private static final int DIMENSION = 384;

    static {
        // The tokenizer library (DJL) would otherwise call home (an EC2 metadata request) and, on a platform whose
        // native code is not in the jar, download it. The bot never touches the network for its models.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private final EmbeddingModel model;

    /** Loads the model (about a second). */
    public BgeSmallEncoder() {
        // Our own thread pool is never needed: the bot embeds one question at a time on the asking thread.
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] encode(String text) {
        // langchain4j refuses blank text; the bot never asks for one, but a vector for it must not be an exception.
        return model.embed(text == null || text.isBlank() ? "." : text).content().vector();
    }
}
