package dev.faqbot.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's maximum-entropy (multinomial logistic) model trained with its quasi-Newton optimiser on real-valued
 * features, and its binary form for the model cache.
 */
final class Maxent {

    private Maxent() {
    }

    /**
     * Trains on events whose features carry values. {@code OnePassRealValue} is what makes OpenNLP read the values:
     * with its default indexer every value silently becomes 1.
     *
     * @param l2Cost L2 regularisation, summed over all examples (higher: calmer, less confident probabilities)
     */
    static MaxentModel train(List<Event> events, double l2Cost, int iterations, int threads) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put("DataIndexer", "OnePassRealValue");
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.THREADS_PARAM, threads);
        params.put("L2Cost", l2Cost);
        params.put("L1Cost", 0.0);
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training a maximum-entropy model failed", e);
        }
    }

    static byte[] toBytes(MaxentModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a model to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The model in {@code bytes}; an {@link IOException} when they are not a model OpenNLP can read. */
    static MaxentModel fromBytes(byte[] bytes) throws IOException {
        try {
            return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
        } catch (RuntimeException e) {
            throw new IOException("not a readable model: " + e, e);
        }
    }
}
