package dev.faqbot.classify;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BGE-small-en-v1.5 (quantized), run in-process by ONNX Runtime. The model and its tokenizer ship inside the jar:
 * nothing is downloaded, ever. Loading takes about a second; one short question takes a few milliseconds. Texts
 * are embedded one per call, never in batches: this model quantizes its activations per call, so a text embedded
 * beside others gets a slightly different vector (measured: cosine 0.995), and a question must get the vector its
 * training examples got.
 */
public final class BgeSmallEncoder implements SentenceEncoder {

    private static final Logger LOG = LoggerFactory.getLogger(BgeSmallEncoder.class);
    /** Changes whenever the model or the way text is given to it changes, so that cached vectors are not reused. */
    public static final String MODEL_ID = "bge-small-en-v1.5-q/langchain4j-1.20.0-beta30";
    private static final int DIMENSION = 384;
    /** The names langchain4j gives the model and its tokenizer inside its jar. */
    public static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";

    static {
        // The tokenizer library (DJL) would otherwise call home (an EC2 metadata request) and, on a platform whose
        // native code is not in the jar, download it. The bot never touches the network for its models.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private final SessionModel model;

    /** Loads the model from the jar (about a second). */
    public BgeSmallEncoder() {
        this(Optional.empty());
    }

    /**
     * @param modelFile an uncompressed copy of the model file (the cache package keeps one beside the vectors):
     *                  ONNX Runtime reads it straight from disk, a third of a second sooner than inflating it from the
     *                  jar, and without 160 MB of garbage on the Java heap. When it cannot be read, the jar's is used.
     */
    public BgeSmallEncoder(Optional<String> modelFile) {
        Objects.requireNonNull(modelFile, "modelFile");
        // Every text on the calling thread alone (langchain4j's own thread pool is never needed either). ONNX
        // Runtime's default spreads one text over both cores, but its threads wait on each other at each of the
        // model's steps: measured on the 2-core machines, a 300 to 500-character letter took 13.0 to 13.9 ms on both
        // cores and 13.5 to 14.2 ms on one, while two letters at once, one a core, took 16 ms for both. The bot uses
        // the other core for a message's other vectors and its patterns (Query.prefetch), and two texts at a time
        // when it embeds examples. The same vectors as the default, bit for bit (ModelFileTest).
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            this.model = model(modelFile, options);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model's options could not be set: " + e, e);
        }
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

    /** The model in a session with these options: from the uncompressed copy when it loads, else from the jar. */
    private static SessionModel model(Optional<String> modelFile, OrtSession.SessionOptions options) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = null;
        try {
            if (modelFile.isPresent()) {
                try {
                    session = environment.createSession(modelFile.get(), options);
                } catch (OrtException e) {
                    LOG.warn("the sentence model's copy {} could not be read ({}); reading the one in the jar",
                            modelFile.get(), e.getMessage());
                }
            }
            if (session == null) {
                session = environment.createSession(resource(MODEL_FILE), options);
            }
            // read like the model: a missing file is a clear error, not a NullPointerException inside langchain4j
            try (InputStream tokenizer = new ByteArrayInputStream(resource(TOKENIZER_FILE))) {
                return new SessionModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
            }
        } catch (OrtException e) {
            close(session);
            throw new IllegalStateException("the sentence model could not be loaded: " + e, e);
        } catch (IOException e) {
            close(session);
            throw new UncheckedIOException("the sentence model's tokenizer could not be read", e);
        } catch (RuntimeException e) {
            close(session);
            throw e;
        }
    }

    private static void close(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("closing the sentence model failed: " + e, e);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BgeSmallEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    /** langchain4j's in-process model over an encoder we built, so we choose its session's file and options. */
    private static final class SessionModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SessionModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
