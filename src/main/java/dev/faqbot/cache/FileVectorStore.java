package dev.faqbot.cache;

import dev.faqbot.classify.VectorStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors on disk, one file per encoder model ({@code vectors-<model>.bin} in the cache folder), so
 * that a restart or a reload embeds only the examples that changed. The file is read whole when first needed
 * and rewritten whole on {@link #flush()} (a temporary file moved into place): a crash mid-write leaves the old
 * file, and a damaged file is ignored (the vectors are simply computed again). Never more than
 * {@code maxEntries} vectors per model are kept; those not used by this process go first.
 */
public final class FileVectorStore implements VectorStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileVectorStore.class);
    private static final int MAGIC = 0x46514256; // "FQBV"
    private static final int FORMAT = 1;

    private final Path folder;
    private final int maxEntries;
    private final Map<String, Model> models = new HashMap<>();

    /** The vectors of one model: those read from disk and those added since, with the texts used by this run. */
    private static final class Model {
        final Map<String, float[]> vectors = new LinkedHashMap<>();
        final Set<String> used = new HashSet<>();
        boolean dirty;
    }

    public FileVectorStore(Path folder, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the vector cache must hold at least one vector: " + maxEntries);
        }
        this.folder = folder;
        this.maxEntries = maxEntries;
    }

    @Override
    public synchronized Optional<float[]> get(String modelId, String text) {
        Model model = model(modelId);
        float[] vector = model.vectors.get(text);
        if (vector != null) {
            model.used.add(text);
        }
        return Optional.ofNullable(vector);
    }

    @Override
    public synchronized void putAll(String modelId, Map<String, float[]> vectors) {
        Model model = model(modelId);
        vectors.forEach((text, vector) -> {
            model.vectors.put(text, vector.clone());
            model.used.add(text);
        });
        model.dirty |= !vectors.isEmpty();
    }

    /** Writes every model that gained vectors. A failure is logged, never thrown: the cache is only a speed-up. */
    @Override
    public synchronized void flush() {
        models.forEach((modelId, model) -> {
            if (!model.dirty) {
                return;
            }
            try {
                write(file(modelId), modelId, kept(model));
                model.dirty = false;
            } catch (IOException e) {
                LOG.warn("could not write the vector cache {}: {} (vectors will be computed again next time)",
                        file(modelId), e.toString());
            }
        });
    }

    Path file(String modelId) {
        return folder.resolve("vectors-" + modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin");
    }

    private Map<String, float[]> kept(Model model) {
        if (model.vectors.size() <= maxEntries) {
            return model.vectors;
        }
        Map<String, float[]> kept = new LinkedHashMap<>();
        model.vectors.forEach((text, vector) -> {
            if (model.used.contains(text) && kept.size() < maxEntries) {
                kept.put(text, vector);
            }
        });
        model.vectors.forEach((text, vector) -> {
            if (kept.size() < maxEntries) {
                kept.putIfAbsent(text, vector);
            }
        });
        return kept;
    }

    private Model model(String modelId) {
        return models.computeIfAbsent(modelId, id -> {
            Model model = new Model();
            model.vectors.putAll(read(file(id), id));
            return model;
        });
    }

    private static Map<String, float[]> read(Path file, String modelId) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(modelId)) {
                LOG.info("ignoring the vector cache {}: written by another version", file);
                return Map.of();
            }
            int dimension = in.readInt();
            int count = in.readInt();
            if (dimension < 1 || dimension > 65_536 || count < 0) {
                throw new IOException("bad header (dimension " + dimension + ", count " + count + ")");
            }
            for (int i = 0; i < count; i++) {
                byte[] text = new byte[in.readInt()];
                in.readFully(text);
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(new String(text, StandardCharsets.UTF_8), vector);
            }
            return vectors;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (EOFException | RuntimeException e) {
            LOG.warn("ignoring the damaged vector cache {}: {}", file, e.toString());
            return Map.of();
        } catch (IOException e) {
            LOG.warn("ignoring the vector cache {}: {}", file, e.toString());
            return Map.of();
        }
    }

    private static void write(Path file, String modelId, Map<String, float[]> vectors) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                int dimension = vectors.isEmpty() ? 1 : vectors.values().iterator().next().length;
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeInt(dimension);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    byte[] text = entry.getKey().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(text.length);
                    out.write(text);
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
